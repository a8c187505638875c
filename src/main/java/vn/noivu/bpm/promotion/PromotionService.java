package vn.noivu.bpm.promotion;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.exam.Council;
import vn.noivu.bpm.exam.Outcome;
import vn.noivu.bpm.exam.Selection;
import vn.noivu.bpm.personnel.Person;
import vn.noivu.bpm.personnel.PersonnelRepository;
import vn.noivu.bpm.platform.rules.RulePins;
import vn.noivu.bpm.platform.rules.RuleTables;
import vn.noivu.bpm.platform.security.SystemAction;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.platform.web.KeyedStatusException;
import vn.noivu.bpm.promotion.PromotionVocabulary.NominationStatus;
import vn.noivu.bpm.promotion.PromotionVocabulary.RoundStatus;

/**
 * A promotion round from the nominations to the selection: nominations of registered staff, eligibility from the
 * rule tables on the register's facts, the council's assessment, the quota filled in legal order (exam/Selection).
 * The plan is in {@link PromotionPlans}, promotion by exam in {@link PromotionExams}, the results and the
 * appointments in {@link PromotionPublication}.
 */
@Service
public class PromotionService {

    public static final String ELIGIBILITY_KEY = "promotion-eligibility";
    public static final String STANDARDS_KEY = "promotion-title-standards";
    public static final String ORDERING_KEY = "promotion-ordering";
    public static final String COUNCIL_KEY = "promotion-council";
    public static final String EXAM_RULES_KEY = "promotion-exam-rules";
    public static final String METHODS_KEY = "promotion-methods";
    public static final List<String> KEYS = List.of(ELIGIBILITY_KEY, STANDARDS_KEY, ORDERING_KEY, COUNCIL_KEY,
            EXAM_RULES_KEY, METHODS_KEY);

    public record Nominated(String citizenId, String fullName, NominationStatus status) {
    }

    private final PromotionRepository rounds;
    private final PersonnelRepository personnel;
    private final PromotionSettings settings;
    private final RulePins pins;
    private final RuleTables ruleTables;
    private final RuntimeService runtimeService;
    private final SystemAction system;
    private final JdbcTemplate jdbc;

    public PromotionService(PromotionRepository rounds, PersonnelRepository personnel, PromotionSettings settings,
                            RulePins pins, RuleTables ruleTables, RuntimeService runtimeService, SystemAction system,
                            JdbcTemplate jdbc) {
        this.rounds = rounds;
        this.personnel = personnel;
        this.settings = settings;
        this.pins = pins;
        this.ruleTables = ruleTables;
        this.runtimeService = runtimeService;
        this.system = system;
        this.jdbc = jdbc;
    }

    static String owner(long roundId) {
        return "promotion-round:" + roundId;
    }

    private Map<String, Object> inputs(PromotionRepository.RoundRow round) {
        return Map.of("legalBasis", round.legalBasis(), "effectiveOn", round.roundDate());
    }

    Map<String, Object> evaluate(PromotionRepository.RoundRow round, String key) {
        return ruleTables.dmnEngine().evaluateDecisionTable(pins.table(owner(round.id()), key).decision(), inputs(round))
                .getSingleResult().getEntryMap();
    }

    public Council council(PromotionRepository.RoundRow round) {
        return Council.fromRuleResult(evaluate(round, COUNCIL_KEY));
    }

    public PromotionRepository.RoundRow round(String code) {
        return rounds.find(code).orElseThrow(() -> new KeyedStatusException(HttpStatus.NOT_FOUND, "round_not_found",
                "Không có kỳ xét " + code + "."));
    }

    /** A unit nominates one of its staff: once per person per round, while nominations are open. */
    @Transactional
    public Nominated nominate(String code, NominationRequest request, String nominatedBy) {
        PromotionRepository.RoundRow round = round(code);
        if (!RoundStatus.NHAN_DE_CU.name().equals(round.status())
                || Deadlines.toLocalDate(ClockUtil.getCurrentTime()).isAfter(round.filingDeadline())) {
            throw new KeyedStatusException(HttpStatus.CONFLICT, "round_not_accepting_nominations",
                    "Kỳ xét " + code + " hiện không nhận văn bản cử.");
        }
        Person person = personnel.find(request.citizenId()).orElseThrow(() -> new InvalidInputException("citizenId",
                "registered", "Không có người với số định danh " + request.citizenId() + " trong danh sách cán bộ."));
        if (!person.staffType().equals(round.staffType())) {
            throw new InvalidInputException("citizenId", "staffType", person.fullName() + " là " + person.staffType()
                    + ", kỳ xét dành cho " + round.staffType() + ".");
        }
        if (request.vacancy() == null && PromotionVocabulary.StaffType.CONG_CHUC.name().equals(round.staffType())) {
            throw new InvalidInputException("vacancy", "required", "Công chức: cần ghi còn hay không còn vị trí việc làm "
                    + "của ngạch cao hơn trong cơ cấu được duyệt (Nghị định 170/2025/NĐ-CP, Điều 23 khoản 2 điểm a).");
        }
        Long personId = jdbc.queryForObject("SELECT id FROM personnel_person WHERE citizen_id = ?", Long.class,
                request.citizenId());
        try {
            jdbc.update("""
                    INSERT INTO promotion_nomination (round_id, person_id, nominated_by, nominated_at, certificates_met,
                        vacancy, status) VALUES (?, ?, ?, ?, ?, ?, ?)""", round.id(), personId, nominatedBy,
                    Timestamp.from(Instant.now()), request.certificatesMet(),
                    request.vacancy() == null || request.vacancy(), NominationStatus.DE_CU.name());
        } catch (DuplicateKeyException e) {
            throw new KeyedStatusException(HttpStatus.CONFLICT, "already_nominated",
                    person.fullName() + " đã được cử trong kỳ xét " + code + ": mỗi người một lần.");
        }
        return new Nominated(person.citizenId(), person.fullName(), NominationStatus.DE_CU);
    }

    /** Every nominee against the eligibility table on the register's facts, in one pass; answers a summary. */
    @Transactional
    public String checkEligibility(String code) {
        PromotionRepository.RoundRow round = round(code);
        var eligibility = pins.table(owner(round.id()), ELIGIBILITY_KEY).decision();
        var standards = pins.table(owner(round.id()), STANDARDS_KEY).decision();
        List<Object[]> updates = new ArrayList<>();
        int eligible = 0;
        List<String> lines = new ArrayList<>();
        List<PromotionRepository.NominationRow> nominations = rounds.nominations(round.id());
        Map<String, Person> people = personnel.findAll(nominations.stream().map(PromotionRepository.NominationRow::citizenId).toList());
        for (PromotionRepository.NominationRow n : nominations) {
            Person person = people.get(n.citizenId());
            PromotionEligibility.Verdict verdict = PromotionEligibility.evaluate(ruleTables.dmnEngine(), eligibility,
                    standards, round.legalBasis(), round.roundDate(), round.filingDeadline(),
                    new Nominee(person, round.targetTitle(), n.certificatesMet(), n.vacancy()));
            updates.add(new Object[] {(verdict.eligible() ? NominationStatus.DU_DIEU_KIEN : NominationStatus.KHONG_DU_DIEU_KIEN)
                    .name(), verdict.eligible() ? null : verdict.reason() + " (" + verdict.citation() + ")", n.id()});
            eligible += verdict.eligible() ? 1 : 0;
            lines.add("- " + n.citizenId() + " " + n.fullName() + ": " + (verdict.eligible() ? "đủ điều kiện" : verdict.reason()));
        }
        jdbc.batchUpdate("UPDATE promotion_nomination SET status = ?, reason = ? WHERE id = ?", updates);
        rounds.setStatus(code, PromotionVocabulary.Method.THI.name().equals(round.method()) ? RoundStatus.THI
                : RoundStatus.HOI_DONG_DANH_GIA);
        return summary("Đủ điều kiện " + eligible + "/" + updates.size() + ", chỉ tiêu " + round.quota(), lines);
    }

    /**
     * The council's meeting: without its quorum nothing is decided (answers false, it meets again); otherwise the
     * eligible nominees it did not approve are recorded. Refused when a rejected citizen ID is not an eligible nominee.
     */
    @Transactional
    public boolean recordAssessment(String code, int present, Set<String> rejected, String minutes) {
        PromotionRepository.RoundRow round = round(code);
        if (present < 0 || present > round.councilMembers()) {
            throw new BadUserRequestException(PromotionProcess.MEMBERS_PRESENT + ": từ 0 đến " + round.councilMembers()
                    + " / between 0 and the council's size");
        }
        Council council = council(round);
        rounds.recordMeeting(round.id(), present, minutes);
        if (!council.quorate(round.councilMembers(), present)) {
            return false;
        }
        Map<String, Long> eligible = rounds.nominations(round.id()).stream()
                .filter(n -> NominationStatus.DU_DIEU_KIEN.name().equals(n.status()))
                .collect(Collectors.toMap(PromotionRepository.NominationRow::citizenId, PromotionRepository.NominationRow::id));
        List<String> unknown = rejected.stream().filter(c -> !eligible.containsKey(c)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new BadUserRequestException(PromotionProcess.REJECTED_NOMINEES + ": " + unknown
                    + " không phải người đủ điều kiện của kỳ xét / not eligible nominees");
        }
        jdbc.batchUpdate("UPDATE promotion_nomination SET council_approved = ? WHERE id = ?", eligible.entrySet().stream()
                .map(e -> new Object[] {!rejected.contains(e.getKey()), e.getValue()}).toList());
        return true;
    }

    public record Selected(boolean tieToDecide, String tieSummary, String resultsSummary) {
    }

    /** The approved nominees fill the quota in the legal order of the rule table; a tie across the last place waits. */
    @Transactional
    public Selected selectWinners(String code) {
        PromotionRepository.RoundRow round = round(code);
        List<Selection.Placed<Nominee>> placed = placed(round);
        Map<String, Selection.Placed<Nominee>> byCitizen = new HashMap<>();
        placed.forEach(p -> byCitizen.put(p.candidate().person().citizenId(), p));
        List<Object[]> updates = new ArrayList<>();
        List<String> tied = new ArrayList<>();
        for (PromotionRepository.NominationRow n : rounds.nominations(round.id())) {
            Selection.Placed<Nominee> p = byCitizen.get(n.citizenId());
            String outcome = !NominationStatus.DU_DIEU_KIEN.name().equals(n.status()) ? "KHONG_DU_DIEU_KIEN"
                    : !Boolean.TRUE.equals(n.councilApproved()) ? "KHONG_DAT_DANH_GIA" : outcome(p.outcome());
            if ("CHO_QUYET_DINH".equals(outcome)) {
                tied.add(n.citizenId() + " " + n.fullName());
            }
            updates.add(new Object[] {p == null ? null : p.rank(), outcome, n.id()});
        }
        jdbc.batchUpdate("UPDATE promotion_nomination SET rank_position = ?, outcome = ? WHERE id = ?", updates);
        rounds.setStatus(code, RoundStatus.CHO_DUYET_KET_QUA);
        long winners = updates.stream().filter(u -> "TRUNG_TUYEN".equals(u[1])).count();
        String criteria = (String) evaluate(round, ORDERING_KEY).get("criteria");
        return new Selected(!tied.isEmpty(), summary("Còn " + (round.quota() - winners) + " chỉ tiêu cho " + tied.size()
                + " người bằng nhau theo mọi tiêu chí (" + criteria + ")", tied),
                "Chỉ tiêu " + round.quota() + ": trúng tuyển " + winners + (tied.isEmpty() ? "" : ", chờ quyết định " + tied.size())
                        + ". Thứ tự xét: " + criteria + ". Danh sách: /api/promotion/rounds/" + code + "/results");
    }

    private List<Selection.Placed<Nominee>> placed(PromotionRepository.RoundRow round) {
        List<PromotionRepository.NominationRow> candidates = rounds.nominations(round.id()).stream()
                .filter(n -> NominationStatus.DU_DIEU_KIEN.name().equals(n.status()) && Boolean.TRUE.equals(n.councilApproved()))
                .toList();
        Map<String, Person> people = personnel.findAll(candidates.stream().map(PromotionRepository.NominationRow::citizenId).toList());
        List<Nominee> approved = candidates.stream().map(n -> new Nominee(people.get(n.citizenId()), round.targetTitle(),
                n.certificatesMet(), n.vacancy())).toList();
        String criteria = (String) evaluate(round, ORDERING_KEY).get("criteria");
        return Selection.withinQuota(approved, round.quota(), PromotionOrder.comparator(PromotionOrder.parse(criteria),
                round.roundDate()));
    }

    static String outcome(Outcome outcome) {
        return switch (outcome) {
            case WINNER -> "TRUNG_TUYEN";
            case AWAITING_DECISION -> "CHO_QUYET_DINH";
            default -> "KHONG_TRUNG_TUYEN";
        };
    }

    /**
     * decideTie: exactly as many of the nominees awaiting a decision as places are left, whichever way the round
     * ranked them (the council's order or the exam).
     */
    @Transactional
    public void decideTie(String code, String selectedNominees) {
        PromotionRepository.RoundRow round = round(code);
        Set<String> chosen = selectedNominees == null ? Set.of() : Arrays.stream(selectedNominees.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        List<Selection.Placed<String>> placed = rounds.nominations(round.id()).stream().filter(n -> n.rank() != null)
                .map(n -> new Selection.Placed<>(n.citizenId(), n.rank(), switch (n.outcome()) {
                    case "TRUNG_TUYEN" -> Outcome.WINNER;
                    case "CHO_QUYET_DINH" -> Outcome.AWAITING_DECISION;
                    default -> Outcome.NOT_SELECTED;
                })).toList();
        List<Selection.Placed<String>> decided;
        try {
            decided = Selection.decide(placed, chosen, round.quota());
        } catch (IllegalArgumentException e) {
            throw new BadUserRequestException(PromotionProcess.SELECTED_NOMINEES + ": chọn đúng số chỉ tiêu còn lại trong số "
                    + "người đang chờ quyết định / " + e.getMessage());
        }
        Set<String> awaiting = placed.stream().filter(p -> p.outcome() == Outcome.AWAITING_DECISION)
                .map(Selection.Placed::candidate).collect(Collectors.toSet());
        jdbc.batchUpdate("""
                UPDATE promotion_nomination SET outcome = ? WHERE round_id = ?
                  AND person_id = (SELECT id FROM personnel_person WHERE citizen_id = ?)""",
                decided.stream().filter(p -> awaiting.contains(p.candidate()))
                        .map(p -> new Object[] {outcome(p.outcome()), round.id(), p.candidate()}).toList());
    }

    /** A display-only summary of a list for a task form: the first lines within the variable's size. */
    static String summary(String title, List<String> lines) {
        StringBuilder text = new StringBuilder(title).append('\n');
        for (String line : lines) {
            if (text.length() + line.length() > 3800) {
                text.append("…\n");
                break;
            }
            text.append(line).append('\n');
        }
        return text.toString();
    }

}
