package vn.noivu.bpm.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parts of the promotion decisions computed outside the templates. */
class PromotionDocumentsTest {

    @SuppressWarnings("unchecked")
    private static List<String> roles(int members, boolean civilServants) {
        return PromotionDocuments.councilRoles(members, civilServants).stream()
                .map(seat -> ((Map<String, String>) seat).get("role")).toList();
    }

    @Test
    void aPublicEmployeesCouncilHasAViceChairACivilServantsCouncilNeedNot() {
        // Decree 115/2020 Art. 38: 5 or 7 members, the chair, the vice-chair, one member the secretary.
        assertThat(roles(5, false)).containsExactly("Chủ tịch Hội đồng", "Phó Chủ tịch Hội đồng", "Ủy viên",
                "Ủy viên", "Ủy viên kiêm Thư ký");
        // Decree 170/2025 Art. 24(2)(a): an odd number of members, no vice-chair required.
        assertThat(roles(3, true)).containsExactly("Chủ tịch Hội đồng", "Ủy viên", "Ủy viên kiêm Thư ký");
    }

    @Test
    void aCitationOfARuleTableLosesItsExplanationNotItsArticle() {
        assertThat(PromotionDocuments.article("Nghị định 115/2020/NĐ-CP, Điều 38: Hội đồng 05 hoặc 07 thành viên"))
                .isEqualTo("Nghị định 115/2020/NĐ-CP, Điều 38");
        assertThat(PromotionDocuments.article("Nghị định 170/2025/NĐ-CP, Điều 23-24"))
                .isEqualTo("Nghị định 170/2025/NĐ-CP, Điều 23-24");
    }
}
