package vn.noivu.bpm.promotion.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.noivu.bpm.promotion.PromotionVocabulary.Method;
import vn.noivu.bpm.promotion.PromotionVocabulary.StaffType;

/** {@code POST /api/promotion/rounds}: the plan (phương án, đề án) of a promotion round. */
public record PromotionRoundRequest(
        @NotBlank(message = "Mã kỳ xét là bắt buộc.") @Size(max = 50, message = "Mã kỳ xét tối đa 50 ký tự.")
        @Pattern(regexp = "[A-Za-z0-9-]+", message = "Mã kỳ xét chỉ gồm chữ không dấu, số và dấu gạch ngang.")
        String code,
        @NotBlank(message = "Tên kỳ xét là bắt buộc.") @Size(max = 500, message = "Tên tối đa 500 ký tự.")
        String title,
        @NotBlank(message = "Cơ quan tổ chức là bắt buộc.") @Size(max = 255, message = "Tên cơ quan tối đa 255 ký tự.")
        String authority,
        @NotNull(message = "Đối tượng là bắt buộc (CONG_CHUC hoặc VIEN_CHUC).")
        StaffType staffType,
        @NotNull(message = "Hình thức là bắt buộc (XET hoặc THI).")
        Method method,
        @NotBlank(message = "Ngạch, hạng dự xét là bắt buộc (mã trong bảng promotion-title-standards).")
        @Size(max = 100, message = "Mã ngạch, hạng tối đa 100 ký tự.")
        String targetTitle,
        @NotNull(message = "Chỉ tiêu là bắt buộc.") @Min(value = 1, message = "Chỉ tiêu ít nhất là 1.")
        @Max(value = 10000, message = "Chỉ tiêu tối đa 10000.")
        Integer quota,
        @NotNull(message = "Ngày của kỳ xét là bắt buộc (yyyy-MM-dd).")
        LocalDate roundDate,
        @NotNull(message = "Hạn nộp hồ sơ là bắt buộc (yyyy-MM-dd).")
        LocalDate filingDeadline,
        @NotNull(message = "Số thành viên Hội đồng là bắt buộc.") @Min(value = 1, message = "Hội đồng có ít nhất 1 thành viên.")
        Integer councilMembers) {
}
