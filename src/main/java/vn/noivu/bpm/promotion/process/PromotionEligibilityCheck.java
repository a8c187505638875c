package vn.noivu.bpm.promotion.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.personnel.Person;
import vn.noivu.bpm.personnel.PersonnelRepository;
import vn.noivu.bpm.promotion.PromotionVocabulary.Method;
import vn.noivu.bpm.promotion.PromotionVocabulary.NominationStatus;
import vn.noivu.bpm.promotion.PromotionVocabulary.RoundStatus;
import vn.noivu.bpm.promotion.domain.Nominee;
import vn.noivu.bpm.promotion.domain.PromotionEligibility;
import vn.noivu.bpm.promotion.domain.RuleTable;
import vn.noivu.bpm.promotion.domain.Selections;
import vn.noivu.bpm.promotion.persistence.NominationRepository;
import vn.noivu.bpm.promotion.persistence.NominationRepository.NominationRow;
import vn.noivu.bpm.promotion.persistence.PromotionRepository;

/** checkEligibility: every nominee against the round's eligibility tables, on the register's facts. */
@Service
public class PromotionEligibilityCheck {

    private final PromotionRepository rounds;
    private final NominationRepository nominations;
    private final PersonnelRepository personnel;
    private final PromotionRules rules;

    public PromotionEligibilityCheck(PromotionRepository rounds, NominationRepository nominations,
                                     PersonnelRepository personnel, PromotionRules rules) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.personnel = personnel;
        this.rules = rules;
    }

    /** In one pass; the round moves to the council or the exam. Answers the summary the council's form shows. */
    @Transactional
    public String check(String code) {
        PromotionRepository.RoundRow round = rounds.round(code);
        RuleTable eligibility = rules.table(round, PromotionRules.ELIGIBILITY_KEY);
        RuleTable standards = rules.table(round, PromotionRules.STANDARDS_KEY);
        List<NominationRepository.Eligibility> verdicts = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int eligible = 0;
        List<NominationRow> nominated = nominations.ofRound(round.id());
        Map<String, Person> people = personnel.findAll(nominated.stream().map(NominationRow::citizenId).toList());
        for (NominationRow n : nominated) {
            PromotionEligibility.Verdict verdict = PromotionEligibility.evaluate(eligibility, standards,
                    round.legalBasis(), round.roundDate(), round.filingDeadline(),
                    new Nominee(people.get(n.citizenId()), round.targetTitle(), n.certificatesMet(), n.vacancy()));
            verdicts.add(new NominationRepository.Eligibility(n.id(), verdict.eligible() ? NominationStatus.DU_DIEU_KIEN
                    : NominationStatus.KHONG_DU_DIEU_KIEN, verdict.eligible() ? null
                    : verdict.reason() + " (" + verdict.citation() + ")"));
            eligible += verdict.eligible() ? 1 : 0;
            lines.add("- " + CouncilBallot.nominee(n, people.get(n.citizenId())) + ": " + (verdict.eligible() ? "đủ điều kiện" : verdict.reason()));
        }
        nominations.setEligibility(verdicts);
        rounds.setStatus(code, Method.THI.name().equals(round.method()) ? RoundStatus.THI : RoundStatus.HOI_DONG_DANH_GIA);
        return Selections.summary("Đủ điều kiện " + eligible + "/" + verdicts.size() + ", chỉ tiêu " + round.quota(), lines);
    }
}
