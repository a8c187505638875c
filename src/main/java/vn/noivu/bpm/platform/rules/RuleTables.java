package vn.noivu.bpm.platform.rules;

import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.security.SystemAction;

/**
 * The deployed rule tables (DMN) as the system reads them: the latest version of a key, or a pinned version,
 * parsed once per version and evaluated in memory, so that a whole round is checked without one engine
 * command (and one history row) per applicant. Reading a table is the system's work, not the caller's:
 * it happens without the caller's engine authorizations.
 */
@Component
public class RuleTables {

    /** A rule table of one deployed version, ready to evaluate and to read. */
    public record Table(String definitionId, String key, int version, DmnDecision decision, DmnModelInstance model) {
    }

    private final ProcessEngine engine;
    private final SystemAction system;
    private final Map<String, Table> byDefinitionId = new ConcurrentHashMap<>();

    public RuleTables(ProcessEngine engine, SystemAction system) {
        this.engine = engine;
        this.system = system;
    }

    /**
     * A DMN engine of its own with Camunda's defaults (FEEL as in business-rule tasks): the process engine's one
     * only parses inside an engine command.
     */
    private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    public DmnEngine dmnEngine() {
        return dmnEngine;
    }

    /** The first matching row of a table (its outputs by name), or null: how procedures read a rule table. */
    public java.util.Map<String, Object> firstRow(DmnDecision decision, java.util.Map<String, Object> inputs) {
        org.camunda.bpm.dmn.engine.DmnDecisionRuleResult row = dmnEngine.evaluateDecisionTable(decision, inputs)
                .getFirstResult();
        return row == null ? null : row.getEntryMap();
    }

    /**
     * The latest deployed version. Which version is latest is looked up again at most every
     * {@value #LATEST_LOOKUP_MILLIS} ms: public intake asks for it on every application, and a table a designer
     * deploys is in use within that time.
     */
    public Table latest(String decisionKey) {
        Latest known = latestByKey.get(decisionKey);
        long now = System.currentTimeMillis();
        if (known != null && now - known.checkedAt() < LATEST_LOOKUP_MILLIS) {
            return known.table();
        }
        DecisionDefinition definition = system.run(() -> engine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(decisionKey).latestVersion().singleResult());
        if (definition == null) {
            throw new IllegalStateException("Rule table " + decisionKey + " is not deployed");
        }
        Table table = byDefinitionId.computeIfAbsent(definition.getId(), id -> load(definition));
        latestByKey.put(decisionKey, new Latest(table, now));
        return table;
    }

    /** A version kept by what was started under it (a round keeps the rules it began with). */
    public Table version(String definitionId) {
        Table known = byDefinitionId.get(definitionId);
        if (known != null) {
            return known;
        }
        DecisionDefinition definition = system.run(() -> engine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionId(definitionId).singleResult());
        if (definition == null) {
            throw new IllegalStateException("Rule table version " + definitionId + " is not deployed");
        }
        return byDefinitionId.computeIfAbsent(definitionId, id -> load(definition));
    }

    /** Forgets which versions are latest, so that the next lookup reads them (after a deployment). */
    public void refreshLatest() {
        latestByKey.clear();
    }

    private record Latest(Table table, long checkedAt) {
    }

    private static final long LATEST_LOOKUP_MILLIS = 5_000;
    private final Map<String, Latest> latestByKey = new ConcurrentHashMap<>();

    private Table load(DecisionDefinition definition) {
        RepositoryService repository = engine.getRepositoryService();
        DmnModelInstance model = system.run(() -> {
            try (InputStream in = repository.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
                return Dmn.readModelFromStream(in);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        DmnDecision decision = dmnEngine().parseDecision(definition.getKey(), model);
        return new Table(definition.getId(), definition.getKey(), definition.getVersion(), decision, model);
    }
}
