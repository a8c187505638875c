package vn.noivu.bpm.recruitment.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.recruitment.persistence.HiringRepository;

/**
 * The hiring forms show the position by its title, which the process sets when it starts. A hiring started by the
 * earlier version has only the position's code: at start-up each such running instance gets the title, as if the
 * process had set it. Idempotent.
 */
@Component
public class HiringTasksOfEarlierForms implements ApplicationRunner {

    private final ProcessEngine engine;
    private final HiringRepository hirings;

    public HiringTasksOfEarlierForms(ProcessEngine engine, HiringRepository hirings) {
        this.engine = engine;
        this.hirings = hirings;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        RuntimeService runtime = engine.getRuntimeService();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionKey(HiringProcess.KEY)
                .list()) {
            if (runtime.getVariable(instance.getId(), HiringProcess.POSITION_TITLE) == null) {
                String number = (String) runtime.getVariable(instance.getId(), HiringProcess.APPLICATION_NUMBER);
                // Without a hiring row (not made by this application) the form keeps showing the code.
                hirings.winner(number).ifPresent(winner -> runtime.setVariable(instance.getId(),
                        HiringProcess.POSITION_TITLE, HiringOffers.positionTitle(winner)));
            }
        }
    }
}
