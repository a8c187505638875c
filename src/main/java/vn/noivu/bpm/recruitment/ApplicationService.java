package vn.noivu.bpm.recruitment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.platform.notification.ApplicantMilestone;
import vn.noivu.bpm.platform.notification.ApplicantNotifications;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.platform.web.KeyedStatusException;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ApplicationStatus;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.RoundStatus;

/** Public intake of applications (one commit each) and the applicant's own status lookup. */
@Service
public class ApplicationService {

    public record Submitted(String applicationNumber, ApplicationStatus status) {
    }

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

    @Transactional
    public Submitted submit(String roundCode, ApplicationRequest request) {
        RoundRepository.RoundRow round = rounds.find(roundCode).orElseThrow(() -> new KeyedStatusException(
                HttpStatus.NOT_FOUND, "round_not_found", "Không có kỳ tuyển dụng " + roundCode + "."));
        Instant deadlineEnd = Deadlines.endOfDay(round.applicationDeadline()).toInstant();
        if (!RoundStatus.DANG_NHAN_HO_SO.name().equals(round.status())
                || ClockUtil.getCurrentTime().toInstant().isAfter(deadlineEnd)) {
            throw new KeyedStatusException(HttpStatus.CONFLICT, "round_not_accepting_applications",
                    "Kỳ tuyển dụng " + roundCode + " hiện không nhận Phiếu đăng ký dự tuyển.");
        }
        RoundRepository.PositionRow position = rounds.positions(round.id()).stream()
                .filter(p -> p.code().equals(request.positionCode())).findFirst()
                .orElseThrow(() -> new InvalidInputException("positionCode", "exists",
                        "Kỳ tuyển dụng không có vị trí " + request.positionCode() + "."));
        List<String> agencies = rounds.agencies(position.id());
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
        String number;
        try {
            number = applications.insert(round.code(), round.id(), position.id(), request, points);
        } catch (DuplicateKeyException e) {
            // One application per citizen per round: the unique key decides, also between concurrent requests.
            throw alreadyApplied();
        }
        notifications.record(List.of(new ApplicantNotifications.Message(ApplicantMilestone.RECEIVED, number,
                request.email(), request.fullName(), round.title(), null, null)));
        return new Submitted(number, ApplicationStatus.DA_NOP);
    }

    /** A wrong citizen ID answers exactly like an unknown number: nobody learns whose number it is. */
    public Dossier lookup(String applicationNumber, String citizenId) {
        ApplicationRepository.ApplicationRow application = applications.byNumber(applicationNumber)
                .filter(a -> a.citizenId().equals(citizenId))
                .orElseThrow(() -> new KeyedStatusException(HttpStatus.NOT_FOUND, "application_not_found",
                        "Không tìm thấy Phiếu đăng ký với số và số định danh cá nhân đã nhập."));
        RoundRepository.RoundRow round = rounds.byId(application.roundId());
        String positionCode = rounds.positions(round.id()).stream().filter(p -> p.id() == application.positionId())
                .map(RoundRepository.PositionRow::code).findFirst().orElseThrow();
        ApplicationStatus status = ApplicationStatus.valueOf(application.status());
        List<HistoryEntry> history = applications.history(application.id()).stream()
                .map(e -> new HistoryEntry(e.status(), RecruitmentVocabulary.historyLabel(e.status()), e.note(), e.occurredAt()))
                .toList();
        return new Dossier(application.applicationNumber(), round.code(), round.title(), positionCode, status,
                status.label, application.ineligibilityReason(), history);
    }

    private static KeyedStatusException alreadyApplied() {
        return new KeyedStatusException(HttpStatus.CONFLICT, "already_applied",
                "Số định danh cá nhân này đã có Phiếu đăng ký trong kỳ tuyển dụng: mỗi người chỉ đăng ký một vị trí.");
    }
}
