package vn.noivu.bpm.commendation.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.commendation.domain.CommendationRules;
import vn.noivu.bpm.commendation.domain.CouncilVote;
import vn.noivu.bpm.commendation.domain.Decider;
import vn.noivu.bpm.commendation.domain.LocalQuota;
import vn.noivu.bpm.commendation.domain.Title;
import vn.noivu.bpm.commendation.domain.YearReview;
import vn.noivu.bpm.commendation.domain.YearReview.Status;
import vn.noivu.bpm.commendation.persistence.YearRepository;
import vn.noivu.bpm.commendation.persistence.YearRepository.NominationRow;
import vn.noivu.bpm.commendation.persistence.YearRepository.StaffRow;
import vn.noivu.bpm.commendation.persistence.YearRepository.YearRow;
import vn.noivu.bpm.platform.approval.FormLists;

/**
 * tallyVotes: the council's ballots per nominee over all its members (P6, P6a; C4b: 7/9 fails, 8/9 passes), then
 * the local quota of CSTĐ cơ sở if one is configured (P4) with the tie rule at its edge (P18). Runs in the
 * transaction of the council's task, so a sheet with more ballots than members is refused to the council.
 */
@Component("commendationYearTallyVotes")
public class YearTallyVotes implements JavaDelegate {

    private final YearRepository years;
    private final YearRules rules;

    public YearTallyVotes(YearRepository years, YearRules rules) {
        this.years = years;
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long yearId = CommendationYearProcess.yearId(execution);
        YearRow year = years.find(yearId).orElseThrow();
        List<NominationRow> toVote = years.openNominations(yearId).stream()
                .filter(n -> Status.valueOf(n.status()) == Status.CHO_BO_PHIEU).toList();
        Map<Long, int[]> ballots = ballots(execution.getVariable(CommendationYearProcess.VOTE_SHEET), toVote,
                year.councilMembers());
        tally(year, toVote, ballots);
        YearDecision.expose(execution, years, year);
        years.setStatus(yearId, "CHO_QUYET_DINH");
    }

    /** Ballots by nomination: {agree, against}; blank cells count as 0 (members who did not vote). */
    static Map<Long, int[]> ballots(Object sheet, List<NominationRow> toVote, int members) {
        JsonNode rows = FormLists.array(sheet, CommendationYearProcess.VOTE_SHEET);
        Map<Long, int[]> ballots = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            Long id = row.hasNonNull("nominationId") ? row.get("nominationId").asLong()
                    : i < toVote.size() ? toVote.get(i).id() : null;
            String who = row.path("nominee").asText("dòng " + (i + 1));
            if (id == null || toVote.stream().noneMatch(n -> n.id() == id)) {
                throw new BadUserRequestException(CommendationYearProcess.VOTE_SHEET + ": dòng " + (i + 1) + " (" + who
                        + ") không phải người chờ bỏ phiếu / not a nominee awaiting the vote");
            }
            Integer agree = YearSheets.count(row.get("agree"), CommendationYearProcess.VOTE_SHEET, i, who);
            Integer against = YearSheets.count(row.get("against"), CommendationYearProcess.VOTE_SHEET, i, who);
            int a = agree == null ? 0 : agree;
            int b = against == null ? 0 : against;
            if (a + b > members) {
                throw new BadUserRequestException(CommendationYearProcess.VOTE_SHEET + ": dòng " + (i + 1) + " (" + who
                        + "): tổng số phiếu " + (a + b) + " nhiều hơn số thành viên Hội đồng (" + members
                        + ") / more ballots than council members");
            }
            ballots.put(id, new int[] {a, b});
        }
        for (NominationRow n : toVote) {
            if (!ballots.containsKey(n.id())) {
                throw new BadUserRequestException(CommendationYearProcess.VOTE_SHEET + ": thiếu kết quả bỏ phiếu của đề"
                        + " nghị " + n.id() + " / a nominee's ballots are missing");
            }
        }
        return ballots;
    }

    /** Stores each nominee's result, title by title (the quota is of CSTĐ cơ sở only). */
    void tally(YearRow year, List<NominationRow> toVote, Map<Long, int[]> ballots) {
        CommendationRules table = rules.rules(year.id());
        Map<Long, StaffRow> staff = YearSheets.staffById(years, year.id());
        Map<String, List<NominationRow>> byTitle = new LinkedHashMap<>();
        toVote.forEach(n -> byTitle.computeIfAbsent(n.title(), t -> new ArrayList<>()).add(n));
        for (Map.Entry<String, List<NominationRow>> group : byTitle.entrySet()) {
            Title title = Title.valueOf(group.getKey());
            CouncilVote.Rule rule = table.voteRule(title, year.startedOn());
            Optional<LocalQuota> quota = title == Title.CHIEN_SI_THI_DUA_CO_SO
                    ? rules.quota(year.id(), Decider.UnitKind.valueOf(year.unitKind()), year.startedOn()) : Optional.empty();
            int advancedWorkers = (int) years.nominations(year.id()).stream()
                    .filter(n -> Title.LAO_DONG_TIEN_TIEN.name().equals(n.title())
                            && (Status.valueOf(n.status()) == Status.DU_DIEU_KIEN
                            || Status.valueOf(n.status()) == Status.DA_CONG_NHAN)).count();
            List<YearReview.Ballot> list = group.getValue().stream().map(n -> {
                StaffRow s = staff.get(n.staffId());
                return new YearReview.Ballot(n.id(), ballots.get(n.id())[0], ballots.get(n.id())[1],
                        s != null && "NU".equals(s.gender()));
            }).toList();
            for (YearReview.Voted v : YearReview.tally(rule, year.councilMembers(), list, quota, advancedWorkers,
                    table.tieRule(year.startedOn()))) {
                years.storeVote(v.nominationId(), v.result().agree(), ballots.get(v.nominationId())[1],
                        v.result().passed(), v.status().name(), v.note());
            }
        }
    }
}
