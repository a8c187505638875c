package vn.noivu.bpm.recruitment.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.noivu.bpm.PostgresIntegrationTest;

/**
 * On PostgreSQL a result names an application through statement triggers instead of a foreign key (migration
 * db/vendor/postgresql/V29): the same refusals, checked once per statement.
 */
@PostgresIntegrationTest
class ResultIntegrityTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aResultNeedsItsApplicationAndAnApplicationWithAResultStays() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            long application = application();
            jdbc.update("INSERT INTO recruitment_result (application_id, total_score, rank_position, outcome) "
                    + "VALUES (?, 70.5, 1, 'TRUNG_TUYEN')", application);
            assertThat(jdbc.queryForObject("SELECT outcome FROM recruitment_result WHERE application_id = ?",
                    String.class, application)).isEqualTo("TRUNG_TUYEN");

            assertThat(refusal("INSERT INTO recruitment_result (application_id, outcome) "
                    + "SELECT id + 1000000000, 'TRUNG_TUYEN' FROM recruitment_application WHERE id = ?", application))
                    .hasMessageContaining("names no recruitment_application");
            assertThat(refusal("UPDATE recruitment_result SET application_id = -1 WHERE application_id = ?",
                    application)).hasMessageContaining("names no recruitment_application");
            assertThat(refusal("DELETE FROM recruitment_application WHERE id = ?", application))
                    .hasMessageContaining("still names it");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recruitment_result WHERE application_id = ?",
                    Integer.class, application)).isEqualTo(1);
            status.setRollbackOnly();
        });
    }

    /** The error of a statement PostgreSQL refuses, undone to a savepoint so that the test's transaction goes on. */
    private DataIntegrityViolationException refusal(String sql, Object... args) {
        jdbc.execute("SAVEPOINT refused");
        try {
            jdbc.update(sql, args);
        } catch (DataIntegrityViolationException refused) {
            jdbc.execute("ROLLBACK TO SAVEPOINT refused");
            return refused;
        }
        throw new AssertionError("not refused: " + sql);
    }

    /** A round, a position and one application, written directly (rolled back with the test's transaction). */
    private long application() {
        String code = "TOAN-VEN-" + System.nanoTime() % 1_000_000;
        Long round = jdbc.queryForObject("""
                INSERT INTO recruitment_round (code, title, agency, method, staff_type, legal_basis, notice_date,
                    application_deadline, status, created_by)
                VALUES (?, 'Kiểm tra ràng buộc', 'Sở Nội vụ', 'THI_TUYEN', 'CONG_CHUC', 'ND_170_2025', CURRENT_DATE,
                    CURRENT_DATE + 30, 'NHAN_PHIEU', 'chuyenvien') RETURNING id""", Long.class, code);
        Long position = jdbc.queryForObject("""
                INSERT INTO recruitment_position (round_id, code, title, rank_code, quota, min_degree, round2_format)
                VALUES (?, 'VT', 'Chuyên viên', 'CHUYEN_VIEN', 1, 'DAI_HOC', 'VAN_DAP') RETURNING id""", Long.class, round);
        return jdbc.queryForObject("""
                INSERT INTO recruitment_application (application_number, round_id, position_id, full_name, citizen_id,
                    date_of_birth, gender, email, phone, degree_level, degree_major, status)
                VALUES (?, ?, ?, 'Nguyễn Văn Kiểm', '001099000123', DATE '1999-01-01', 'NAM', 'kiem@example.vn',
                    '0900000000', 'DAI_HOC', 'Luật', 'TIEP_NHAN') RETURNING id""", Long.class, code + "-00001", round,
                position);
    }
}
