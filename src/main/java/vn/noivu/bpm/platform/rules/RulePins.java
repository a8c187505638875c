package vn.noivu.bpm.platform.rules;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rule tables a case runs under (a round of any procedure): the latest versions when it begins,
 * kept to its end. A designer who deploys an amended table from Modeler changes later cases only. Owners are
 * named "kind:id". Pins live in the database (rule_pin); a node keeps a copy per case, and reads it again before it
 * would add a pin, so two nodes never pin different versions for one case.
 */
@Component
public class RulePins {

    private final RuleTables ruleTables;
    private final JdbcTemplate jdbc;
    private final Map<String, Map<String, String>> pinnedByOwner = new ConcurrentHashMap<>();

    public RulePins(RuleTables ruleTables, JdbcTemplate jdbc) {
        this.ruleTables = ruleTables;
        this.jdbc = jdbc;
    }

    /** The latest version of each table: what a case begun now would run under. */
    public Map<String, RuleTables.Table> current(List<String> keys) {
        Map<String, RuleTables.Table> tables = new LinkedHashMap<>();
        keys.forEach(key -> tables.put(key, ruleTables.latest(key)));
        return tables;
    }

    public void pin(String owner, Map<String, RuleTables.Table> tables) {
        jdbc.batchUpdate("INSERT INTO rule_pin (owner, decision_key, decision_definition_id) VALUES (?, ?, ?)",
                tables.values().stream().map(t -> new Object[] {owner, t.key(), t.definitionId()}).toList());
        pinnedByOwner.remove(owner);
    }

    public RuleTables.Table table(String owner, String key) {
        String definitionId = pinned(owner).get(key);
        if (definitionId == null) {
            // Another node may have pinned it since this one read the case's pins: read them again first.
            pinnedByOwner.remove(owner);
            definitionId = pinned(owner).get(key);
        }
        if (definitionId == null) {
            // A table added after the case began: the case takes the version of today and keeps it. If another node
            // pins it at the same moment, the first pin stays and both use it.
            RuleTables.Table latest = ruleTables.latest(key);
            jdbc.update("INSERT INTO rule_pin (owner, decision_key, decision_definition_id) SELECT ?, ?, ? "
                    + "WHERE NOT EXISTS (SELECT 1 FROM rule_pin WHERE owner = ? AND decision_key = ?)",
                    owner, key, latest.definitionId(), owner, key);
            pinnedByOwner.remove(owner);
            definitionId = pinned(owner).get(key);
        }
        return ruleTables.version(definitionId);
    }

    /** Key and version of each table, for the case's page. */
    public Map<String, Integer> versions(String owner, List<String> keys) {
        Map<String, Integer> versions = new LinkedHashMap<>();
        keys.forEach(key -> versions.put(key, table(owner, key).version()));
        return versions;
    }

    private Map<String, String> pinned(String owner) {
        return pinnedByOwner.computeIfAbsent(owner, o -> {
            Map<String, String> ids = new HashMap<>();
            jdbc.query("SELECT decision_key, decision_definition_id FROM rule_pin WHERE owner = ?",
                    row -> { ids.put(row.getString(1), row.getString(2)); }, o);
            return Map.copyOf(ids);
        });
    }
}
