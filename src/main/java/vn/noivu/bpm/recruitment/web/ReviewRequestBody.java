package vn.noivu.bpm.recruitment.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/recruitment/applications/{applicationNumber}/review-requests}: a request for review (phúc khảo). */
@Schema(description = "Đơn phúc khảo bài thi viết")
public record ReviewRequestBody(
        @Schema(description = "Số định danh cá nhân (CCCD) của người dự tuyển: đúng 12 chữ số, khớp với Phiếu",
                example = "001190012345")
        @NotNull(message = "Số định danh cá nhân (CCCD) là bắt buộc.")
        @Pattern(regexp = "\\d{12}", message = "Số định danh cá nhân (CCCD) gồm đúng 12 chữ số.")
        String citizenId,
        @Schema(description = "Lý do phúc khảo (không bắt buộc, tối đa 2000 ký tự)")
        @Size(max = 2000, message = "Lý do phúc khảo tối đa 2000 ký tự.")
        String reason) {
}
