package vn.noivu.bpm.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.H2Schema;
import vn.noivu.bpm.personnel.AwardVocabulary.Kind;
import vn.noivu.bpm.personnel.AwardVocabulary.Source;
import vn.noivu.bpm.personnel.AwardVocabulary.Title;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.platform.web.InvalidInputException;

/**
 * The award register's SQL on H2, which the default and demo runs use (PostgreSQL: AwardApiTest): the streaks of
 * the worked examples C5 and C6, duplicates, and the achievement promotion reads.
 */
class AwardRegisterOnH2Test {

    static JdbcTemplate jdbc;
    static AwardRegister register;
    static PersonnelRepository personnel;

    @BeforeAll
    static void migrate() {
        JdbcDataSource h2 = H2Schema.migrated("awards");
        jdbc = new JdbcTemplate(h2);
        AwardRepository awards = new AwardRepository(jdbc);
        personnel = new PersonnelRepository(jdbc, awards);
        register = new AwardRegister(awards, personnel);
    }

    private static Person person(String citizenId, Person.Achievement imported) {
        return new Person(citizenId, "Người " + citizenId.substring(8), "NU", LocalDate.of(1985, 1, 1), "Kinh", false,
                "CONG_CHUC", "SNV", "Sở Nội vụ", "01.003", "Chuyên viên", LocalDate.of(2015, 1, 1), 0, null, Map.of(),
                null, imported);
    }

    private static void give(Award.Holder holder, Title title, int year, Kind kind) {
        register.record(new Award.Decision(year + "/QĐ-SNV", LocalDate.of(year, 12, 20), "Giám đốc Sở Nội vụ"),
                List.of(new Award.Given(holder, title, year, kind)), Source.NHAP_TAY, null, "chuyenvien");
    }

    @Test
    void c5ThreeConsecutiveYearsOfChienSiThiDuaCoSoAreAStreakOfThree() {
        personnel.save(List.of(person("001085000501", null)));
        Award.Holder c5 = Award.Holder.person("001085000501");
        for (int year : List.of(2023, 2024, 2025)) {
            give(c5, Title.CHIEN_SI_THI_DUA_CO_SO, year, Kind.CONG_TRANG);
        }
        assertThat(register.streak(c5, Title.CHIEN_SI_THI_DUA_CO_SO, 2025)).as("C5, P5").isEqualTo(3);
        assertThat(register.streak(c5, Title.CHIEN_SI_THI_DUA_CO_SO, 2024)).isEqualTo(2);
        assertThat(register.streak(c5, Title.CHIEN_SI_THI_DUA_CO_SO, 2026)).as("no award in 2026").isZero();
        assertThat(register.streak(c5, Title.CHIEN_SI_THI_DUA_TINH, 2025)).isZero();
    }

    @Test
    void c6AMissingYearBreaksTheStreakWhichRestarts() {
        personnel.save(List.of(person("001085000601", null)));
        Award.Holder c6 = Award.Holder.person("001085000601");
        for (int year : List.of(2022, 2023, 2025)) {
            give(c6, Title.CHIEN_SI_THI_DUA_CO_SO, year, Kind.CONG_TRANG);
        }
        assertThat(register.streak(c6, Title.CHIEN_SI_THI_DUA_CO_SO, 2025)).as("C6, P5: 2024 missing").isEqualTo(1);
        assertThat(register.streak(c6, Title.CHIEN_SI_THI_DUA_CO_SO, 2023)).isEqualTo(2);
    }

    @Test
    void aSuddenAwardDoesNotCountTowardAMeritStreak() {
        personnel.save(List.of(person("001085000701", null)));
        Award.Holder holder = Award.Holder.person("001085000701");
        give(holder, Title.CHIEN_SI_THI_DUA_TINH, 2024, Kind.DOT_XUAT);
        give(holder, Title.CHIEN_SI_THI_DUA_TINH, 2025, Kind.CONG_TRANG);
        assertThat(register.streak(holder, Title.CHIEN_SI_THI_DUA_TINH, 2025)).as("P5c, Decree 152/2025 Art. 4(3)").isEqualTo(1);
        Award.Holder unit = Award.Holder.collective("PHONG-CCVC", "Phòng Công chức, viên chức");
        give(unit, Title.TAP_THE_LAO_DONG_XUAT_SAC, 2024, Kind.CONG_TRANG);
        give(unit, Title.TAP_THE_LAO_DONG_XUAT_SAC, 2025, Kind.CONG_TRANG);
        assertThat(register.streak(unit, Title.TAP_THE_LAO_DONG_XUAT_SAC, 2025)).isEqualTo(2);
    }

    @Test
    void aDecisionIsRecordedWholeOrNotAtAll() {
        personnel.save(List.of(person("001085000801", null), person("001085000802", null)));
        Award.Decision decision = new Award.Decision("15/QĐ-UBND", LocalDate.of(2026, 1, 15), "Chủ tịch UBND tỉnh");
        Award.Given first = new Award.Given(Award.Holder.person("001085000801"), Title.BANG_KHEN_TINH, 2025, Kind.CONG_TRANG);
        Award.Given second = new Award.Given(Award.Holder.person("001085000802"), Title.BANG_KHEN_TINH, 2025, Kind.CONG_TRANG);
        assertThatThrownBy(() -> register.record(decision, List.of(first, first), Source.QUY_TRINH, "TDKT-2025", "system"))
                .isInstanceOf(Refused.class).hasMessageContaining("đã có");
        assertThatThrownBy(() -> register.record(decision, List.of(first, new Award.Given(Award.Holder.person("001085000899"),
                Title.BANG_KHEN_TINH, 2025, Kind.CONG_TRANG)), Source.QUY_TRINH, null, "system"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("001085000899");
        assertThatThrownBy(() -> register.record(decision, List.of(new Award.Given(Award.Holder.person("001085000801"),
                Title.CO_THI_DUA_TINH, 2025, Kind.CONG_TRANG)), Source.QUY_TRINH, null, "system"))
                .as("a collective's flag").isInstanceOf(InvalidInputException.class).hasMessageContaining("cá nhân");
        assertThat(register.ofPerson("001085000801")).isEmpty();

        assertThat(register.record(decision, List.of(first, second), Source.QUY_TRINH, "TDKT-2025", "system")).isEqualTo(2);
        assertThatThrownBy(() -> register.record(decision, List.of(second), Source.QUY_TRINH, null, "system"))
                .isInstanceOf(Refused.class).hasMessageContaining("Bằng khen");
        assertThat(register.ofPerson("001085000802")).singleElement().satisfies(a -> {
            assertThat(a.holder().fullName()).isEqualTo("Người 0802");
            assertThat(a.source()).isEqualTo(Source.QUY_TRINH);
            assertThat(a.sourceReference()).isEqualTo("TDKT-2025");
        });
    }

    @Test
    void theRegistersAwardRaisesTheAchievementPromotionReads() {
        personnel.save(List.of(person("001085000901", new Person.Achievement("Giấy khen", "CO_SO", 2020))));
        assertThat(personnel.find("001085000901").orElseThrow().achievement().level()).isEqualTo("CO_SO");
        give(Award.Holder.person("001085000901"), Title.CHIEN_SI_THI_DUA_TINH, 2025, Kind.CONG_TRANG);
        Person.Achievement read = personnel.find("001085000901").orElseThrow().achievement();
        assertThat(read).isEqualTo(new Person.Achievement("Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh", "BO_TINH", 2025));
        assertThat(jdbc.queryForObject("SELECT level FROM personnel_achievement a JOIN personnel_person p ON p.id = a.person_id"
                + " WHERE p.citizen_id = '001085000901'", String.class)).as("the import stays as imported").isEqualTo("CO_SO");
    }
}
