package vn.noivu.bpm.recruitment.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.H2Schema;
import vn.noivu.bpm.recruitment.domain.Applicant;
import vn.noivu.bpm.recruitment.domain.RankedRow;

/**
 * What ranking reads and writes, on H2, which the default and demo runs use (PostgreSQL, where the rows go as
 * arrays: RecruitmentRoundTest and the other ranking tests).
 */
class ResultsOnH2Test {

    static JdbcTemplate jdbc;
    static ResultRepository results;
    static ApplicationRepository applications;
    static long roundId;
    static long first;

    @BeforeAll
    static void migrate() {
        JdbcDataSource h2 = H2Schema.migrated("results");
        jdbc = new JdbcTemplate(h2);
        results = new ResultRepository(jdbc);
        applications = new ApplicationRepository(jdbc);
        jdbc.update("""
                INSERT INTO recruitment_round (code, title, agency, method, staff_type, legal_basis, notice_date,
                    application_deadline, status, created_by)
                VALUES ('H2', 'Vòng', 'Sở', 'THI_TUYEN', 'CONG_CHUC', 'ND-170-2025', DATE '2026-01-05',
                    DATE '2026-02-05', 'DANG_NHAN_HO_SO', 'chuyenvien')""");
        roundId = jdbc.queryForObject("SELECT id FROM recruitment_round WHERE code = 'H2'", Long.class);
        jdbc.update("""
                INSERT INTO recruitment_position (round_id, code, title, rank_code, quota, min_degree, round2_format)
                VALUES (?, 'VT', 'Nhân viên', 'NHAN_VIEN', 1, 'TRUNG_CAP', 'VAN_DAP')""", roundId);
        long position = jdbc.queryForObject("SELECT id FROM recruitment_position", Long.class);
        for (int i = 1; i <= 3; i++) {
            jdbc.update("""
                    INSERT INTO recruitment_application (application_number, round_id, position_id, full_name,
                        citizen_id, date_of_birth, gender, email, phone, degree_level, degree_major, priority_points,
                        status, agency_preferences)
                    VALUES (?, ?, ?, ?, ?, DATE '1995-01-01', 'NU', 'a@b.vn', '0912345678', 'DAI_HOC', 'Luật', ?,
                        'DU_DIEU_KIEN', ?)""", "H2-" + i, roundId, position, "Người " + i, "00000000000" + i,
                    i == 1 ? 5 : 0, i == 1 ? "A,B" : null);
        }
        first = jdbc.queryForObject("SELECT MIN(id) FROM recruitment_application", Long.class);
        jdbc.update("INSERT INTO recruitment_score (application_id, stage, score, absent) VALUES (?, 'VONG_2', 61.5, FALSE)",
                first);
        jdbc.update("""
                INSERT INTO recruitment_score (application_id, stage, correct_answers, total_questions, absent)
                VALUES (?, 'VONG_1', 40, 60, FALSE)""", first);
    }

    private static List<RankedRow> stored() {
        return jdbc.query("SELECT * FROM recruitment_result ORDER BY application_id", (row, i) -> new RankedRow(
                row.getBigDecimal("total_score"), (Integer) row.getObject("rank_position"), row.getString("outcome"),
                row.getString("assigned_agency"), row.getLong("application_id")));
    }

    @Test
    void readsTheRoundInOnePassAndWritesOnlyWhatChanged() {
        ResultRepository.RankingInput input = results.rankingInput(roundId);
        assertThat(input.applicants()).extracting(Applicant::id).containsExactly(first, first + 1, first + 2);
        Applicant scored = input.applicants().get(0);
        assertThat(scored.priorityPoints()).isEqualByComparingTo("5");
        assertThat(scored.agencyPreferences()).isEqualTo("A,B");
        assertThat(scored.round1().correct()).isEqualTo(40);
        assertThat(scored.round2().score()).isEqualByComparingTo("61.5");
        assertThat(input.applicants().get(1).round1()).isNull();
        assertThat(input.applicants().get(1).round2()).isNull();
        assertThat(input.stored()).isEmpty();

        List<RankedRow> ranked = List.of(
                new RankedRow(new BigDecimal("66.50"), 1, "TRUNG_TUYEN", "A", first),
                new RankedRow(null, null, "VANG_THI", null, first + 1),
                new RankedRow(null, null, "VANG_THI", null, first + 2));
        results.replaceResults(input.stored(), ranked);
        assertThat(stored()).isEqualTo(ranked);

        // Ranked again: one row changes, one application is no longer ranked (its row goes), one stays.
        Map<Long, RankedRow> before = results.rankingInput(roundId).stored();
        assertThat(before.values()).containsExactlyInAnyOrderElementsOf(ranked);
        List<RankedRow> again = List.of(
                new RankedRow(new BigDecimal("66.50"), 1, "TRUNG_TUYEN", "B", first),
                new RankedRow(null, null, "VANG_THI", null, first + 1));
        results.replaceResults(before, again);
        assertThat(stored()).isEqualTo(again);

        assertThat(applications.shown(List.of(first + 1, first))).containsOnlyKeys(first, first + 1)
                .extractingByKey(first).extracting(ApplicationRepository.Shown::fullName).isEqualTo("Người 1");
    }
}
