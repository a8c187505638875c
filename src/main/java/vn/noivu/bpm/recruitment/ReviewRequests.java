package vn.noivu.bpm.recruitment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.exam.Remarking;
import vn.noivu.bpm.platform.notification.ApplicantNotifications;
import vn.noivu.bpm.platform.rules.RuleTables;
import vn.noivu.bpm.platform.security.SystemAction;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.platform.web.KeyedStatusException;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ApplicationEvent;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.RoundStatus;

/**
 * Review requests (phúc khảo) of paper written exams: filed by applicants within the window the rule table gives,
 * re-marked by the council, and the adopted score used when the round is ranked.
 */
@Service
public class ReviewRequests {

    public static final String RULES_KEY = "recruitment-review-marking";

    public record Rules(int windowWorkingDays, BigDecimal adoptionThreshold, String citation) {
    }

    public record Filed(String applicationNumber, String status, Instant filedAt, Instant windowEnd) {
    }

    /** A re-marked paper: the two (or three) markers' scores. */
    public record Remark(String applicationNumber, BigDecimal marker1, BigDecimal marker2, BigDecimal marker3) {
    }

    public record Remarked(int stored, int awaiting, int toCouncil) {
    }

    private final RoundRepository rounds;
    private final ApplicationRepository applications;
    private final ApplicantNotifications notifications;
    private final RuleTables ruleTables;
    private final RoundRules roundRules;
    private final RuntimeService runtimeService;
    private final SystemAction system;
    private final JdbcTemplate jdbc;

    public ReviewRequests(RoundRepository rounds, ApplicationRepository applications,
                          ApplicantNotifications notifications, RuleTables ruleTables, RoundRules roundRules,
                          RuntimeService runtimeService, SystemAction system, JdbcTemplate jdbc) {
        this.roundRules = roundRules;
        this.rounds = rounds;
        this.applications = applications;
        this.notifications = notifications;
        this.ruleTables = ruleTables;
        this.runtimeService = runtimeService;
        this.system = system;
        this.jdbc = jdbc;
    }

    /** The review rules of the round's legal basis, in force on its notice date, from its own version of the table. */
    public Rules rules(RoundRepository.RoundRow round) {
        Map<String, Object> result = ruleTables.dmnEngine().evaluateDecisionTable(
                roundRules.table(round.id(), RULES_KEY).decision(), RoundRules.inputs(round)).getSingleResult().getEntryMap();
        return new Rules(((Number) result.get("windowWorkingDays")).intValue(),
                new BigDecimal(result.get("adoptionThreshold").toString()), (String) result.get("citation"));
    }

    private record Paper(long applicationId, String citizenId, String roundCode, String roundStatus,
                         Timestamp windowEnd, String round2Format, BigDecimal score, BigDecimal written,
                         Boolean absent) {
    }

    @Transactional
    public Filed file(String applicationNumber, String citizenId, String reason) {
        Paper paper = jdbc.query("""
                SELECT a.id, a.citizen_id, r.code, r.status, r.review_window_end, p.round2_format, s.score, s.written,
                       s.absent
                FROM recruitment_application a JOIN recruitment_round r ON r.id = a.round_id
                JOIN recruitment_position p ON p.id = a.position_id
                LEFT JOIN recruitment_score s ON s.application_id = a.id AND s.stage = 'VONG_2'
                WHERE a.application_number = ?""", (row, i) -> new Paper(row.getLong(1), row.getString(2),
                row.getString(3), row.getString(4), row.getTimestamp(5), row.getString(6), row.getBigDecimal(7),
                row.getBigDecimal(8), (Boolean) row.getObject(9)), applicationNumber).stream()
                .filter(p -> p.citizenId().equals(citizenId)).findFirst()
                .orElseThrow(() -> new KeyedStatusException(HttpStatus.NOT_FOUND, "application_not_found",
                        "Không tìm thấy Phiếu đăng ký với số và số định danh cá nhân đã nhập."));
        BigDecimal published = "VIET_PHONG_VAN".equals(paper.round2Format()) ? paper.written() : paper.score();
        if (!"VIET".equals(paper.round2Format()) && !"VIET_PHONG_VAN".equals(paper.round2Format())) {
            throw new KeyedStatusException(HttpStatus.CONFLICT, "review_not_available",
                    "Chỉ phúc khảo bài thi viết trên giấy; vị trí này thi " + paper.round2Format() + ".");
        }
        Instant now = ClockUtil.getCurrentTime().toInstant();
        if (!RoundStatus.PHUC_KHAO.name().equals(paper.roundStatus()) || paper.windowEnd() == null
                || now.isAfter(paper.windowEnd().toInstant())) {
            throw new KeyedStatusException(HttpStatus.CONFLICT, "review_window_closed",
                    "Kỳ tuyển dụng " + paper.roundCode() + " không trong thời hạn nhận đơn phúc khảo"
                            + (paper.windowEnd() == null ? "." : " (hết ngày " + DATE.format(
                            paper.windowEnd().toInstant().atZone(Deadlines.ZONE)) + ")."));
        }
        if (published == null || Boolean.TRUE.equals(paper.absent())) {
            throw new KeyedStatusException(HttpStatus.CONFLICT, "review_not_available",
                    "Phiếu " + applicationNumber + " không có bài thi viết để phúc khảo.");
        }
        try {
            jdbc.update("""
                    INSERT INTO recruitment_review_request (application_id, filed_at, reason, published_score)
                    VALUES (?, ?, ?, ?)""", paper.applicationId(), Timestamp.from(now), reason, published);
        } catch (DuplicateKeyException e) {
            throw new KeyedStatusException(HttpStatus.CONFLICT, "review_already_requested",
                    "Phiếu " + applicationNumber + " đã có đơn phúc khảo.");
        }
        List<Object[]> event = new ArrayList<>();
        event.add(new Object[] {paper.applicationId(), ApplicationEvent.DA_NOP_DON_PHUC_KHAO.name(),
                "Điểm thi viết đã công bố: " + published});
        applications.addEvents(event);
        return new Filed(applicationNumber, ApplicationEvent.DA_NOP_DON_PHUC_KHAO.name(), now,
                paper.windowEnd().toInstant());
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** How many requests the round has: the process waits for their re-marking only when there are some. */
    public int count(String roundCode) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM recruitment_review_request q JOIN recruitment_application a ON a.id = q.application_id
                JOIN recruitment_round r ON r.id = a.round_id WHERE r.code = ?""", Integer.class, roundCode);
    }

    /**
     * The council's re-marking, checked whole before anything is stored. A re-marked score within the threshold
     * is adopted; from the threshold on, the council decides (confirmReviewScores). When every request is
     * re-marked the round moves on.
     */
    @Transactional
    public Remarked importRemarks(RoundRepository.RoundRow round, List<Remark> remarks) {
        if (!RoundStatus.PHUC_KHAO.name().equals(round.status()) || round.reviewWindowEnd() == null
                || ClockUtil.getCurrentTime().toInstant().isBefore(round.reviewWindowEnd())) {
            throw new InvalidInputException("stage", "order", "Điểm phúc khảo chỉ nhận sau khi hết thời hạn nhận đơn "
                    + "phúc khảo; kỳ tuyển dụng đang ở bước " + round.status() + ".");
        }
        Map<String, long[]> requests = new HashMap<>();
        Map<Long, BigDecimal> published = new HashMap<>();
        jdbc.query("""
                SELECT a.id, a.application_number, q.published_score FROM recruitment_review_request q
                JOIN recruitment_application a ON a.id = q.application_id WHERE a.round_id = ?""", row -> {
            requests.put(row.getString(2), new long[] {row.getLong(1)});
            published.put(row.getLong(1), row.getBigDecimal(3));
        }, round.id());
        Rules rules = rules(round);
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < remarks.size(); i++) {
            Remark remark = remarks.get(i);
            String field = "scores[" + i + "]";
            long[] id = requests.get(remark.applicationNumber());
            if (id == null) {
                throw new InvalidInputException(field + ".applicationNumber", "candidate", "Phiếu "
                        + remark.applicationNumber() + " không có đơn phúc khảo trong kỳ tuyển dụng.");
            }
            if (!seen.add(id[0])) {
                throw new InvalidInputException(field + ".applicationNumber", "unique",
                        "Phiếu " + remark.applicationNumber() + " có hai dòng trong bảng điểm.");
            }
            score(remark.marker1(), field + ".marker1", true);
            score(remark.marker2(), field + ".marker2", true);
            score(remark.marker3(), field + ".marker3", false);
            BigDecimal review;
            try {
                review = Remarking.reviewScore(remark.marker1(), remark.marker2(), remark.marker3());
            } catch (Remarking.ThirdMarkerRequired e) {
                throw new InvalidInputException(field + ".marker3", "required", "Hai người chấm phúc khảo cho điểm "
                        + "khác nhau: cần điểm của người chấm thứ ba (Thông tư 22/2025/TT-BNV Điều 17).");
            }
            boolean toCouncil = Remarking.needsCouncil(published.get(id[0]), review, rules.adoptionThreshold());
            rows.add(new Object[] {remark.marker1(), remark.marker2(), remark.marker3(), review, toCouncil,
                    toCouncil ? null : review, id[0]});
            if (!toCouncil) {
                events.add(new Object[] {id[0], ApplicationEvent.CO_KET_QUA_PHUC_KHAO.name(),
                        "Điểm sau phúc khảo: " + review});
            }
        }
        jdbc.batchUpdate("""
                UPDATE recruitment_review_request SET marker1 = ?, marker2 = ?, marker3 = ?, review_score = ?,
                    needs_council = ?, adopted_score = ? WHERE application_id = ?""", rows);
        applications.addEvents(events);
        int awaiting = jdbc.queryForObject("""
                SELECT COUNT(*) FROM recruitment_review_request q JOIN recruitment_application a ON a.id = q.application_id
                WHERE a.round_id = ? AND q.review_score IS NULL""", Integer.class, round.id());
        int toCouncil = jdbc.queryForObject("""
                SELECT COUNT(*) FROM recruitment_review_request q JOIN recruitment_application a ON a.id = q.application_id
                WHERE a.round_id = ? AND q.needs_council""", Integer.class, round.id());
        if (awaiting == 0) {
            notifyAdopted(round);
            system.run(() -> runtimeService.createMessageCorrelation(RecruitmentProcess.REVIEW_SCORES_IMPORTED)
                    .processInstanceBusinessKey(round.code())
                    .setVariable(RecruitmentProcess.REVIEW_SCORES_TO_CONFIRM, toCouncil > 0)
                    .setVariable(RecruitmentProcess.REVIEW_SUMMARY, councilSummary(round))
                    .correlateWithResult());
        }
        return new Remarked(rows.size(), awaiting, toCouncil);
    }

    /** confirmReviewScores: after meeting (minuted), the council adopts the re-marked scores or keeps the published ones. */
    @Transactional
    public void decide(String roundCode, boolean adoptReviewScores, String minutes) {
        RoundRepository.RoundRow round = rounds.find(roundCode).orElseThrow();
        List<Object[]> events = new ArrayList<>();
        jdbc.query("""
                SELECT q.application_id, q.review_score, q.published_score FROM recruitment_review_request q
                JOIN recruitment_application a ON a.id = q.application_id
                WHERE a.round_id = ? AND q.needs_council AND q.adopted_score IS NULL""", row -> {
            BigDecimal adopted = adoptReviewScores ? row.getBigDecimal(2) : row.getBigDecimal(3);
            events.add(new Object[] {row.getLong(1), ApplicationEvent.CO_KET_QUA_PHUC_KHAO.name(),
                    "Điểm sau phúc khảo: " + adopted + " (Hội đồng quyết định sau đối thoại: " + minutes + ")"});
        }, round.id());
        jdbc.update("""
                UPDATE recruitment_review_request SET adopted_score = CASE WHEN ? THEN review_score ELSE published_score END
                WHERE needs_council AND adopted_score IS NULL
                  AND application_id IN (SELECT id FROM recruitment_application WHERE round_id = ?)""",
                adoptReviewScores, round.id());
        applications.addEvents(events);
        notifyAdopted(round);
    }

    /** The adopted scores after review of a round, by application: ranking uses them instead of the published ones. */
    public Map<Long, BigDecimal> adoptedScores(long roundId) {
        Map<Long, BigDecimal> adopted = new HashMap<>();
        jdbc.query("""
                SELECT q.application_id, q.adopted_score FROM recruitment_review_request q
                JOIN recruitment_application a ON a.id = q.application_id
                WHERE a.round_id = ? AND q.adopted_score IS NOT NULL""",
                row -> { adopted.put(row.getLong(1), row.getBigDecimal(2)); }, roundId);
        return adopted;
    }

    private String councilSummary(RoundRepository.RoundRow round) {
        List<String> lines = jdbc.query("""
                SELECT a.application_number, q.published_score, q.review_score FROM recruitment_review_request q
                JOIN recruitment_application a ON a.id = q.application_id
                WHERE a.round_id = ? AND q.needs_council ORDER BY a.id""",
                (row, i) -> "- " + row.getString(1) + ": điểm đã công bố " + row.getBigDecimal(2)
                        + ", điểm phúc khảo " + row.getBigDecimal(3), round.id());
        return RecruitmentProcess.summary(lines, rules(round).citation());
    }

    private void notifyAdopted(RoundRepository.RoundRow round) {
        notifications.record(jdbc.query("""
                SELECT a.application_number, a.email, a.full_name, q.published_score, q.adopted_score
                FROM recruitment_review_request q JOIN recruitment_application a ON a.id = q.application_id
                WHERE a.round_id = ? AND q.adopted_score IS NOT NULL""",
                (row, i) -> new ApplicantNotifications.Message(RecruitmentMilestone.REVIEW_RESULT, row.getString(1),
                        row.getString(2), row.getString(3), round.title(), "Điểm đã công bố: " + row.getBigDecimal(4)
                        + "; điểm sau phúc khảo: " + row.getBigDecimal(5) + ".", null), round.id()));
    }

    private static void score(BigDecimal value, String field, boolean required) {
        if (value == null ? required : value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException(field, "range", "Điểm chấm phúc khảo là bắt buộc và phải từ 0 đến 100.");
        }
    }
}
