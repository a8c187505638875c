package vn.noivu.bpm.commendation.process;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.commendation.domain.CollectiveFacts;
import vn.noivu.bpm.commendation.domain.CommendationRules;
import vn.noivu.bpm.commendation.domain.Decider;
import vn.noivu.bpm.commendation.domain.DisciplineLevel;
import vn.noivu.bpm.commendation.domain.IndividualFacts;
import vn.noivu.bpm.commendation.domain.Initiative;
import vn.noivu.bpm.commendation.domain.Title;
import vn.noivu.bpm.commendation.domain.YearReview;
import vn.noivu.bpm.commendation.domain.YearReview.Status;
import vn.noivu.bpm.commendation.persistence.InitiativeRepository;
import vn.noivu.bpm.commendation.persistence.YearRepository;
import vn.noivu.bpm.commendation.persistence.YearRepository.NominationRow;
import vn.noivu.bpm.commendation.persistence.YearRepository.StaffRow;
import vn.noivu.bpm.commendation.persistence.YearRepository.YearRow;
import vn.noivu.bpm.personnel.Rating;
import vn.noivu.bpm.platform.error.Refused;

/**
 * Evaluates the open nominations of an emulation year with the rule tables it pinned: individuals first (the facts
 * of their staff row and their initiatives of the year, P3), then the unit's collective titles, whose counts of Lao
 * động tiên tiến and CSTĐ cơ sở come from the individual verdicts when the officials did not give them.
 */
@Service
public class YearEvaluation {

    /** Statuses that count a member as holding the title for the collective's facts. */
    private static final Set<Status> HOLDS = EnumSet.of(Status.DU_DIEU_KIEN, Status.CHO_BO_PHIEU, Status.DA_CONG_NHAN);

    /** One open nomination after evaluation: who, which title, the verdict and what follows. */
    public record Evaluated(NominationRow nomination, String holder, Title title, YearReview.Evaluated result) {
    }

    private final YearRepository years;
    private final YearRules rules;
    private final InitiativeRepository initiatives;

    public YearEvaluation(YearRepository years, YearRules rules, InitiativeRepository initiatives) {
        this.years = years;
        this.rules = rules;
        this.initiatives = initiatives;
    }

    public YearRow year(long yearId) {
        return years.find(yearId).orElseThrow(() -> Refused.notFound("year_not_found",
                "Không có năm thi đua với mã " + yearId + "."));
    }

    /** Evaluates and stores the verdict of every open nomination; answers them in order. */
    @Transactional
    public List<Evaluated> evaluate(long yearId) {
        YearRow year = year(yearId);
        CommendationRules table = rules.rules(yearId);
        Decider.UnitKind unitKind = Decider.UnitKind.valueOf(year.unitKind());
        List<StaffRow> staff = years.staff(yearId);
        Map<Long, StaffRow> staffById = staff.stream().collect(Collectors.toMap(StaffRow::id, Function.identity()));
        List<NominationRow> open = years.openNominations(yearId);
        List<Evaluated> done = new ArrayList<>();
        for (NominationRow n : open) {
            if (!"CA_NHAN".equals(n.subject())) {
                continue;
            }
            StaffRow person = staffById.get(n.staffId());
            Title title = Title.valueOf(n.title());
            // Initiatives recognised in the emulation year, at the unit or province-wide: each counts for P3.
            List<Initiative> recognised = initiatives.ofPerson(person.citizenId(), year.year(), year.year());
            int count = recognised.size();
            boolean provinceWide = recognised.stream().anyMatch(i -> i.scope() == Initiative.Scope.TINH);
            IndividualFacts facts = new IndividualFacts(year.startedOn(),
                    person.rating() == null ? null : Rating.valueOf(person.rating()), person.maternityLeave(),
                    person.proceedings() != null, count, n.scienceWork(), n.combatIngenuity(), 0, provinceWide, 0, 0);
            YearReview.Evaluated result = YearReview.individual(table, title, facts, unitKind);
            store(n, result, count);
            done.add(new Evaluated(n, person.fullName(), title, result));
        }
        // The collective's counts read the individual verdicts just stored, and the titles decided in earlier passes.
        List<NominationRow> all = years.nominations(yearId);
        for (NominationRow n : open) {
            if (!"TAP_THE".equals(n.subject())) {
                continue;
            }
            Title title = Title.valueOf(n.title());
            CollectiveFacts facts = collectiveFacts(year, n, staff, all);
            YearReview.Evaluated result = YearReview.collective(table, title, facts, unitKind);
            store(n, result, null);
            done.add(new Evaluated(n, year.unitName(), title, result));
        }
        return done;
    }

    /** The collective's facts as the officials gave them, each missing one counted from the staff rows. */
    static CollectiveFacts collectiveFacts(YearRow year, NominationRow n, List<StaffRow> staff, List<NominationRow> all) {
        int members = n.members() != null ? n.members() : Math.max(1, staff.size());
        int completing = n.membersCompleting() != null ? n.membersCompleting() : (int) staff.stream()
                .filter(s -> s.rating() != null && !Rating.KHONG_HOAN_THANH.name().equals(s.rating())).count();
        int advanced = n.advancedWorkers() != null ? n.advancedWorkers() : holders(all, Title.LAO_DONG_TIEN_TIEN);
        int fighters = n.baseFighters() != null ? n.baseFighters() : holders(all, Title.CHIEN_SI_THI_DUA_CO_SO);
        DisciplineLevel heaviest = n.heaviestDiscipline() != null ? DisciplineLevel.valueOf(n.heaviestDiscipline())
                : DisciplineLevel.heaviest(staff.stream().map(s -> DisciplineLevel.valueOf(s.disciplineLevel())).toList());
        return new CollectiveFacts(year.startedOn(), false, members, Math.min(completing, members),
                Math.min(advanced, members), Math.min(fighters, members), heaviest);
    }

    private static int holders(List<NominationRow> all, Title title) {
        return (int) all.stream().filter(x -> "CA_NHAN".equals(x.subject()) && title.name().equals(x.title())
                && HOLDS.contains(Status.valueOf(x.status()))).count();
    }

    private void store(NominationRow n, YearReview.Evaluated result, Integer initiativeCount) {
        CommendationRules.Verdict v = result.verdict();
        years.storeVerdict(n.id(), new YearRepository.Verdict(v.outcome().name(), v.reason(), v.citation(),
                v.legalBasis(), result.voteRule().required(), result.voteRule().thresholdPercent(),
                result.voteRule().citation(), initiativeCount, result.status().name(), result.note()));
    }
}
