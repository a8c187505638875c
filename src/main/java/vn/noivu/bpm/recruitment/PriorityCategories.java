package vn.noivu.bpm.recruitment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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

    public List<Category> list() {
        DecisionTable table = ruleTables.latest(DECISION_KEY).model().getModelElementsByType(DecisionTable.class)
                .iterator().next();
        List<Category> categories = new ArrayList<>();
        for (Rule rule : table.getRules()) {
            List<String> outputs = rule.getOutputEntries().stream().map(OutputEntry::getTextContent).toList();
            categories.add(new Category(unquote(rule.getInputEntries().iterator().next().getTextContent()),
                    unquote(outputs.get(1)), new BigDecimal(outputs.get(0).trim()), unquote(outputs.get(2))));
        }
        return categories;
    }

    public Optional<Category> find(String code) {
        return list().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** Only the highest category counts (Art. 6(2)); unknown codes are the caller's to refuse first. */
    public BigDecimal points(Collection<String> codes) {
        List<Category> all = list();
        return Scoring.highestPriority(all.stream().filter(c -> codes.contains(c.code())).map(Category::points).toList());
    }

    private static String unquote(String text) {
        String trimmed = text.trim();
        return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
                ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }
}
