package vn.noivu.bpm.commendation.process;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.commendation.domain.CollectiveFacts;
import vn.noivu.bpm.commendation.domain.CommendationRules;
import vn.noivu.bpm.commendation.domain.DisciplineLevel;
import vn.noivu.bpm.commendation.domain.IndividualFacts;
import vn.noivu.bpm.commendation.domain.Initiative;
import vn.noivu.bpm.commendation.domain.Title;
import vn.noivu.bpm.commendation.persistence.InitiativeRepository;
import vn.noivu.bpm.commendation.web.ProposalRequest;
import vn.noivu.bpm.personnel.Award;
import vn.noivu.bpm.personnel.AwardRegister;
import vn.noivu.bpm.personnel.AwardVocabulary;
import vn.noivu.bpm.personnel.Person;

/**
 * The facts of a nominee for a provincial title, from the registers: the year's rating and the streak of excellent
 * years (personnel register, P10), the streak of merit CSTĐ cơ sở (award register: sudden awards do not count, P5,
 * C5, C6), the initiatives recognised in the period and whether one has provincial scope (P5b, P10); then the case's
 * rule tables give the verdict with its reason and citation.
 */
@Component
public class ProposalEligibility {

    private final AwardRegister awards;
    private final InitiativeRepository initiatives;

    public ProposalEligibility(AwardRegister awards, InitiativeRepository initiatives) {
        this.awards = awards;
        this.initiatives = initiatives;
    }

    public CommendationRules.Verdict person(CommendationRules rules, Title title, Person person, int year,
                                            LocalDate effectiveOn) {
        int baseStreak = awards.streak(Award.Holder.person(person.citizenId()),
                AwardVocabulary.Title.CHIEN_SI_THI_DUA_CO_SO, year);
        int excellent = CommendationRules.excellentStreakEndingIn(person.ratings(), year);
        int from = year - Math.max(Math.max(baseStreak, excellent), 1) + 1;
        var recognised = initiatives.ofPerson(person.citizenId(), from, year);
        boolean provinceWide = recognised.stream().anyMatch(i -> i.scope() == Initiative.Scope.TINH);
        int thisYear = (int) recognised.stream().filter(i -> i.recognitionYear() == year).count();
        int inExcellentYears = excellent == 0 ? 0 : (int) recognised.stream()
                .filter(i -> i.recognitionYear() > year - excellent).count();
        boolean open = person.discipline() != null && person.discipline().underProsecution();
        IndividualFacts facts = new IndividualFacts(effectiveOn, person.ratings().get(year), false, open, thisYear,
                false, false, baseStreak, provinceWide, excellent, inExcellentYears);
        return rules.individual(title, facts);
    }

    /** A collective's verdict from the counts the unit gave. */
    public CommendationRules.Verdict collective(CommendationRules rules, Title title,
                                                ProposalRequest.CollectiveFactsRequest counts, LocalDate effectiveOn) {
        CollectiveFacts facts = new CollectiveFacts(effectiveOn, false, counts.members(),
                counts.membersCompletingTasks(), counts.advancedWorkers(), counts.baseEmulationFighters(),
                counts.heaviestDiscipline() == null ? DisciplineLevel.KHONG
                        : DisciplineLevel.valueOf(counts.heaviestDiscipline()));
        return rules.collective(title, facts);
    }
}
