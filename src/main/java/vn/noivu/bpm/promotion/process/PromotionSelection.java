package vn.noivu.bpm.promotion.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.exam.Selection;
import vn.noivu.bpm.personnel.Person;
import vn.noivu.bpm.personnel.PersonnelRepository;
import vn.noivu.bpm.platform.web.PersonalData;
import vn.noivu.bpm.promotion.PromotionVocabulary.Outcome;
import vn.noivu.bpm.promotion.PromotionVocabulary.RoundStatus;
import vn.noivu.bpm.promotion.domain.Nominee;
import vn.noivu.bpm.promotion.domain.PromotionOrder;
import vn.noivu.bpm.promotion.domain.Selections;
import vn.noivu.bpm.promotion.persistence.NominationRepository;
import vn.noivu.bpm.promotion.persistence.NominationRepository.NominationRow;
import vn.noivu.bpm.promotion.persistence.PromotionRepository;

/** selectWinners and applyTieDecision: the quota filled in the legal order, and the head's choice on a tie. */
@Service
public class PromotionSelection {

    /** What the next tasks show: whether the head must decide a tie, and the summaries. */
    public record Selected(boolean tieToDecide, String tieSummary, String resultsSummary) {
    }

    private final PromotionRepository rounds;
    private final NominationRepository nominations;
    private final PersonnelRepository personnel;
    private final PromotionRules rules;

    public PromotionSelection(PromotionRepository rounds, NominationRepository nominations,
                              PersonnelRepository personnel, PromotionRules rules) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.personnel = personnel;
        this.rules = rules;
    }

    /** The approved nominees fill the quota in the order of promotion-ordering; a tie across the last place waits. */
    @Transactional
    public Selected selectWinners(String code) {
        PromotionRepository.RoundRow round = rounds.round(code);
        String criteria = rules.orderingCriteria(round);
        List<NominationRow> nominated = nominations.ofRound(round.id());
        Map<String, Selection.Placed<Nominee>> byCitizen = new HashMap<>();
        placed(round, nominated, criteria).forEach(p -> byCitizen.put(p.candidate().person().citizenId(), p));
        List<NominationRepository.Placement> placements = new ArrayList<>();
        List<String> tied = new ArrayList<>();
        for (NominationRow n : nominated) {
            Selection.Placed<Nominee> p = byCitizen.get(n.citizenId());
            Outcome outcome = !n.eligible() ? Outcome.KHONG_DU_DIEU_KIEN
                    : !Boolean.TRUE.equals(n.councilApproved()) ? Outcome.KHONG_DAT_DANH_GIA : Selections.published(p.outcome());
            if (outcome == Outcome.CHO_QUYET_DINH) {
                tied.add("- " + n.fullName() + " (CCCD " + PersonalData.maskCitizenId(n.citizenId()) + ")");
            }
            placements.add(new NominationRepository.Placement(n.id(), p == null ? null : p.rank(), outcome));
        }
        nominations.setPlacements(placements);
        rounds.setStatus(code, RoundStatus.CHO_DUYET_KET_QUA);
        long winners = placements.stream().filter(p -> p.outcome() == Outcome.TRUNG_TUYEN).count();
        return new Selected(!tied.isEmpty(), Selections.summary("Còn " + (round.quota() - winners) + " chỉ tiêu cho "
                + tied.size() + " người bằng nhau theo mọi tiêu chí ưu tiên: " + PromotionOrder.inWords(criteria), tied),
                "Chỉ tiêu " + round.quota() + ": trúng tuyển " + winners + (tied.isEmpty() ? "" : ", chờ quyết định " + tied.size())
                        + ". Thứ tự ưu tiên: " + PromotionOrder.inWords(criteria) + ".");
    }

    private List<Selection.Placed<Nominee>> placed(PromotionRepository.RoundRow round, List<NominationRow> nominated,
                                                   String criteria) {
        List<NominationRow> candidates = nominated.stream()
                .filter(n -> n.eligible() && Boolean.TRUE.equals(n.councilApproved())).toList();
        Map<String, Person> people = personnel.findAll(candidates.stream().map(NominationRow::citizenId).toList());
        List<Nominee> approved = candidates.stream().map(n -> new Nominee(people.get(n.citizenId()), round.targetTitle(),
                n.certificatesMet(), n.vacancy())).toList();
        return Selection.withinQuota(approved, round.quota(), PromotionOrder.comparator(PromotionOrder.parse(criteria),
                round.roundDate()));
    }

    /**
     * applyTieDecision: exactly as many of the nominees awaiting a decision as places are left, whichever way the
     * round ranked them (the council's order or the exam).
     */
    @Transactional
    public void decideTie(String code, Object selectedNominees) {
        PromotionRepository.RoundRow round = rounds.round(code);
        Set<String> chosen = CouncilBallot.citizenIds(selectedNominees);
        List<NominationRow> ranked = nominations.ofRound(round.id()).stream().filter(n -> n.rank() != null).toList();
        List<Selection.Placed<String>> placed = ranked.stream()
                .map(n -> new Selection.Placed<>(n.citizenId(), n.rank(), Selections.shared(n.outcome()))).toList();
        Map<String, Outcome> decided = new HashMap<>();
        try {
            Selection.decide(placed, chosen, round.quota())
                    .forEach(p -> decided.put(p.candidate(), Selections.published(p.outcome())));
        } catch (IllegalArgumentException e) {
            long awaiting = ranked.stream().filter(n -> n.outcome() == Outcome.CHO_QUYET_DINH).count();
            long left = round.quota() - ranked.stream().filter(n -> n.outcome() == Outcome.TRUNG_TUYEN).count();
            throw new BadUserRequestException(PromotionProcess.SELECTED_NOMINEES + ": chọn đúng " + left + " người cho "
                    + left + " chỉ tiêu còn lại trong số " + awaiting + " người đang chờ quyết định (đã chọn "
                    + chosen.size() + ") / " + e.getMessage());
        }
        Map<Long, Outcome> outcomes = new HashMap<>();
        ranked.stream().filter(n -> n.outcome() == Outcome.CHO_QUYET_DINH)
                .forEach(n -> outcomes.put(n.id(), decided.get(n.citizenId())));
        nominations.setOutcomes(outcomes);
    }
}
