package vn.noivu.bpm.recruitment.process;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.platform.notification.ApplicantNotifications;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.recruitment.RecruitmentMilestone;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ApplicationStatus;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.RoundStatus;
import vn.noivu.bpm.recruitment.domain.ApplicationRequest;
import vn.noivu.bpm.recruitment.domain.ApplicationRow;
import vn.noivu.bpm.recruitment.domain.PositionRow;
import vn.noivu.bpm.recruitment.domain.PriorityCategories;
import vn.noivu.bpm.recruitment.domain.RoundRow;
import vn.noivu.bpm.recruitment.domain.RoundRules;
import vn.noivu.bpm.recruitment.persistence.ApplicationRepository;
import vn.noivu.bpm.recruitment.persistence.RoundRepository;

/** Public intake of applications (one commit each) and the applicant's own status lookup. */
@Service
public class ApplicationService {

    /**
     * The same answer for a new application and for a citizen ID that already applied in the round, so that the
     * answer tells nobody who applied; the dossier number goes to the email on the application.
     */
    public record Receipt(String status, String email, String message) {
        public static final String RECEIVED = "TIEP_NHAN";
    }

    private static final String RECEIPT_MESSAGE = "Cơ quan đã nhận Phiếu đăng ký dự tuyển. Số hồ sơ được gửi tới "
            + "địa chỉ email của hồ sơ (%s); dùng số hồ sơ và số định danh cá nhân để tra cứu. Mỗi người chỉ đăng ký "
            + "một vị trí trong một kỳ: nếu số định danh đã có Phiếu trong kỳ, Phiếu mới không được tiếp nhận và "
            + "thư được gửi tới email của Phiếu đã nộp.";

    public record HistoryEntry(String status, String label, String note, Instant occurredAt) {
    }

    public record Dossier(String applicationNumber, String roundCode, String roundTitle, String positionCode,
                          ApplicationStatus status, String statusLabel, String ineligibilityReason,
                          List<HistoryEntry> history) {
    }

    private final RoundRepository rounds;
    private final ApplicationRepository applications;
    private final PriorityCategories priorityCategories;
    private final ApplicantNotifications notifications;

    private final RoundRules roundRules;

    public ApplicationService(RoundRepository rounds, ApplicationRepository applications,
                              PriorityCategories priorityCategories, ApplicantNotifications notifications,
                              RoundRules roundRules) {
        this.roundRules = roundRules;
        this.rounds = rounds;
        this.applications = applications;
        this.priorityCategories = priorityCategories;
        this.notifications = notifications;
    }

    /**
     * What the public page shows after a submission: the same receipt the API answers, plus the new dossier's
     * number, or null when the citizen ID already had a Phiếu in the round (that number goes to the email on file).
     */
    public record Submitted(Receipt receipt, String applicationNumber) {
    }

    @Transactional
    public Receipt submit(String roundCode, ApplicationRequest request) {
        return submitWithNumber(roundCode, request).receipt();
    }

    /** {@link #submit}, telling the public page the number of a new application (the API's JSON does not). */
    @Transactional
    public Submitted submitWithNumber(String roundCode, ApplicationRequest request) {
        RoundRow round = rounds.find(roundCode).orElseThrow(() -> Refused.notFound("round_not_found",
                "Không có kỳ tuyển dụng " + roundCode + "."));
        Instant deadlineEnd = Deadlines.endOfDay(round.applicationDeadline()).toInstant();
        if (!RoundStatus.DANG_NHAN_HO_SO.name().equals(round.status())
                || ClockUtil.getCurrentTime().toInstant().isAfter(deadlineEnd)) {
            throw Refused.conflict("round_not_accepting_applications",
                    "Kỳ tuyển dụng " + roundCode + " hiện không nhận Phiếu đăng ký dự tuyển.");
        }
        PositionRow position = rounds.positionsOfApprovedPlan(round.id()).stream()
                .filter(p -> p.code().equals(request.positionCode())).findFirst()
                .orElseThrow(() -> new InvalidInputException("positionCode", "exists",
                        "Kỳ tuyển dụng không có vị trí " + request.positionCode() + "."));
        List<String> agencies = rounds.agenciesOfApprovedPlan(position.id());
        if (request.agencyPreferences() != null) {
            for (int i = 0; i < request.agencyPreferences().size(); i++) {
                if (!agencies.contains(request.agencyPreferences().get(i))) {
                    throw new InvalidInputException("agencyPreferences[" + i + "]", "oneOf",
                            "Vị trí " + position.code() + " không tuyển cho cơ quan " + request.agencyPreferences().get(i)
                                    + (agencies.isEmpty() ? "." : "; các cơ quan: " + agencies + "."));
                }
            }
        }
        List<String> categories = request.priorityCategories() == null ? List.of() : request.priorityCategories();
        BigDecimal points = priorityCategories.points(roundRules.table(round.id(), PriorityCategories.DECISION_KEY),
                categories, (index, code) -> new InvalidInputException(
                "priorityCategories[" + index + "]", "oneOf",
                "Không có diện ưu tiên " + code + " (xem GET /api/recruitment/priority-categories)."));
        Optional<String> number = applications.insertUnlessApplied(round.code(), round.id(), position.id(), request,
                points);
        if (number.isPresent()) {
            notifications.record(List.of(new ApplicantNotifications.Message(RecruitmentMilestone.RECEIVED,
                    number.get(), request.email(), request.fullName(), round.title(), null, null)));
        } else {
            // Told only to the address of the application on file: a stranger who knows a citizen ID learns nothing.
            ApplicationRow applied = applications.ofCitizen(round.id(), request.citizenId())
                    .orElseThrow();
            notifications.record(List.of(new ApplicantNotifications.Message(RecruitmentMilestone.ALREADY_APPLIED,
                    applied.applicationNumber(), applied.email(), applied.fullName(), round.title(), null, null)));
        }
        return new Submitted(new Receipt(Receipt.RECEIVED, request.email(), RECEIPT_MESSAGE.formatted(request.email())),
                number.orElse(null));
    }

    /** A wrong citizen ID answers exactly like an unknown number: nobody learns whose number it is. */
    public Dossier lookup(String applicationNumber, String citizenId) {
        ApplicationRow application = applications.byNumber(applicationNumber)
                .filter(a -> a.citizenId().equals(citizenId))
                .orElseThrow(() -> Refused.notFound("application_not_found",
                        "Không tìm thấy Phiếu đăng ký với số và số định danh cá nhân đã nhập."));
        RoundRow round = rounds.byId(application.roundId());
        String positionCode = rounds.positions(round.id()).stream().filter(p -> p.id() == application.positionId())
                .map(PositionRow::code).findFirst().orElseThrow();
        ApplicationStatus status = ApplicationStatus.valueOf(application.status());
        List<HistoryEntry> history = applications.history(application.id()).stream()
                .map(e -> new HistoryEntry(e.status(), RecruitmentVocabulary.historyLabel(e.status()), e.note(), e.occurredAt()))
                .toList();
        return new Dossier(application.applicationNumber(), round.code(), round.title(), positionCode, status,
                status.label, application.ineligibilityReason(), history);
    }
}
