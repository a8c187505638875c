package vn.noivu.bpm.promotion.process;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.personnel.PersonnelRepository;
import vn.noivu.bpm.promotion.domain.CouncilVotes;
import vn.noivu.bpm.promotion.persistence.NominationRepository;
import vn.noivu.bpm.promotion.persistence.NominationRepository.NominationRow;
import vn.noivu.bpm.promotion.persistence.PromotionRepository;

/** applyAssessment: the council's meeting on the eligible nominees (civil servants and review rounds). */
@Service
public class PromotionAssessment {

    private final PromotionRepository rounds;
    private final NominationRepository nominations;
    private final PromotionRules rules;
    private final PersonnelRepository personnel;

    public PromotionAssessment(PromotionRepository rounds, NominationRepository nominations, PromotionRules rules,
                               PersonnelRepository personnel) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.rules = rules;
        this.personnel = personnel;
    }

    /** The council's form: a vote row per eligible nominee, and the same nominees to tick when not approved. */
    public Map<String, Object> ballot(String code) {
        List<NominationRow> eligible = nominations.ofRound(rounds.round(code).id()).stream()
                .filter(NominationRow::eligible).toList();
        var people = personnel.findAll(eligible.stream().map(NominationRow::citizenId).toList());
        return Map.of(PromotionProcess.ASSESSMENT_VOTES, CouncilBallot.voteRows(eligible, people),
                PromotionProcess.NOMINEE_OPTIONS, CouncilBallot.options(eligible, people));
    }

    /**
     * Without its quorum nothing is decided (answers false, it meets again); otherwise the eligible nominees it did
     * not approve are recorded. The task is refused when a rejected citizen ID is not an eligible nominee.
     */
    @Transactional
    public boolean record(String code, int present, Set<String> ticked, Object voteRows, String minutes) {
        PromotionRepository.RoundRow round = rounds.round(code);
        if (present < 0 || present > round.councilMembers()) {
            throw new BadUserRequestException(PromotionProcess.MEMBERS_PRESENT + ": từ 0 đến " + round.councilMembers()
                    + " / between 0 and the council's size");
        }
        rounds.recordMeeting(round.id(), present, minutes);
        if (!rules.council(round).quorate(round.councilMembers(), present)) {
            return false;
        }
        List<NominationRow> eligibleRows = nominations.ofRound(round.id()).stream().filter(NominationRow::eligible).toList();
        Map<String, Long> eligible = eligibleRows.stream().collect(Collectors.toMap(NominationRow::citizenId, NominationRow::id));
        Set<String> rejected = new HashSet<>(ticked);
        if (voteRows != null) {
            try {
                rejected.addAll(CouncilVotes.notCarried(CouncilBallot.votes(voteRows, eligibleRows), present));
            } catch (CouncilVotes.BadRow e) {
                throw new BadUserRequestException(PromotionProcess.ASSESSMENT_VOTES + ": dòng " + e.row() + " ("
                        + e.nominee() + "): " + e.getMessage() + " / vote row " + e.row() + " is refused");
            }
        }
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
