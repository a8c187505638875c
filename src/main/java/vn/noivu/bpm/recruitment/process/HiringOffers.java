package vn.noivu.bpm.recruitment.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import vn.noivu.bpm.platform.security.SystemAction;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ApplicationEvent;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.HiringStatus;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ResultOutcome;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.RoundStatus;
import vn.noivu.bpm.recruitment.domain.RoundRow;
import vn.noivu.bpm.recruitment.domain.Winner;
import vn.noivu.bpm.recruitment.persistence.ApplicationRepository;
import vn.noivu.bpm.recruitment.persistence.HiringRepository;
import vn.noivu.bpm.recruitment.persistence.RoundRepository;

/**
 * Who is asked for the hiring dossier: every winner when the results are published, the next-ranked candidate for
 * a vacated place. Each gets a recruitment_hiring row and a hiring-dossier instance; the round's status follows.
 */
@Service
public class HiringOffers {

    /** The candidates immediately below in the ranking who are still to be asked; more than one is a tie. */
    public record NextRanked(List<String> applicationNumbers, String summary, List<FormVariables.Option> options) {
    }

    private final RoundRepository rounds;
    private final ApplicationRepository applications;
    private final HiringRepository hirings;
    private final RuntimeService runtimeService;
    private final SystemAction system;

    public HiringOffers(RoundRepository rounds, ApplicationRepository applications, HiringRepository hirings,
                        RuntimeService runtimeService, SystemAction system) {
        this.rounds = rounds;
        this.applications = applications;
        this.hirings = hirings;
        this.runtimeService = runtimeService;
        this.system = system;
    }

    public Winner winner(String applicationNumber) {
        return hirings.winner(applicationNumber)
                .orElseThrow(() -> new IllegalStateException("No hiring row for " + applicationNumber));
    }

    /** publishResults: every winner of the round is asked for the hiring dossier. Answers how many. */
    public int offerToWinners(RoundRow round) {
        List<Long> winners = hirings.winners(round.id());
        winners.forEach(id -> offer(round, id, null));
        return winners.size();
    }

    /** One winner, or the next-ranked candidate for a vacated place: the row, its history and its process. */
    private void offer(RoundRow round, long applicationId, Long replaces) {
        hirings.insert(applicationId, round.id(), ClockUtil.getCurrentTime().toInstant(), replaces);
        String note = null;
        if (replaces != null) {
            note = "Thay cho Phiếu " + hirings.applicationNumber(replaces) + ": " + hirings.cancellationReason(replaces);
            hirings.setOutcome(applicationId, ResultOutcome.TRUNG_TUYEN);
        }
        applications.addEvent(applicationId, ApplicationEvent.MOI_HOAN_THIEN_HO_SO, note);
        Winner winner = winner(hirings.applicationNumber(applicationId));
        Map<String, Object> variables = new HashMap<>();
        variables.put(HiringProcess.ROUND_CODE, round.code());
        variables.put(HiringProcess.APPLICATION_NUMBER, winner.applicationNumber());
        variables.put(HiringProcess.CANDIDATE_NAME, winner.fullName());
        variables.put(HiringProcess.POSITION_CODE, winner.positionCode()
                + (winner.agency() == null ? "" : " (" + winner.agency() + ")"));
        variables.put(HiringProcess.POSITION_TITLE, positionTitle(winner));
        String instance = system.run(() -> runtimeService.startProcessInstanceByKey(HiringProcess.KEY,
                winner.applicationNumber(), variables).getId());
        hirings.setProcessInstance(applicationId, instance);
    }

    /** "Văn thư (mã VT)", with the agency of a position shared by several agencies. */
    public static String positionTitle(Winner winner) {
        return winner.positionTitle() + " (mã " + winner.positionCode() + ")"
                + (winner.agency() == null ? "" : ", " + winner.agency());
    }

    /**
     * findNextRanked: the candidates immediately below in the ranking of the vacated place's position (and agency
     * of a shared position) who passed, were not selected and have not been asked yet. Candidates the ranking left
     * on the same rank after every legal tie-break are a tie for the head.
     */
    public NextRanked nextRanked(String vacatedNumber) {
        Winner vacated = winner(vacatedNumber);
        List<HiringRepository.Below> below = hirings.notYetAsked(vacated.positionId());
        if (below.isEmpty()) {
            return new NextRanked(List.of(), "Không còn người dự tuyển có kết quả đạt ở vị trí " + positionTitle(vacated),
                    List.of());
        }
        int best = below.get(0).rank();
        List<HiringRepository.Below> tied = below.stream().filter(b -> b.rank() == best).toList();
        List<FormVariables.Option> options = tied.stream().map(b -> new FormVariables.Option(b.fullName() + " ("
                + b.applicationNumber() + ")", b.applicationNumber())).toList();
        return new NextRanked(tied.stream().map(HiringRepository.Below::applicationNumber).toList(), "Vị trí "
                + positionTitle(vacated) + ": 1 chỉ tiêu của " + vacated.fullName() + " (" + vacatedNumber + ") cho "
                + tied.size() + " người cùng " + below.get(0).total().stripTrailingZeros().toPlainString() + " điểm: "
                + String.join(", ", options.stream().map(FormVariables.Option::label).toList()), options);
    }

    /** offerPlaceToSelected and findNextRanked without a tie: the chosen candidate is asked for the dossier. */
    public void offerVacatedPlace(String vacatedNumber, String chosenNumber, String endingInstanceId) {
        Winner vacated = winner(vacatedNumber);
        long chosen = hirings.applicationId(chosenNumber);
        offer(vacated.round(), chosen, vacated.applicationId());
        if (vacated.agency() != null) {
            hirings.setAgency(chosen, vacated.agency());
        }
        progress(vacated.round(), endingInstanceId);
    }

    /** The head's choice among tied next-ranked candidates: exactly one of them. */
    public String selected(String vacatedNumber, Set<String> chosen) {
        NextRanked next = nextRanked(vacatedNumber);
        if (chosen.size() != 1 || !next.applicationNumbers().containsAll(chosen)) {
            throw new BadUserRequestException(HiringProcess.SELECTED_APPLICATIONS + ": cần chọn đúng 1 người trong số "
                    + String.join(", ", next.options().stream().map(FormVariables.Option::label).toList())
                    + " (đã chọn " + chosen.size() + ") / select exactly one of the tied candidates");
        }
        return chosen.iterator().next();
    }

    /**
     * The round's status from its winners' hiring: dossiers being completed, all decided, or all done (then the
     * round's process ends). {@code endingInstanceId}: a hiring instance that ends right after this step.
     */
    public void progress(RoundRow round, String endingInstanceId) {
        Map<HiringStatus, Integer> byStatus = hirings.statusCounts(round.id());
        int open = byStatus.getOrDefault(HiringStatus.HOAN_THIEN_HO_SO, 0);
        int decided = byStatus.getOrDefault(HiringStatus.DA_QUYET_DINH, 0);
        long running = system.run(() -> runtimeService.createProcessInstanceQuery().processDefinitionKey(HiringProcess.KEY)
                .variableValueEquals(HiringProcess.ROUND_CODE, round.code()).list().stream()
                .filter(p -> !p.getId().equals(endingInstanceId)).count());
        RoundStatus status;
        if (open + decided == 0 && running == 0) {
            status = RoundStatus.HOAN_THANH;
        } else if (open == 0) {
            status = RoundStatus.DA_QUYET_DINH;
        } else {
            status = RoundStatus.HOAN_THIEN_HO_SO;
        }
        rounds.setStatus(round.code(), status);
        if (status == RoundStatus.HOAN_THANH) {
            system.run(() -> runtimeService.createMessageCorrelation(HiringProcess.HIRING_COMPLETED)
                    .processInstanceBusinessKey(round.code()).correlateWithResult());
        }
    }
}
