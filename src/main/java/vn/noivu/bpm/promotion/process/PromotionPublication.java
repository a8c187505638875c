package vn.noivu.bpm.promotion.process;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.promotion.PromotionVocabulary.RoundStatus;
import vn.noivu.bpm.promotion.persistence.NominationRepository;
import vn.noivu.bpm.promotion.persistence.PromotionRepository;

/** publishResults, and the results as they stand for the API (ranked first, in rank order). */
@Service
public class PromotionPublication {

    /** A round's results: the round, and its nominations in rank order. */
    public record Results(PromotionRepository.RoundRow round, List<NominationRepository.NominationRow> nominees) {
    }

    private final PromotionRepository rounds;
    private final NominationRepository nominations;
    private final PromotionRules rules;

    public PromotionPublication(PromotionRepository rounds, NominationRepository nominations, PromotionRules rules) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.rules = rules;
    }

    /** The round, or 404 round_not_found. */
    public PromotionRepository.RoundRow round(String code) {
        return rounds.round(code);
    }

    /** Key and version of each rule table the round runs under. */
    public java.util.Map<String, Integer> ruleTableVersions(PromotionRepository.RoundRow round) {
        return rules.versions(round.id());
    }

    /** The winners are known and public; they wait for the appointment. */
    @Transactional
    public void publish(String code) {
        nominations.awaitAppointment(rounds.round(code).id());
        rounds.setStatus(code, RoundStatus.DA_CONG_BO_KET_QUA);
    }

    public Results results(String code) {
        PromotionRepository.RoundRow round = rounds.round(code);
        return new Results(round, nominations.ofRound(round.id()));
    }
}
