package vn.noivu.bpm.commendation.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;

/**
 * Each service task of commendation-proposal calls the delegate named commendation + its class (ProposalStartPosting
 * → commendationProposalStartPosting), a class of this package, one per task.
 */
class CommendationProposalDelegateNamesTest {

    private static final List<Class<?>> DELEGATES = List.of(ProposalStartPosting.class, ProposalCollectObjections.class,
            ProposalApplyObjections.class, ProposalDescribeDossier.class, ProposalRequestSupplement.class,
            ProposalOpenAppraisal.class, ProposalApplyAppraisal.class, ProposalTallyVotes.class,
            ProposalApplyDecision.class, ProposalRecordAwards.class, ProposalCloseProposal.class);

    @Test
    void everyServiceTaskCallsTheDelegateNamedForItsClass() {
        Set<String> called = Bpmn.readModelFromStream(getClass().getClassLoader()
                .getResourceAsStream("bpmn/commendation/commendation-proposal.bpmn")).getModelElementsByType(ServiceTask.class)
                .stream().map(ServiceTask::getCamundaDelegateExpression).collect(Collectors.toSet());
        Set<String> named = DELEGATES.stream().map(c -> {
            String bean = c.getAnnotation(Component.class).value();
            assertThat(bean).as(c.getSimpleName()).isEqualTo("commendation" + c.getSimpleName());
            return "${" + bean + "}";
        }).collect(Collectors.toSet());
        assertThat(called).isEqualTo(named);
    }
}
