package vn.noivu.bpm.commendation.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.commendation.persistence.ProposalRepository;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ProposalRow;
import vn.noivu.bpm.platform.deadline.TaskDeadlineListener;
import vn.noivu.bpm.platform.security.SystemAction;

/** Following a proposal: its rows, and the steps open now with their due dates and the basis of each. */
@Service
public class ProposalQueries {

    public record OpenStep(String taskId, String step, String name, LocalDate due, String basis) {
    }

    private final ProposalRepository proposals;
    private final ProcessEngine engine;
    private final SystemAction system;

    public ProposalQueries(ProposalRepository proposals, ProcessEngine engine, SystemAction system) {
        this.proposals = proposals;
        this.engine = engine;
        this.system = system;
    }

    public ProposalRow proposal(long id) {
        return proposals.find(id).orElseThrow(() -> ProposalSubmissions.notFound(id));
    }

    public ProposalRepository repository() {
        return proposals;
    }

    /** The last day of the public posting and its basis, as the case computed them ("Niêm yết đến hết ngày …"). */
    public String postingBasis(ProposalRow proposal) {
        if (proposal.processInstanceId() == null) {
            return null;
        }
        return system.run(() -> {
            var variable = engine.getHistoryService().createHistoricVariableInstanceQuery()
                    .processInstanceId(proposal.processInstanceId())
                    .variableName(CommendationProposalProcess.POSTING_BASIS).singleResult();
            return variable == null || variable.getValue() == null ? null : variable.getValue().toString();
        });
    }

    /** The user tasks open on the proposal and on the documents it is issuing, each with its due date and basis. */
    public List<OpenStep> openSteps(ProposalRow proposal) {
        // Whoever follows the proposal sees every step, not only the tasks of their own groups.
        return system.run(() -> steps(proposal));
    }

    private List<OpenStep> steps(ProposalRow proposal) {
        List<OpenStep> steps = new ArrayList<>();
        if (proposal.processInstanceId() == null) {
            return steps;
        }
        List<String> instances = new ArrayList<>();
        instances.add(proposal.processInstanceId());
        engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(proposal.processInstanceId())
                .list().stream().map(ProcessInstance::getId).forEach(instances::add);
        for (String instance : instances) {
            for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(instance).list()) {
                Object basis = engine.getTaskService().getVariableLocal(task.getId(), TaskDeadlineListener.CITATION_VARIABLE);
                steps.add(new OpenStep(task.getId(), task.getTaskDefinitionKey(), task.getName(), day(task.getDueDate()),
                        basis == null ? null : basis.toString()));
            }
        }
        return steps;
    }

    private static LocalDate day(Date date) {
        return date == null ? null : LocalDate.ofInstant(date.toInstant(), Deadlines.ZONE);
    }
}
