package vn.noivu.bpm.commendation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /api/commendation/years}: an emulation year of a unit. {@code unitKind}: CO_QUAN_DON_VI, XA or
 * DOANH_NGHIEP (who decides its titles, table commendation-deciders); {@code startedOn}: the day whose rules the
 * year keeps (today when absent); {@code issuer}: who issues its documents (noivu.documents.issuers, SNV when absent).
 */
public record YearRequest(
        @NotBlank(message = "Mã đơn vị (unitCode) là bắt buộc.")
        @Pattern(regexp = "[A-Za-z0-9._-]{1,50}", message = "Mã đơn vị (unitCode): tối đa 50 chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới.")
        String unitCode,
        @NotBlank(message = "Tên đơn vị (unitName) là bắt buộc.") @Size(max = 200, message = "Tên đơn vị tối đa 200 ký tự.")
        String unitName,
        @NotBlank(message = "Loại đơn vị (unitKind) là bắt buộc: CO_QUAN_DON_VI, XA hoặc DOANH_NGHIEP.")
        String unitKind,
        @NotNull(message = "Năm thi đua (year) là bắt buộc.")
        @Min(value = 2024, message = "Năm thi đua (year) từ 2024 (các bảng quy tắc áp dụng từ 01/01/2024).")
        @Max(value = 2100, message = "Năm thi đua (year) tối đa 2100.")
        Integer year,
        @NotNull(message = "Hội đồng thi đua, khen thưởng (council) là bắt buộc: {\"members\": số thành viên}.")
        @Valid Council council,
        LocalDate startedOn,
        @Pattern(regexp = "[A-Za-z0-9_-]{1,50}", message = "Mã cơ quan ban hành (issuer): chữ không dấu, số, gạch ngang.")
        String issuer) {

    /** The unit's council: every member counts in a vote's share, present or not (P6, P6a). */
    public record Council(
            @NotNull(message = "Số thành viên Hội đồng (council.members) là bắt buộc.")
            @Min(value = 1, message = "Hội đồng (council.members) có ít nhất 1 thành viên.")
            @Max(value = 99, message = "Hội đồng (council.members) tối đa 99 thành viên.")
            Integer members,
            @Size(max = 99, message = "Danh sách thành viên (council.names) tối đa 99 người.")
            List<@NotBlank(message = "Tên thành viên Hội đồng không được để trống.")
                 @Size(max = 200, message = "Tên thành viên tối đa 200 ký tự.") String> names) {
    }
}
