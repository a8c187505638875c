package vn.noivu.bpm.commendation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.noivu.bpm.commendation.domain.Initiative;
import vn.noivu.bpm.personnel.AwardRegister;

/** {@code POST /api/commendation/initiatives}: an initiative recognised for an author of the personnel register. */
public record InitiativeRequest(
        @NotBlank(message = "Số định danh cá nhân (CCCD) của tác giả (citizenId) là bắt buộc.")
        @Pattern(regexp = "\\d{12}", message = "Số định danh cá nhân (CCCD) gồm đúng 12 chữ số.")
        String citizenId,
        @NotBlank(message = "Tên sáng kiến (title) là bắt buộc.")
        @Size(max = 500, message = "Tên sáng kiến tối đa 500 ký tự.")
        String title,
        @NotNull(message = "Năm công nhận (recognitionYear) là bắt buộc.")
        @Min(value = AwardRegister.FIRST_YEAR, message = "Năm công nhận từ " + AwardRegister.FIRST_YEAR + ".")
        @Max(value = 2100, message = "Năm công nhận không quá 2100.")
        Integer recognitionYear,
        @NotNull(message = "Phạm vi ảnh hưởng (scope) là bắt buộc: CO_SO (cấp cơ sở) hoặc TINH (cấp tỉnh).")
        Initiative.Scope scope,
        @NotBlank(message = "Số quyết định, giấy chứng nhận công nhận sáng kiến (decisionNumber) là bắt buộc.")
        @Size(max = 100, message = "Số quyết định tối đa 100 ký tự.")
        String decisionNumber,
        @NotNull(message = "Ngày quyết định công nhận (decisionDate) là bắt buộc (yyyy-MM-dd).")
        LocalDate decisionDate,
        @NotBlank(message = "Hội đồng, cấp công nhận (recognisedBy) là bắt buộc.")
        @Size(max = 255, message = "Hội đồng, cấp công nhận tối đa 255 ký tự.")
        String recognisedBy) {
}
