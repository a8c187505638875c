package vn.noivu.bpm.platform.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The name of this node when several run on one database ({@code NODE_NAME}): the job executor locks jobs under it
 * (column LOCK_OWNER_ of ACT_RU_JOB) and the engine writes it as the host of every job log entry (HOSTNAME_ of
 * ACT_HI_JOB_LOG), so an administrator sees which node holds or ran a job. Each node needs a name of its own. Without
 * one the engine's defaults stay: a random lock owner per start and the machine's address as host name.
 */
@Component
public class NodeName extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(NodeName.class);

    private final String name;

    public NodeName(@Value("${noivu.node-name:}") String name) {
        String trimmed = name == null ? "" : name.trim();
        if (!trimmed.isEmpty() && !trimmed.matches("[A-Za-z0-9._-]{1,60}")) {
            throw new IllegalArgumentException("NODE_NAME must be 1 to 60 letters, digits, '.', '_' or '-': " + trimmed);
        }
        this.name = trimmed;
    }

    /** The configured name, or empty. */
    public String name() {
        return name;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (name.isEmpty()) {
            return;
        }
        configuration.setHostname(name);
        if (configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockOwner(name);
        }
        log.info("Node {}: jobs are locked and logged under this name", name);
    }
}
