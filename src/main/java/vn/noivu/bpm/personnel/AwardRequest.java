package vn.noivu.bpm.personnel;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.noivu.bpm.personnel.AwardVocabulary.Kind;
import vn.noivu.bpm.personnel.AwardVocabulary.Title;

/**
 * {@code POST /api/awards}: an award decided outside the system, for a person of the personnel register
 * ({@code citizenId}) or a collective ({@code unitCode} and {@code unitName}), never both.
 */
public record AwardRequest(
        @Pattern(regexp = "\\d{12}", message = "Số định danh cá nhân (CCCD) gồm đúng 12 chữ số.")
        String citizenId,
        @Size(max = 50, message = "Mã đơn vị tối đa 50 ký tự.")
        @Pattern(regexp = "[A-Za-z0-9._-]+", message = "Mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới.")
        String unitCode,
        @Size(max = 255, message = "Tên đơn vị tối đa 255 ký tự.")
        String unitName,
        @NotNull(message = "Danh hiệu, hình thức khen thưởng (title) là bắt buộc.")
        Title title,
        @NotNull(message = "Năm thi đua (year) là bắt buộc.")
        @Min(value = AwardRegister.FIRST_YEAR, message = "Năm thi đua từ " + AwardRegister.FIRST_YEAR + ".")
        @Max(value = 2100, message = "Năm thi đua không quá 2100.")
        Integer year,
        @NotNull(message = "Loại khen thưởng (kind) là bắt buộc: CONG_TRANG (theo công trạng) hoặc DOT_XUAT (đột xuất).")
        Kind kind,
        @NotBlank(message = "Số quyết định (decisionNumber) là bắt buộc.")
        @Size(max = 100, message = "Số quyết định tối đa 100 ký tự.")
        String decisionNumber,
        @NotNull(message = "Ngày quyết định (decisionDate) là bắt buộc (yyyy-MM-dd).")
        LocalDate decisionDate,
        @NotBlank(message = "Người, cấp quyết định (decider) là bắt buộc.")
        @Size(max = 255, message = "Người, cấp quyết định tối đa 255 ký tự.")
        String decider) {
}
