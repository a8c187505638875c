package vn.noivu.bpm.recruitment;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.rules.RuleTables;

/**
 * The rule tables a round runs under: the latest versions when it is planned, kept for the whole round. A designer
 * who deploys an amended table from Modeler changes later rounds only; within a table, rows carry the dates from
 * which they apply (input effectiveOn, the round's notice date).
 */
@Component
public class RoundRules {

    /** Every rule table a recruitment round reads. */
    public static final List<String> KEYS = List.of(Eligibility.DECISION_KEY, PriorityCategories.DECISION_KEY,
            ExamStructure.DECISION_KEY, RoundRanking.PASS_RULES_KEY, ReviewRequests.RULES_KEY, HiringRules.PERIODS_KEY,
            HiringRules.PROBATION_KEY);

    private final RuleTables ruleTables;
    private final JdbcTemplate jdbc;
    private final Map<Long, Map<String, String>> pinnedByRound = new ConcurrentHashMap<>();

    public RoundRules(RuleTables ruleTables, JdbcTemplate jdbc) {
        this.ruleTables = ruleTables;
        this.jdbc = jdbc;
    }

    /** What a round's rule tables are asked with: its legal basis and the date its rules are fixed on. */
    public static Map<String, Object> inputs(RoundRepository.RoundRow round) {
        return Map.of("legalBasis", round.legalBasis(), "effectiveOn", round.noticeDate());
    }

    /** The latest version of every table: what a round planned now would run under. */
    public Map<String, RuleTables.Table> current() {
        Map<String, RuleTables.Table> tables = new LinkedHashMap<>();
        KEYS.forEach(key -> tables.put(key, ruleTables.latest(key)));
        return tables;
    }

    public void pin(long roundId, Map<String, RuleTables.Table> tables) {
        jdbc.batchUpdate("INSERT INTO recruitment_round_rule (round_id, decision_key, decision_definition_id) VALUES (?, ?, ?)",
                tables.values().stream().map(t -> new Object[] {roundId, t.key(), t.definitionId()}).toList());
    }

    public RuleTables.Table table(long roundId, String key) {
        String definitionId = pinned(roundId).get(key);
        if (definitionId == null) {
            // A table added after the round was planned: the round takes the version of today and keeps it.
            RuleTables.Table latest = ruleTables.latest(key);
            pin(roundId, Map.of(key, latest));
            pinnedByRound.remove(roundId);
            return latest;
        }
        return ruleTables.version(definitionId);
    }

    /** Key and version of each table of the round, for the round's page. */
    public Map<String, Integer> versions(long roundId) {
        Map<String, Integer> versions = new LinkedHashMap<>();
        KEYS.forEach(key -> versions.put(key, table(roundId, key).version()));
        return versions;
    }

    private Map<String, String> pinned(long roundId) {
        return pinnedByRound.computeIfAbsent(roundId, id -> {
            Map<String, String> ids = new HashMap<>();
            jdbc.query("SELECT decision_key, decision_definition_id FROM recruitment_round_rule WHERE round_id = ?",
                    row -> { ids.put(row.getString(1), row.getString(2)); }, id);
            return Map.copyOf(ids);
        });
    }
}
