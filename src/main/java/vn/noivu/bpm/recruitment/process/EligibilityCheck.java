package vn.noivu.bpm.recruitment.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.noivu.bpm.platform.rules.RuleTables;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ApplicationStatus;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.DegreeLevel;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.StaffType;
import vn.noivu.bpm.recruitment.domain.ApplicationRow;
import vn.noivu.bpm.recruitment.domain.Eligibility;
import vn.noivu.bpm.recruitment.domain.PositionRow;
import vn.noivu.bpm.recruitment.domain.RoundRow;
import vn.noivu.bpm.recruitment.domain.RoundRules;
import vn.noivu.bpm.recruitment.persistence.ApplicationRepository;
import vn.noivu.bpm.recruitment.persistence.RoundRepository;

/**
 * Checks every application of a round against the eligibility rule table in memory and writes all verdicts in
 * two batch statements.
 */
@Service
public class EligibilityCheck {

    /** Counts per position, and the first rows in words, for the council's approval form. */
    public record Summary(int eligible, int ineligible, String text, List<Map<String, Object>> rows) {
    }

    /** The approval form shows this many applications; the full list is a download. */
    static final int SHOWN_ROWS = 50;

    private final RoundRepository rounds;
    private final ApplicationRepository applications;
    private final RuleTables ruleTables;

    private final RoundRules roundRules;

    public EligibilityCheck(RoundRepository rounds, ApplicationRepository applications, RuleTables ruleTables,
                            RoundRules roundRules) {
        this.roundRules = roundRules;
        this.rounds = rounds;
        this.applications = applications;
        this.ruleTables = ruleTables;
    }

    public Summary checkRound(String roundCode) {
        RoundRow round = rounds.find(roundCode).orElseThrow();
        Map<Long, PositionRow> positions = rounds.positions(round.id()).stream()
                .collect(Collectors.toMap(PositionRow::id, p -> p));
        RuleTables.Table table = roundRules.table(round.id(), Eligibility.DECISION_KEY);
        java.util.Set<String> barred = rounds.barredCitizens(round.id());
        List<ApplicationRepository.StatusChange> changes = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, int[]> perPosition = new LinkedHashMap<>();
        positions.values().forEach(p -> perPosition.put(p.title() + " (mã " + p.code() + ")", new int[2]));
        for (ApplicationRow application : applications.ofRound(round.id())) {
            PositionRow position = positions.get(application.positionId());
            Eligibility.Verdict verdict = Eligibility.evaluate(ruleTables.dmnEngine(), table.decision(),
                    new Eligibility.Facts(StaffType.valueOf(round.staffType()), application.dateOfBirth(),
                            round.applicationDeadline(), false, false, false,
                            DegreeLevel.valueOf(application.degreeLevel()), application.degreeMajor(),
                            DegreeLevel.valueOf(position.minDegree()), position.majors(),
                            barred.contains(application.citizenId())));
            changes.add(new ApplicationRepository.StatusChange(application.id(),
                    verdict.eligible() ? ApplicationStatus.DU_DIEU_KIEN : ApplicationStatus.KHONG_DU_DIEU_KIEN,
                    verdict.eligible() ? verdict.reason() : verdict.reason() + " (" + verdict.citation() + ")"));
            perPosition.get(position.title() + " (mã " + position.code() + ")")[verdict.eligible() ? 0 : 1]++;
            if (rows.size() < SHOWN_ROWS) {
                rows.add(row(application, position, verdict));
            }
        }
        applications.changeStatuses(changes);
        int eligible = perPosition.values().stream().mapToInt(c -> c[0]).sum();
        int ineligible = perPosition.values().stream().mapToInt(c -> c[1]).sum();
        List<String> lines = new ArrayList<>();
        lines.add("Tổng số Phiếu: " + (eligible + ineligible) + "; đủ điều kiện: " + eligible + "; không đủ điều kiện: "
                + ineligible + " (bảng điều kiện phiên bản " + table.version() + ").");
        perPosition.forEach((name, counts) -> lines.add("- Vị trí " + name + ": đủ điều kiện " + counts[0]
                + ", không đủ điều kiện " + counts[1]));
        if (eligible + ineligible > rows.size()) {
            lines.add("Bảng dưới đây hiện " + rows.size() + " Phiếu đầu tiên.");
        }
        return new Summary(eligible, ineligible, RecruitmentProcess.summary(lines,
                "Danh sách đầy đủ: tải tệp Excel hoặc CSV bằng liên kết bên dưới."), rows);
    }

    private static Map<String, Object> row(ApplicationRow application, PositionRow position, Eligibility.Verdict verdict) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("fullName", application.fullName() + " (" + application.applicationNumber() + ")");
        row.put("dateOfBirth", application.dateOfBirth().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        row.put("position", position.title() + " (mã " + position.code() + ")");
        row.put("verdict", verdict.eligible() ? ApplicationStatus.DU_DIEU_KIEN.label : ApplicationStatus.KHONG_DU_DIEU_KIEN.label);
        String citation = verdict.citation() == null ? "" : verdict.citation();
        row.put("reason", verdict.eligible() ? "Đáp ứng các điều kiện: " + citation
                : verdict.reason() + (citation.isBlank() ? "" : " (" + citation + ")"));
        return row;
    }
}
