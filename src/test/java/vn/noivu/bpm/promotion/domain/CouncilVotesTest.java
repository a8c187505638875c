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
}
