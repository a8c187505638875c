package vn.noivu.bpm.recruitment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.bpm.platform.security.PublicEndpoint;
import vn.noivu.bpm.recruitment.process.PublicRecruitment;

/**
 * What a one-stop-shop portal needs to take applications itself: the rounds accepting applications, with the
 * positions, quotas, degree levels, majors, agencies and priority categories the application form offers. The same
 * data as the public pages (/tuyen-dung), as JSON; a plan not yet approved is not public.
 */
@Tag(name = RecruitmentApi.TAG, description = RecruitmentApi.DESCRIPTION)
@RestController
@RequestMapping("/api/recruitment/public/rounds")
public class RecruitmentPublicApiController {

    private final PublicRecruitment publicRecruitment;

    public RecruitmentPublicApiController(PublicRecruitment publicRecruitment) {
        this.publicRecruitment = publicRecruitment;
    }

    @PublicEndpoint
    @Operation(summary = "Các kỳ tuyển dụng đang nhận Phiếu đăng ký dự tuyển",
            description = "Kỳ có thời hạn nhận Phiếu còn mở hôm nay, kèm vị trí, chỉ tiêu, trình độ, chuyên ngành, cơ quan.")
    @GetMapping
    public List<PublicRecruitment.Round> openRounds() {
        return publicRecruitment.openRounds();
    }

    @PublicEndpoint
    @Operation(summary = "Thông tin công khai của một kỳ tuyển dụng",
            description = "Vị trí, chỉ tiêu, yêu cầu, thời hạn nhận Phiếu, căn cứ pháp lý và các diện ưu tiên với điểm cộng; "
                    + "404 khi kỳ không có hoặc kế hoạch chưa được phê duyệt.")
    @GetMapping("/{code}")
    public PublicRecruitment.Round round(@PathVariable String code) {
        return publicRecruitment.round(code);
    }
}
