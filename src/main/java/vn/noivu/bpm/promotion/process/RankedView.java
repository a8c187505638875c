package vn.noivu.bpm.promotion.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.noivu.bpm.personnel.Person;
import vn.noivu.bpm.personnel.PersonnelRepository;
import vn.noivu.bpm.promotion.PromotionVocabulary.Outcome;
import vn.noivu.bpm.promotion.domain.Selections;
import vn.noivu.bpm.promotion.persistence.NominationRepository;
import vn.noivu.bpm.promotion.persistence.NominationRepository.NominationRow;
import vn.noivu.bpm.promotion.persistence.PromotionRepository;

/**
 * What the head reads after a ranking (by the council's order or the exam): the results by name with rank and
 * outcome in words, and the tied nominees to tick.
 */
@Service
public class RankedView {

    private final PromotionRepository rounds;
    private final NominationRepository nominations;
    private final PersonnelRepository personnel;

    public RankedView(PromotionRepository rounds, NominationRepository nominations, PersonnelRepository personnel) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.personnel = personnel;
    }

    /** {@code heading}: the counts line; the list follows, the first lines within the variable's size. */
    public Map<String, Object> variables(String code, String heading) {
        List<NominationRow> nominated = nominations.ofRound(rounds.round(code).id());
        Map<String, Person> people = personnel.findAll(nominated.stream().map(NominationRow::citizenId).toList());
        List<String> lines = new ArrayList<>();
        List<NominationRow> tied = new ArrayList<>();
        for (NominationRow n : nominated) {
            lines.add((n.rank() == null ? "- " : n.rank() + ". ") + CouncilBallot.nominee(n, people.get(n.citizenId()))
                    + (n.examScore() == null ? "" : " · điểm " + n.examScore()) + ": "
                    + (n.outcome() == null ? "" : n.outcome().label()));
            if (n.outcome() == Outcome.CHO_QUYET_DINH) {
                tied.add(n);
            }
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(PromotionProcess.RESULTS_SUMMARY, Selections.summary(heading, lines));
        variables.put(PromotionProcess.TIE_OPTIONS, CouncilBallot.options(tied, people));
        return variables;
    }
}
