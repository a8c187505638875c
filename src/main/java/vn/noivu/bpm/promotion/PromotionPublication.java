package vn.noivu.bpm.promotion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.personnel.Person;
import vn.noivu.bpm.personnel.PersonnelRepository;
import vn.noivu.bpm.promotion.PromotionVocabulary.AppointmentStatus;
import vn.noivu.bpm.promotion.PromotionVocabulary.RoundStatus;

/**
 * A promotion round's results: published, shown, and the winners' appointments (deferred while a discipline
 * matter is open).
 */
@Service
public class PromotionPublication {

    private final PromotionService promotion;
    private final PromotionRepository rounds;
    private final PersonnelRepository personnel;
    private final JdbcTemplate jdbc;

    public PromotionPublication(PromotionService promotion, PromotionRepository rounds, PersonnelRepository personnel,
                                JdbcTemplate jdbc) {
        this.promotion = promotion;
        this.rounds = rounds;
        this.personnel = personnel;
        this.jdbc = jdbc;
    }

    /** publishPromotionResults: the winners are known; they wait for the appointment. */
    @Transactional
    public void publish(String code) {
        PromotionRepository.RoundRow round = promotion.round(code);
        jdbc.update("UPDATE promotion_nomination SET appointment_status = ? WHERE round_id = ? AND outcome = 'TRUNG_TUYEN'",
                AppointmentStatus.CHO_BO_NHIEM.name(), round.id());
        rounds.setStatus(code, RoundStatus.DA_CONG_BO_KET_QUA);
    }

    /** The winners due for appointment now, and those whose appointment waits for a discipline matter. */
    public String appointmentSummary(String code) {
        PromotionRepository.RoundRow round = promotion.round(code);
        LocalDate today = Deadlines.toLocalDate(ClockUtil.getCurrentTime());
        List<String> lines = new ArrayList<>();
        List<PromotionRepository.NominationRow> nominations = rounds.nominations(round.id());
        Map<String, Person> people = personnel.findAll(nominations.stream().map(PromotionRepository.NominationRow::citizenId).toList());
        for (PromotionRepository.NominationRow n : nominations) {
            if (n.appointmentStatus() != null && !AppointmentStatus.DA_BO_NHIEM.name().equals(n.appointmentStatus())) {
                Person person = people.get(n.citizenId());
                lines.add("- " + n.citizenId() + " " + n.fullName() + ": " + (person.disciplineBars(today)
                        ? "HOÃN bổ nhiệm (đang xem xét kỷ luật, bị kỷ luật hoặc truy cứu)" : "bổ nhiệm"));
            }
        }
        return PromotionService.summary("Bổ nhiệm " + round.targetTitle() + " và xếp lương (Nghị định 115/2020/NĐ-CP Điều 42; "
                + "Nghị định 170/2025/NĐ-CP Điều 24)", lines);
    }

    /**
     * recordAppointments: winners clear of discipline today are appointed under the decision; the others are
     * deferred (Decree 115/2020 Art. 42(1)). Answers whether anyone is still deferred.
     */
    @Transactional
    public boolean appoint(String code, String decision) {
        PromotionRepository.RoundRow round = promotion.round(code);
        LocalDate today = Deadlines.toLocalDate(ClockUtil.getCurrentTime());
        List<Object[]> updates = new ArrayList<>();
        boolean deferred = false;
        List<PromotionRepository.NominationRow> nominations = rounds.nominations(round.id());
        Map<String, Person> people = personnel.findAll(nominations.stream().map(PromotionRepository.NominationRow::citizenId).toList());
        for (PromotionRepository.NominationRow n : nominations) {
            if (n.appointmentStatus() == null || AppointmentStatus.DA_BO_NHIEM.name().equals(n.appointmentStatus())) {
                continue;
            }
            boolean bars = people.get(n.citizenId()).disciplineBars(today);
            deferred |= bars;
            updates.add(new Object[] {(bars ? AppointmentStatus.HOAN_BO_NHIEM : AppointmentStatus.DA_BO_NHIEM).name(),
                    bars ? null : decision, n.id()});
        }
        jdbc.batchUpdate("UPDATE promotion_nomination SET appointment_status = ?, appointment_decision = ? WHERE id = ?",
                updates);
        rounds.setStatus(code, deferred ? RoundStatus.BO_NHIEM : RoundStatus.HOAN_THANH);
        return deferred;
    }

    /** The results as the API shows them, in rank order. */
    public Map<String, Object> results(String code) {
        PromotionRepository.RoundRow round = promotion.round(code);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("code", round.code());
        results.put("status", round.status());
        results.put("quota", round.quota());
        results.put("nominees", rounds.nominations(round.id()).stream().map(n -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("citizenId", n.citizenId());
            row.put("fullName", n.fullName());
            row.put("eligibility", n.status());
            row.put("reason", n.reason());
            row.put("examScore", n.examScore());
            row.put("rank", n.rank());
            row.put("outcome", n.outcome());
            row.put("appointmentStatus", n.appointmentStatus());
            row.put("appointmentDecision", n.appointmentDecision());
            return row;
        }).toList());
        return results;
    }
}
