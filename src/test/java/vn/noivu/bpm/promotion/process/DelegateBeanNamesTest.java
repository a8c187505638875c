package vn.noivu.bpm.promotion.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;

/**
 * Each delegate of promotion-round is named promotion + its BPMN task id, and keeps the name instances started on
 * the earlier model call it by (LegacyBeanNameAliases makes it an alias; ProjectModelsFollowTheRulesTest resolves it).
 */
class DelegateBeanNamesTest {

    private record Renamed(Class<?> delegate, String old, String renamed) {
    }

    private static final List<Renamed> RENAMED = List.of(
            new Renamed(OpenNominations.class, "openPromotionNominations", "promotionOpenNominations"),
            new Renamed(CheckEligibility.class, "checkPromotionEligibility", "promotionCheckEligibility"),
            new Renamed(ApplyAssessment.class, "applyPromotionAssessment", "promotionApplyAssessment"),
            new Renamed(SelectWinners.class, "selectPromotionWinners", "promotionSelectWinners"),
            new Renamed(RankExamCandidates.class, "rankPromotionExam", "promotionRankExamCandidates"),
            new Renamed(ApplyTieDecision.class, "applyPromotionTieDecision", "promotionApplyTieDecision"),
            new Renamed(PublishResults.class, "publishPromotionResults", "promotionPublishResults"),
            new Renamed(RecordAppointments.class, "recordPromotionAppointments", "promotionRecordAppointments"),
            new Renamed(IssueAppointments.class, "promotionAppointmentSummary", "promotionIssueAppointments"));

    @Test
    void everyDelegateIsNamedForItsTaskAndKeepsItsOldName() {
        for (Renamed r : RENAMED) {
            assertThat(r.delegate().getAnnotation(Component.class).value()).as(r.delegate().getSimpleName())
                    .isEqualTo(r.renamed()).isEqualTo("promotion" + r.delegate().getSimpleName());
            assertThat(r.delegate().getAnnotation(LegacyBeanNames.class).value()).as(r.delegate().getSimpleName())
                    .containsExactly(r.old());
        }
    }
}
