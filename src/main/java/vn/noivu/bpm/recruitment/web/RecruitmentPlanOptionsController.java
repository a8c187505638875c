package vn.noivu.bpm.recruitment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.DegreeLevel;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Method;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Rank;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Round2Format;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.StaffType;

/** The codes a plan may use, each with its Vietnamese words: the lists of the plan-editing page. */
@Tag(name = RecruitmentApi.TAG, description = RecruitmentApi.DESCRIPTION)
@RestController
public class RecruitmentPlanOptionsController {

    public record Option(String code, String label) {
    }

    public record PlanOptions(List<Option> methods, List<Option> staffTypes, List<Option> ranks,
                              List<Option> minDegrees, List<Option> round2Formats) {
    }

    @Operation(summary = "Các lựa chọn khi lập kế hoạch tuyển dụng")
    @GetMapping("/api/recruitment/plan-options")
    public PlanOptions planOptions() {
        return new PlanOptions(options(Method.class), options(StaffType.class), options(Rank.class),
                options(DegreeLevel.class), options(Round2Format.class));
    }

    private static <E extends Enum<E> & RecruitmentVocabulary.Labelled> List<Option> options(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> new Option(e.name(), e.label())).toList();
    }
}
