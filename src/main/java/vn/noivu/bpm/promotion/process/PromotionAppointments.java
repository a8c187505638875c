package vn.noivu.bpm.promotion.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.personnel.Person;
import vn.noivu.bpm.platform.web.PersonalData;
import vn.noivu.bpm.personnel.PersonnelRepository;
import vn.noivu.bpm.promotion.PromotionVocabulary;
import vn.noivu.bpm.promotion.PromotionVocabulary.AppointmentStatus;
import vn.noivu.bpm.promotion.PromotionVocabulary.RoundStatus;
import vn.noivu.bpm.promotion.domain.Selections;
import vn.noivu.bpm.promotion.persistence.NominationRepository;
import vn.noivu.bpm.promotion.persistence.NominationRepository.NominationRow;
import vn.noivu.bpm.promotion.persistence.PromotionRepository;

/** issueAppointments and recordAppointments: winners are appointed, deferred while a discipline matter is open. */
@Service
public class PromotionAppointments {

    private final PromotionRepository rounds;
    private final NominationRepository nominations;
    private final PersonnelRepository personnel;

    public PromotionAppointments(PromotionRepository rounds, NominationRepository nominations,
                                 PersonnelRepository personnel) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.personnel = personnel;
    }

    /** Winners not yet appointed (waiting or deferred), with whether the register bars them today. */
    private Map<NominationRow, Boolean> due(PromotionRepository.RoundRow round) {
        LocalDate today = Deadlines.toLocalDate(ClockUtil.getCurrentTime());
        List<NominationRow> waiting = nominations.ofRound(round.id()).stream()
                .filter(n -> n.appointmentStatus() != null && n.appointmentStatus() != AppointmentStatus.DA_BO_NHIEM)
                .toList();
        Map<String, Person> people = personnel.findAll(waiting.stream().map(NominationRow::citizenId).toList());
        Map<NominationRow, Boolean> due = new java.util.LinkedHashMap<>();
        waiting.forEach(n -> due.put(n, people.get(n.citizenId()).disciplineBars(today)));
        return due;
    }

    /**
     * The winners the next appointment decision names: due for appointment and clear of discipline today (the others
     * are deferred, Decree 115/2020 Art. 42(1)); empty before the results are approved and published.
     */
    public List<NominationRow> appointableNow(PromotionRepository.RoundRow round) {
        List<NominationRow> clear = new ArrayList<>();
        due(round).forEach((n, bars) -> {
            if (!bars) {
                clear.add(n);
            }
        });
        return clear;
    }

    /** The winners due for appointment now, and those whose appointment waits for a discipline matter. */
    public String summary(String code) {
        PromotionRepository.RoundRow round = rounds.round(code);
        List<String> lines = new ArrayList<>();
        due(round).forEach((n, bars) -> lines.add("- " + n.fullName() + " (CCCD " + PersonalData.maskCitizenId(
                n.citizenId()) + "): " + (bars
                ? "HOÃN bổ nhiệm (đang xem xét kỷ luật, bị kỷ luật hoặc truy cứu)" : "bổ nhiệm")));
        return Selections.summary("Bổ nhiệm " + PromotionVocabulary.targetTitleLabel(round.targetTitle())
                + " và xếp lương (Nghị định 115/2020/NĐ-CP Điều 42; Nghị định 170/2025/NĐ-CP Điều 24)", lines);
    }

    /** Before the appointment decision: its document type (by the round's staff type), and whether anyone is due. */
    public record Prepared(String staffType, boolean appointeesNow, String summary) {
    }

    public Prepared prepare(String code) {
        PromotionRepository.RoundRow round = rounds.round(code);
        return new Prepared(round.staffType(), !appointableNow(round).isEmpty(), summary(code));
    }

    /**
     * Winners clear of discipline today are appointed under the decision (its number and date in words, and its
     * register id when it was issued here); the others are deferred (Decree 115/2020 Art. 42(1)). Answers whether
     * anyone is still deferred.
     */
    @Transactional
    public boolean appoint(String code, String decision, Long documentId) {
        PromotionRepository.RoundRow round = rounds.round(code);
        List<NominationRepository.Appointment> appointments = new ArrayList<>();
        due(round).forEach((n, bars) -> appointments.add(new NominationRepository.Appointment(n.id(),
                bars ? AppointmentStatus.HOAN_BO_NHIEM : AppointmentStatus.DA_BO_NHIEM, bars ? null : decision,
                bars ? null : documentId)));
        if (decision == null && appointments.stream().anyMatch(a -> a.status() == AppointmentStatus.DA_BO_NHIEM)) {
            // Nobody is appointed without a decision: the process asks for one whenever someone is due.
            throw new IllegalStateException("Round " + code + " has winners to appoint but no appointment decision");
        }
        boolean deferred = appointments.stream().anyMatch(a -> a.status() == AppointmentStatus.HOAN_BO_NHIEM);
        nominations.setAppointments(appointments);
        rounds.setStatus(code, deferred ? RoundStatus.BO_NHIEM : RoundStatus.HOAN_THANH);
        return deferred;
    }
}
