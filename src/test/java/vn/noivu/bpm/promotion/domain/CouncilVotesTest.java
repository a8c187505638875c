package vn.noivu.bpm.promotion.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.noivu.bpm.exam.Outcome;
import vn.noivu.bpm.promotion.PromotionVocabulary;

/** The council's vote lines of the recordAssessment form, and the outcomes a round publishes. */
class CouncilVotesTest {

    @Test
    void aVoteCarriesOnAMajorityOfThoseVotingAndOnTheChairsSideWhenEqual() {
        assertThat(CouncilVotes.notCarried("""
                001; 3; 2
                002; 2; 2; x

                003; 2; 2
                004; 1; 4; x""", 5)).containsExactlyInAnyOrder("003", "004");
    }

    @Test
    void aLineWithMoreVotesThanMembersPresentOrNotNumbersIsNamed() {
        assertThatThrownBy(() -> CouncilVotes.notCarried("001; 3; 2\n002; 4; 3", 5))
                .isInstanceOfSatisfying(CouncilVotes.MalformedLine.class, e -> assertThat(e.line()).isEqualTo(2));
        assertThatThrownBy(() -> CouncilVotes.notCarried("001; ba; 2", 5))
                .isInstanceOfSatisfying(CouncilVotes.MalformedLine.class, e -> assertThat(e.line()).isEqualTo(1));
        assertThatThrownBy(() -> CouncilVotes.notCarried("001", 5)).isInstanceOf(CouncilVotes.MalformedLine.class);
    }

    @Test
    void citizenIdsAreCommaSeparatedBlanksIgnored() {
        assertThat(CouncilVotes.citizenIds(" 001, ,002 ,")).containsExactlyInAnyOrder("001", "002");
        assertThat(CouncilVotes.citizenIds(null)).isEmpty();
    }

    @Test
    void theSharedOutcomesMapToThePublishedOnesAndBack() {
        assertThat(Selections.published(Outcome.WINNER)).isEqualTo(PromotionVocabulary.Outcome.TRUNG_TUYEN);
        assertThat(Selections.published(Outcome.AWAITING_DECISION)).isEqualTo(PromotionVocabulary.Outcome.CHO_QUYET_DINH);
        assertThat(Selections.published(Outcome.FAILED)).isEqualTo(PromotionVocabulary.Outcome.KHONG_TRUNG_TUYEN);
        for (PromotionVocabulary.Outcome ranked : new PromotionVocabulary.Outcome[] {
                PromotionVocabulary.Outcome.TRUNG_TUYEN, PromotionVocabulary.Outcome.CHO_QUYET_DINH,
                PromotionVocabulary.Outcome.KHONG_TRUNG_TUYEN}) {
            assertThat(Selections.published(Selections.shared(ranked))).isEqualTo(ranked);
        }
    }

    @Test
    void voteRowsCarryByMajorityOrTheChairAndAreCheckedAgainstMembersPresent() {
        java.util.List<CouncilVotes.Vote> rows = java.util.List.of(
                new CouncilVotes.Vote("A", "Hồ Thị Thu", 4, 1, false),
                new CouncilVotes.Vote("B", "Lý Văn Đức", 1, 4, true),
                new CouncilVotes.Vote("C", "Trần Văn Bình", 2, 2, true),
                new CouncilVotes.Vote("D", "Lê Văn Em", 2, 2, false),
                new CouncilVotes.Vote("E", "Không biểu quyết", null, null, false));
        assertThat(CouncilVotes.notCarried(rows, 5)).containsExactlyInAnyOrder("B", "D");
        assertThatThrownBy(() -> CouncilVotes.notCarried(java.util.List.of(rows.get(0),
                new CouncilVotes.Vote("F", "Ngô Thị Gấm", 4, 3, false)), 5))
                .isInstanceOfSatisfying(CouncilVotes.BadRow.class, e -> {
                    assertThat(e.row()).isEqualTo(2);
                    assertThat(e.nominee()).isEqualTo("Ngô Thị Gấm");
                    assertThat(e.getMessage()).contains("số thành viên dự họp (5)");
                });
        assertThatThrownBy(() -> CouncilVotes.notCarried(java.util.List.of(new CouncilVotes.Vote("G", "G", 3, null, false)), 5))
                .hasMessageContaining("cả số phiếu");
    }
}
