package vn.noivu.bpm.recruitment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.bpm.platform.security.PublicEndpoint;
import vn.noivu.bpm.recruitment.domain.PriorityCategories;

/** What applicants may declare as priority, and what each category is worth, with its legal basis. */
@Tag(name = RecruitmentApi.TAG, description = RecruitmentApi.DESCRIPTION)
@RestController
public class PriorityCategoriesController {

    private final PriorityCategories categories;

    public PriorityCategoriesController(PriorityCategories categories) {
        this.categories = categories;
    }

    @PublicEndpoint
    @Operation(summary = "Danh mục diện ưu tiên trong tuyển dụng")
    @GetMapping("/api/recruitment/priority-categories")
    public List<PriorityCategories.Category> priorityCategories() {
        return categories.list();
    }
}
