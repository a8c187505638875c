package vn.noivu.bpm.promotion.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.bpm.promotion.PromotionVocabulary;
import vn.noivu.bpm.promotion.PromotionVocabulary.Method;
import vn.noivu.bpm.promotion.PromotionVocabulary.StaffType;

/** The codes a promotion plan may use, each with its Vietnamese words: the lists of the plan-editing page. */
@Tag(name = PromotionApi.TAG, description = PromotionApi.DESCRIPTION)
@RestController
public class PromotionPlanOptionsController {

    public record Option(String code, String label) {
    }

    public record PlanOptions(List<Option> staffTypes, List<Option> methods, List<Option> targetTitles) {
    }

    @Operation(summary = "Các lựa chọn khi lập kế hoạch nâng ngạch, thăng hạng")
    @GetMapping("/api/promotion/plan-options")
    public PlanOptions planOptions() {
        return new PlanOptions(
                Arrays.stream(StaffType.values()).map(t -> new Option(t.name(), t.label())).toList(),
                Arrays.stream(Method.values()).map(m -> new Option(m.name(), m.label())).toList(),
                PromotionVocabulary.targetTitles().entrySet().stream()
                        .map(e -> new Option(e.getKey(), e.getValue())).toList());
    }
}
