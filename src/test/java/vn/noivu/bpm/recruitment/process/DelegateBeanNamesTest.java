package vn.noivu.bpm.recruitment.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.noivu.bpm.PostgresIntegrationTest;

/**
 * Instances started on the models before the delegates were renamed call them by their old names: each old name
 * is still the same bean as the new one.
 */
@PostgresIntegrationTest
class DelegateBeanNamesTest {

    /** Old bean name, new bean name (recruitment + the BPMN task id). */
    private static final Map<String, String> RENAMED = Map.ofEntries(
            Map.entry("publishRecruitmentNotice", "recruitmentPublishNotice"),
            Map.entry("checkRecruitmentEligibility", "recruitmentCheckEligibility"),
            Map.entry("publishEligibleList", "recruitmentPublishEligibleList"),
            Map.entry("openReviewWindow", "recruitmentOpenReviewWindow"),
            Map.entry("closeReviewWindow", "recruitmentCloseReviewWindow"),
            Map.entry("applyReviewDecision", "recruitmentApplyReviewDecision"),
            Map.entry("rankCandidates", "recruitmentRankCandidates"),
            Map.entry("applyTieDecision", "recruitmentApplyTieDecision"),
            Map.entry("publishRecruitmentResults", "recruitmentPublishResults"),
            Map.entry("openHiringDossier", "recruitmentOpenHiringDossier"),
            Map.entry("setDossierDeadline", "recruitmentSetDossierDeadline"),
            Map.entry("scheduleRecruitmentDecision", "recruitmentScheduleDecision"),
            Map.entry("recordRecruitmentDecision", "recruitmentRecordDecision"),
            Map.entry("extendStartDeadline", "recruitmentExtendStartDeadline"),
            Map.entry("completeHiring", "recruitmentCompleteHiring"),
            Map.entry("cancelHiringResult", "recruitmentCancelHiringResult"),
            Map.entry("cancelHiringDecision", "recruitmentCancelHiringDecision"),
            Map.entry("findNextRanked", "recruitmentFindNextRanked"),
            Map.entry("offerPlaceToSelected", "recruitmentOfferPlaceToSelected"));

    @Autowired
    ApplicationContext context;

    @Test
    void everyOldNameIsTheRenamedDelegate() {
        RENAMED.forEach((old, renamed) -> assertThat(context.getBean(old)).as(old).isSameAs(context.getBean(renamed)));
    }
}
