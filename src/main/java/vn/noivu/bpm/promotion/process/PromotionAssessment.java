package vn.noivu.bpm.promotion.process;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.promotion.persistence.NominationRepository;
import vn.noivu.bpm.promotion.persistence.NominationRepository.NominationRow;
import vn.noivu.bpm.promotion.persistence.PromotionRepository;

/** applyAssessment: the council's meeting on the eligible nominees (civil servants and review rounds). */
@Service
public class PromotionAssessment {

    private final PromotionRepository rounds;
    private final NominationRepository nominations;
    private final PromotionRules rules;

    public PromotionAssessment(PromotionRepository rounds, NominationRepository nominations, PromotionRules rules) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.rules = rules;
    }

    /**
     * Without its quorum nothing is decided (answers false, it meets again); otherwise the eligible nominees it did
     * not approve are recorded. The task is refused when a rejected citizen ID is not an eligible nominee.
     */
    @Transactional
    public boolean record(String code, int present, Set<String> rejected, String minutes) {
        PromotionRepository.RoundRow round = rounds.round(code);
        if (present < 0 || present > round.councilMembers()) {
            throw new BadUserRequestException(PromotionProcess.MEMBERS_PRESENT + ": từ 0 đến " + round.councilMembers()
                    + " / between 0 and the council's size");
        }
        rounds.recordMeeting(round.id(), present, minutes);
        if (!rules.council(round).quorate(round.councilMembers(), present)) {
            return false;
        }
        Map<String, Long> eligible = nominations.ofRound(round.id()).stream().filter(NominationRow::eligible)
                .collect(Collectors.toMap(NominationRow::citizenId, NominationRow::id));
        List<String> unknown = rejected.stream().filter(c -> !eligible.containsKey(c)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new BadUserRequestException(PromotionProcess.REJECTED_NOMINEES + ": " + unknown
                    + " không phải người đủ điều kiện của kỳ xét / not eligible nominees");
        }
        nominations.setCouncilApproval(eligible.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, e -> !rejected.contains(e.getKey()))));
        return true;
    }
}
