package vn.noivu.bpm.promotion;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import vn.noivu.bpm.promotion.PromotionVocabulary.AppointmentStatus;
import vn.noivu.bpm.promotion.PromotionVocabulary.NominationStatus;
import vn.noivu.bpm.promotion.PromotionVocabulary.RoundStatus;

/**
 * A promotion round from its plan to the appointments: nominations of registered staff, eligibility from the rule
 * tables on the register's facts, the council's assessment, the quota filled in legal order (exam/Selection).
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

    public record Created(String code, RoundStatus status, String processInstanceId) {
    }

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

    private Map<String, Object> evaluate(PromotionRepository.RoundRow round, String key) {
        return ruleTables.dmnEngine().evaluateDecisionTable(pins.table(owner(round.id()), key).decision(), inputs(round))
                .getSingleResult().getEntryMap();
    }

    public Council council(PromotionRepository.RoundRow round) {
        return Council.fromRuleResult(evaluate(round, COUNCIL_KEY));
    }

    @Transactional
    public Created create(PromotionRoundRequest request, String createdBy) {
        if (!request.filingDeadline().isAfter(request.roundDate())) {
            throw new InvalidInputException("filingDeadline", "afterRoundDate", "Hạn nộp hồ sơ phải sau ngày của kỳ xét.");
        }
        if (rounds.codeExists(request.code())) {
            throw new KeyedStatusException(HttpStatus.CONFLICT, "round_code_taken", "Mã kỳ xét " + request.code() + " đã được dùng.");
        }
        String legalBasis = settings.legalBasis().get(request.staffType().name());
        Map<String, RuleTables.Table> tables = pins.current(KEYS);
        checkMethod(tables.get(METHODS_KEY), request);
        Council council = Council.fromRuleResult(ruleTables.dmnEngine().evaluateDecisionTable(
                tables.get(COUNCIL_KEY).decision(), Map.of("legalBasis", legalBasis, "effectiveOn", request.roundDate()))
                .getSingleResult().getEntryMap());
        if (!council.validSize(request.councilMembers())) {
            throw new InvalidInputException("councilMembers", "councilSize", "Hội đồng " + request.councilMembers()
                    + " thành viên không đúng quy định: " + council.citation() + ".");
        }
        checkTargetTitle(tables.get(STANDARDS_KEY), request);
        long roundId = rounds.insertRound(request, legalBasis, createdBy);
        pins.pin(owner(roundId), tables);
        Map<String, Object> variables = new HashMap<>();
        variables.put(PromotionProcess.ROUND_CODE, request.code());
        variables.put(PromotionProcess.ROUND_TITLE, request.title());
        variables.put(PromotionProcess.METHOD, request.method().name());
        variables.put(PromotionProcess.PLAN_SUMMARY, "Đối tượng: " + request.staffType() + "; hình thức: " + request.method()
                + "; ngạch, hạng dự xét: " + request.targetTitle() + "; chỉ tiêu: " + request.quota()
                + "; hạn nộp hồ sơ: " + request.filingDeadline() + "; Hội đồng " + request.councilMembers() + " thành viên.");
        variables.put(PromotionProcess.FILING_DEADLINE_END, Deadlines.endOfDay(request.filingDeadline()));
        ProcessInstance instance = system.run(() -> runtimeService.startProcessInstanceByKey(PromotionProcess.KEY,
                request.code(), variables));
        rounds.setProcessInstance(roundId, instance.getId());
        return new Created(request.code(), RoundStatus.CHO_DUYET_PHUONG_AN, instance.getId());
    }

    /** Which staff type may be promoted by which method on the round's date: the table promotion-methods. */
    private void checkMethod(RuleTables.Table methods, PromotionRoundRequest request) {
        Map<String, Object> row = ruleTables.dmnEngine().evaluateDecisionTable(methods.decision(), Map.of(
                "staffType", request.staffType().name(), "method", request.method().name(),
                "effectiveOn", request.roundDate())).getFirstResult().getEntryMap();
        if (!Boolean.TRUE.equals(row.get("allowed"))) {
            throw new InvalidInputException((String) row.get("field"), "allowedMethod", row.get("reason") + " ("
                    + row.get("citation") + ").");
        }
    }

    /** The target rank or title must have its standards and belong to the round's staff type. */
    private void checkTargetTitle(RuleTables.Table standards, PromotionRoundRequest request) {
        var standard = ruleTables.dmnEngine().evaluateDecisionTable(standards.decision(),
                Map.of("targetTitle", request.targetTitle())).getSingleResult();
        if (standard == null) {
            throw new InvalidInputException("targetTitle", "known", "Chưa có tiêu chuẩn của ngạch, hạng " + request.targetTitle()
                    + " trong bảng promotion-title-standards.");
        }
        Object staffType = standard.getEntry("staffType");
        if (staffType != null && !request.staffType().name().equals(staffType)) {
            throw new InvalidInputException("targetTitle", "staffType", "Ngạch, hạng " + request.targetTitle() + " dành cho "
                    + PromotionVocabulary.StaffType.valueOf((String) staffType).label() + ", kỳ xét dành cho "
                    + request.staffType().label() + " (" + standard.getEntry("citation") + ").");
        }
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

    private static String outcome(Outcome outcome) {
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

    /** One nominee's exam result (promotion by exam). */
    public record ExamScore(String citizenId, java.math.BigDecimal score, Boolean absent) {
    }

    public record ScoresImported(int stored, int awaiting, boolean complete) {
    }

    /**
     * The council's exam results, checked whole before anything is stored: eligible nominees only, 0-100 unless
     * absent. When every eligible nominee has a result the round is ranked.
     */
    @Transactional
    public ScoresImported importScores(String code, List<ExamScore> scores) {
        // Two sheets at once would both complete the scores and move the round twice: one at a time.
        PromotionRepository.RoundRow round = rounds.findForUpdate(code).orElseThrow(() -> new KeyedStatusException(
                HttpStatus.NOT_FOUND, "round_not_found", "Không có kỳ xét " + code + "."));
        if (!RoundStatus.THI.name().equals(round.status())) {
            throw new KeyedStatusException(HttpStatus.CONFLICT, "round_not_examining",
                    "Kỳ xét " + code + " đang ở bước " + round.status() + ": không nhận điểm thi.");
        }
        Map<String, Long> eligible = rounds.nominations(round.id()).stream()
                .filter(n -> NominationStatus.DU_DIEU_KIEN.name().equals(n.status()))
                .collect(Collectors.toMap(PromotionRepository.NominationRow::citizenId, PromotionRepository.NominationRow::id));
        List<Object[]> rows = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < scores.size(); i++) {
            ExamScore score = scores.get(i);
            String field = "scores[" + i + "]";
            if (score.citizenId() == null || !eligible.containsKey(score.citizenId())) {
                throw new InvalidInputException(field + ".citizenId", "candidate", "Người có số định danh " + score.citizenId()
                        + " không thuộc danh sách đủ điều kiện dự thi của kỳ xét.");
            }
            if (!seen.add(score.citizenId())) {
                throw new InvalidInputException(field + ".citizenId", "unique", "Số định danh " + score.citizenId()
                        + " có hai dòng trong bảng điểm.");
            }
            boolean absent = Boolean.TRUE.equals(score.absent());
            if (!absent && (score.score() == null || score.score().signum() < 0
                    || score.score().compareTo(java.math.BigDecimal.valueOf(100)) > 0)) {
                throw new InvalidInputException(field + ".score", "range", "Điểm thi là bắt buộc và phải từ 0 đến 100.");
            }
            rows.add(new Object[] {absent ? null : vn.noivu.bpm.exam.Scoring.round(score.score()), absent,
                    eligible.get(score.citizenId())});
        }
        jdbc.batchUpdate("UPDATE promotion_nomination SET exam_score = ?, exam_absent = ? WHERE id = ?", rows);
        int awaiting = jdbc.queryForObject("""
                SELECT COUNT(*) FROM promotion_nomination WHERE round_id = ? AND status = 'DU_DIEU_KIEN'
                  AND exam_score IS NULL AND (exam_absent IS NULL OR NOT exam_absent)""", Integer.class, round.id());
        if (awaiting == 0) {
            // The council's right is its role, checked by the endpoint: the round moves on as the system.
            system.run(() -> runtimeService.createMessageCorrelation(PromotionProcess.SCORES_IMPORTED)
                    .processInstanceBusinessKey(code).correlateWithResult());
        }
        return new ScoresImported(rows.size(), awaiting, awaiting == 0);
    }

    /** rankPromotionExam: the shared exam ranking with the round's pass rules; a tie across the last place waits. */
    @Transactional
    public Selected rankExam(String code) {
        PromotionRepository.RoundRow round = round(code);
        vn.noivu.bpm.exam.PassRules rules = vn.noivu.bpm.exam.PassRules.fromRuleResult(evaluate(round, EXAM_RULES_KEY));
        Map<String, Long> ids = new HashMap<>();
        List<vn.noivu.bpm.exam.Candidate> candidates = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        jdbc.query("""
                SELECT n.id, p.citizen_id, n.status, n.exam_score, n.exam_absent FROM promotion_nomination n
                JOIN personnel_person p ON p.id = n.person_id WHERE n.round_id = ?""", row -> {
            if (!NominationStatus.DU_DIEU_KIEN.name().equals(row.getString("status"))) {
                updates.add(new Object[] {null, "KHONG_DU_DIEU_KIEN", row.getLong("id")});
                return;
            }
            ids.put(row.getString("citizen_id"), row.getLong("id"));
            boolean absent = Boolean.TRUE.equals(row.getObject("exam_absent"));
            candidates.add(new vn.noivu.bpm.exam.Candidate(row.getString("citizen_id"), row.getBigDecimal("exam_score"),
                    null, null, null, java.math.BigDecimal.ZERO, absent));
        }, round.id());
        List<String> tied = new ArrayList<>();
        long winners = 0;
        for (vn.noivu.bpm.exam.Ranking.Ranked r : vn.noivu.bpm.exam.Ranking.rank(candidates, round.quota(), rules)) {
            String outcome = switch (r.outcome()) {
                case WINNER -> "TRUNG_TUYEN";
                case AWAITING_DECISION -> "CHO_QUYET_DINH";
                default -> "KHONG_TRUNG_TUYEN";
            };
            winners += r.outcome() == Outcome.WINNER ? 1 : 0;
            if (r.outcome() == Outcome.AWAITING_DECISION) {
                tied.add(r.candidate().id() + ": " + r.total());
            }
            updates.add(new Object[] {r.rank(), outcome, ids.get(r.candidate().id())});
        }
        jdbc.batchUpdate("UPDATE promotion_nomination SET rank_position = ?, outcome = ? WHERE id = ?", updates);
        rounds.setStatus(code, RoundStatus.CHO_DUYET_KET_QUA);
        return new Selected(!tied.isEmpty(), summary("Còn " + (round.quota() - winners) + " chỉ tiêu cho " + tied.size()
                + " người bằng điểm sau mọi tiêu chí (" + rules.citation() + ")", tied),
                "Chỉ tiêu " + round.quota() + ": trúng tuyển " + winners + (tied.isEmpty() ? "" : ", chờ quyết định " + tied.size())
                        + ". Điểm đạt " + rules.professionalMinScore() + ". Danh sách: /api/promotion/rounds/" + code + "/results");
    }

    /** publishPromotionResults: the winners are known; they wait for the appointment. */
    @Transactional
    public void publish(String code) {
        PromotionRepository.RoundRow round = round(code);
        jdbc.update("UPDATE promotion_nomination SET appointment_status = ? WHERE round_id = ? AND outcome = 'TRUNG_TUYEN'",
                AppointmentStatus.CHO_BO_NHIEM.name(), round.id());
        rounds.setStatus(code, RoundStatus.DA_CONG_BO_KET_QUA);
    }

    /** The winners due for appointment now, and those whose appointment waits for a discipline matter. */
    public String appointmentSummary(String code) {
        PromotionRepository.RoundRow round = round(code);
        LocalDate today = Deadlines.toLocalDate(ClockUtil.getCurrentTime());
        List<String> lines = new ArrayList<>();
        List<PromotionRepository.NominationRow> nominations = rounds.nominations(round.id());
        Map<String, Person> people = personnel.findAll(nominations.stream().map(PromotionRepository.NominationRow::citizenId).toList());
        for (PromotionRepository.NominationRow n : nominations) {
            if (n.appointmentStatus() != null && !AppointmentStatus.DA_BO_NHIEM.name().equals(n.appointmentStatus())) {
                Person person = people.get(n.citizenId());
                lines.add("- " + n.citizenId() + " " + n.fullName() + ": " + (person.disciplineBars(today)
                        ? "HOÃN bổ nhiệm (đang xem xét kỷ luật, bị kỷ luật hoặc truy cứu)" : "bổ nhiệm"));
            }
        }
        return summary("Bổ nhiệm " + round.targetTitle() + " và xếp lương (Nghị định 115/2020/NĐ-CP Điều 42; "
                + "Nghị định 170/2025/NĐ-CP Điều 24)", lines);
    }

    /**
     * recordAppointments: winners clear of discipline today are appointed under the decision; the others are
     * deferred (Decree 115/2020 Art. 42(1)). Answers whether anyone is still deferred.
     */
    @Transactional
    public boolean appoint(String code, String decision) {
        PromotionRepository.RoundRow round = round(code);
        LocalDate today = Deadlines.toLocalDate(ClockUtil.getCurrentTime());
        List<Object[]> updates = new ArrayList<>();
        boolean deferred = false;
        List<PromotionRepository.NominationRow> nominations = rounds.nominations(round.id());
        Map<String, Person> people = personnel.findAll(nominations.stream().map(PromotionRepository.NominationRow::citizenId).toList());
        for (PromotionRepository.NominationRow n : nominations) {
            if (n.appointmentStatus() == null || AppointmentStatus.DA_BO_NHIEM.name().equals(n.appointmentStatus())) {
                continue;
            }
            boolean bars = people.get(n.citizenId()).disciplineBars(today);
            deferred |= bars;
            updates.add(new Object[] {(bars ? AppointmentStatus.HOAN_BO_NHIEM : AppointmentStatus.DA_BO_NHIEM).name(),
                    bars ? null : decision, n.id()});
        }
        jdbc.batchUpdate("UPDATE promotion_nomination SET appointment_status = ?, appointment_decision = ? WHERE id = ?",
                updates);
        rounds.setStatus(code, deferred ? RoundStatus.BO_NHIEM : RoundStatus.HOAN_THANH);
        return deferred;
    }

    private static String summary(String title, List<String> lines) {
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

    /** The results as the API shows them, in rank order. */
    public Map<String, Object> results(String code) {
        PromotionRepository.RoundRow round = round(code);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("code", round.code());
        results.put("status", round.status());
        results.put("quota", round.quota());
        results.put("nominees", rounds.nominations(round.id()).stream().map(n -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("citizenId", n.citizenId());
            row.put("fullName", n.fullName());
            row.put("eligibility", n.status());
            row.put("reason", n.reason());
            row.put("examScore", n.examScore());
            row.put("rank", n.rank());
            row.put("outcome", n.outcome());
            row.put("appointmentStatus", n.appointmentStatus());
            row.put("appointmentDecision", n.appointmentDecision());
            return row;
        }).toList());
        return results;
    }
}
