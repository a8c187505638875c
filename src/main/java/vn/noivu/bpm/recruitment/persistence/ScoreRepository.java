package vn.noivu.bpm.recruitment.persistence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ApplicationStatus;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ExamStage;

/** The council's scores (recruitment_score), one row per application and stage. */
@Repository
public class ScoreRepository {

    /** One line of a score sheet as stored. */
    public record ScoreRow(long applicationId, Integer correctAnswers, Integer totalQuestions, BigDecimal score,
                           BigDecimal written, BigDecimal interview, boolean absent, Integer part2Correct,
                           Integer part2Questions) {
    }

    /** An eligible application with its round-1 result (null fields when it has none). */
    public record EligibleRow(long applicationId, String applicationNumber, long positionId, Integer correctAnswers,
                              Integer totalQuestions, Boolean absent, Integer part2Correct, Integer part2Questions) {
    }

    private final JdbcTemplate jdbc;

    public ScoreRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The lines of a sheet replace earlier scores of the same applications and stage. */
    public void replace(ExamStage stage, List<ScoreRow> rows) {
        jdbc.batchUpdate("DELETE FROM recruitment_score WHERE application_id = ? AND stage = ?",
                rows.stream().map(r -> new Object[] {r.applicationId(), stage.name()}).toList());
        jdbc.batchUpdate("""
                INSERT INTO recruitment_score (application_id, stage, correct_answers, total_questions, score, written,
                                               interview, absent, part2_correct, part2_questions)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.stream().map(r -> new Object[] {r.applicationId(),
                stage.name(), r.correctAnswers(), r.totalQuestions(), r.score(), r.written(), r.interview(), r.absent(),
                r.part2Correct(), r.part2Questions()}).toList());
    }

    /** The applications of the round that have a score of the stage. */
    public Set<Long> scored(long roundId, ExamStage stage) {
        return Set.copyOf(jdbc.queryForList("""
                SELECT s.application_id FROM recruitment_score s JOIN recruitment_application a ON a.id = s.application_id
                WHERE a.round_id = ? AND s.stage = ?""", Long.class, roundId, stage.name()));
    }

    /** The round's eligible applications with their round-1 scores. */
    public List<EligibleRow> eligibleWithRound1(long roundId) {
        return jdbc.query("""
                SELECT a.id, a.application_number, a.position_id, s.correct_answers, s.total_questions, s.absent,
                       s.part2_correct, s.part2_questions
                FROM recruitment_application a
                LEFT JOIN recruitment_score s ON s.application_id = a.id AND s.stage = ?
                WHERE a.round_id = ? AND a.status = ?""", (row, i) -> new EligibleRow(row.getLong("id"),
                row.getString("application_number"), row.getLong("position_id"),
                (Integer) row.getObject("correct_answers"), (Integer) row.getObject("total_questions"),
                (Boolean) row.getObject("absent"), (Integer) row.getObject("part2_correct"),
                (Integer) row.getObject("part2_questions")), ExamStage.VONG_1.name(), roundId,
                ApplicationStatus.DU_DIEU_KIEN.name());
    }
}
