package vn.noivu.bpm.recruitment.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Service;
import vn.noivu.bpm.exam.Scoring;
import vn.noivu.bpm.platform.rules.RuleTables;

/**
 * The priority categories of Decree 170/2025 Art. 6 as the rule table {@code recruitment-priority-points} lists
 * them (one rule a category: code, points, label, citation), so a designer who adds or changes a category in
 * Modeler changes what applicants may declare and what it is worth.
 */
@Service
public class PriorityCategories {

    public static final String DECISION_KEY = "recruitment-priority-points";

    public record Category(String code, String label, BigDecimal points, String citation) {
    }

    private final RuleTables ruleTables;

    public PriorityCategories(RuleTables ruleTables) {
        this.ruleTables = ruleTables;
    }

    /** The categories of the latest table (what a round planned today offers). */
    public List<Category> list() {
        return list(ruleTables.latest(DECISION_KEY));
    }

    public List<Category> list(RuleTables.Table version) {
        DecisionTable table = version.model().getModelElementsByType(DecisionTable.class).iterator().next();
        List<Category> categories = new ArrayList<>();
        for (Rule rule : table.getRules()) {
            List<String> outputs = rule.getOutputEntries().stream().map(OutputEntry::getTextContent).toList();
            categories.add(new Category(unquote(rule.getInputEntries().iterator().next().getTextContent()),
                    unquote(outputs.get(1)), new BigDecimal(outputs.get(0).trim()), unquote(outputs.get(2))));
        }
        return categories;
    }

    /**
     * The points of the declared categories: only the highest counts (Art. 6(2)). An unknown code is refused
     * naming its position in the list.
     */
    public BigDecimal points(RuleTables.Table version, List<String> codes,
                             java.util.function.BiFunction<Integer, String, RuntimeException> unknown) {
        List<Category> all = list(version);
        List<BigDecimal> points = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            int index = i;
            Category category = all.stream().filter(c -> c.code().equals(code)).findFirst()
                    .orElseThrow(() -> unknown.apply(index, code));
            points.add(category.points());
        }
        return Scoring.highestPriority(points);
    }

    private static String unquote(String text) {
        String trimmed = text.trim();
        return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
                ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }
}
