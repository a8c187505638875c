package vn.noivu.bpm.commendation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;
import vn.noivu.bpm.commendation.domain.ProposalCutoff;
import vn.noivu.bpm.commendation.domain.ProposalItemStatus;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ItemRow;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ObjectionRow;

/**
 * What the forms show of a proposal: names with masked citizen IDs, and what the public wrote as plain text (never a
 * link, an image or a heading in the Tasklist); the ids the forms send back; the cut-off's last day.
 */
class CommendationProposalSummariesTest {

    private static ItemRow person(long id, String name) {
        return new ItemRow(id, 1, (int) id, "CA_NHAN", "001200000101", name, null, null, "BANG_KHEN_TINH",
                "Hai năm *xuất sắc*", "DU_DIEU_KIEN", "Đủ điều kiện", "Luật Điều 74", false, null, null,
                ProposalItemStatus.DE_NGHI, null, null, null);
    }

    @Test
    void aNomineeIsNamedWithTheCitizenIdMasked() {
        assertThat(ProposalSummaries.nominee(person(1, "Lê Thị Xuân"))).contains("Lê Thị Xuân", "0101",
                "Bằng khen").doesNotContain("001200000101");
        assertThat(ProposalSummaries.items(List.of(person(1, "Lê Thị Xuân")))).doesNotContain("001200000101")
                .contains("Lê Thị Xuân", "\\*xuất sắc\\*");
    }

    @Test
    void whatThePublicWroteIsShownAsTextNotMarkdown() {
        ObjectionRow hostile = new ObjectionRow(1, 1, 1L, "[Bấm vào đây](javascript:alert(1))", "![x](http://evil/x.png)",
                "# Tiêu đề\n<script>alert(1)</script> **đậm**", Instant.now());
        String text = ProposalSummaries.objections(List.of(hostile), List.of(person(1, "Lê Thị Xuân")));
        assertThat(text).doesNotContain("](", "![", "<script>", "\n#").contains("\\[Bấm vào đây\\]", "\\<script\\>",
                "\\*\\*đậm\\*\\*", "Lê Thị Xuân");
    }

    @Test
    void ticksAreReadAsItemIdsAndAnythingElseIsRefused() {
        assertThat(ProposalSummaries.ids("[\"3\", \"5\"]", "approvedItems")).containsExactlyInAnyOrder(3L, 5L);
        assertThat(ProposalSummaries.ids("3, 5", "approvedItems")).containsExactlyInAnyOrder(3L, 5L);
        assertThat(ProposalSummaries.ids(null, "approvedItems")).isEmpty();
        assertThatThrownBy(() -> ProposalSummaries.ids("[\"x\"]", "approvedItems"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("approvedItems");
        assertThatThrownBy(() -> ProposalSummaries.ids("{\"a\": 1}", "approvedItems"))
                .isInstanceOf(BadUserRequestException.class);
    }

    @Test
    void theCutOffOfAYearFollowsItsRow() {
        ProposalCutoff row = new ProposalCutoff(LocalDate.of(2024, 1, 1), 1, 3, 31, "CHƯA XÁC NHẬN");
        assertThat(row.lastDay(2026)).isEqualTo(LocalDate.of(2027, 3, 31));
    }
}
