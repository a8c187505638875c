package vn.noivu.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.H2Schema;

/** The default run uses H2: every migration must apply there too (PostgreSQL is covered by StartupTest). */
class MigrationsOnH2Test {

    @Test
    void everyMigrationAppliesOnH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1");
        MigrateResult result = H2Schema.migrate(h2);

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isPositive();
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        jdbc.update("insert into org_unit (code, name) values ('SNV-HN', 'Sở Nội vụ thành phố Hà Nội')");
        jdbc.update("insert into org_unit (code, name, parent_code) values ('SNV-HN-CCVT', 'Phòng Công chức, viên chức', 'SNV-HN')");
        assertThat(jdbc.queryForObject("select count(*) from org_unit where parent_code = 'SNV-HN' and active", Integer.class))
                .isEqualTo(1);
    }
}
