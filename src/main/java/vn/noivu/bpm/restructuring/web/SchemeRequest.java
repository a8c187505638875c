package vn.noivu.bpm.restructuring.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.noivu.bpm.restructuring.domain.ChangeKind;
import vn.noivu.bpm.restructuring.domain.UnitKind;

/** {@code POST /api/restructuring/schemes}: a province's scheme (đề án) with its arrangements. */
public record SchemeRequest(
        @NotBlank(message = "Mã đề án là bắt buộc.") @Size(max = 40, message = "Mã đề án tối đa 40 ký tự.")
        @Pattern(regexp = "[A-Za-z0-9-]+", message = "Mã đề án chỉ gồm chữ không dấu, số và dấu gạch ngang.")
        String code,
        @NotBlank(message = "Tên đề án là bắt buộc.") @Size(max = 300, message = "Tên đề án tối đa 300 ký tự.")
        String title,
        @NotBlank(message = "Mã tỉnh là bắt buộc (mã trong sổ đơn vị hành chính).")
        @Size(max = 20, message = "Mã tỉnh tối đa 20 ký tự.")
        @Pattern(regexp = "[A-Za-z0-9]+", message = "Mã tỉnh chỉ gồm chữ và số.")
        String provinceCode,
        @NotNull(message = "Ngày của đề án là bắt buộc (yyyy-MM-dd); ngày này xác định văn bản áp dụng.")
        LocalDate schemeDate,
        @Size(max = 4000, message = "Giải trình tối đa 4000 ký tự.")
        String explanation,
        @NotEmpty(message = "Đề án cần ít nhất một phương án sắp xếp.") @Size(max = 200, message = "Tối đa 200 phương án.")
        List<@NotNull(message = "Phương án không được để trống.") @Valid Arrangement> arrangements) {

    /** One arrangement: the units concerned, the kind of change and the units it results in. */
    public record Arrangement(
            @NotNull(message = "Hình thức sắp xếp là bắt buộc (MERGE, DIVIDE, BOUNDARY_ADJUSTMENT, RENAME, WARD_FROM_COMMUNE).")
            ChangeKind change,
            @NotEmpty(message = "Cần ít nhất một đơn vị liên quan (mã trong sổ).") @Size(max = 50, message = "Tối đa 50 đơn vị.")
            List<@NotBlank(message = "Mã đơn vị không được để trống.")
                 @Pattern(regexp = "[A-Za-z0-9]{1,20}", message = "Mã đơn vị chỉ gồm chữ và số, tối đa 20 ký tự.") String> units,
            @NotEmpty(message = "Cần ít nhất một đơn vị hình thành.") @Size(max = 20, message = "Tối đa 20 đơn vị hình thành.")
            List<@NotNull(message = "Đơn vị hình thành không được để trống.") @Valid Result> results) {
    }

    /** A unit the arrangement forms (or keeps, renamed or reshaped). */
    public record Result(
            @NotBlank(message = "Mã đơn vị hình thành là bắt buộc.")
            @Pattern(regexp = "[A-Za-z0-9]{1,20}", message = "Mã đơn vị chỉ gồm chữ và số, tối đa 20 ký tự.")
            String code,
            @NotBlank(message = "Tên đơn vị hình thành là bắt buộc.") @Size(max = 200, message = "Tên tối đa 200 ký tự.")
            String name,
            @NotNull(message = "Loại đơn vị là bắt buộc (TINH, THANH_PHO_TRUC_THUOC_TRUNG_UONG, XA, PHUONG, DAC_KHU).")
            UnitKind kind,
            @NotBlank(message = "Trụ sở làm việc là bắt buộc.") @Size(max = 300, message = "Trụ sở tối đa 300 ký tự.")
            String seat,
            @DecimalMin(value = "0", message = "Tỷ lệ dân tộc thiểu số từ 0 đến 100.")
            @DecimalMax(value = "100", message = "Tỷ lệ dân tộc thiểu số từ 0 đến 100.")
            BigDecimal ethnicMinorityPercent,
            Boolean mountainous,
            Boolean island,
            Boolean landBorder,
            Boolean coastalBaiNgang,
            @NotEmpty(message = "Cần ít nhất một phần của đơn vị trước sắp xếp.") @Size(max = 50, message = "Tối đa 50 phần.")
            List<@NotNull(message = "Phần không được để trống.") @Valid Part> parts) {
    }

    /** The part of a predecessor the resulting unit takes: its area and population; whole or not. */
    public record Part(
            @NotBlank(message = "Mã đơn vị trước sắp xếp là bắt buộc.")
            @Pattern(regexp = "[A-Za-z0-9]{1,20}", message = "Mã đơn vị chỉ gồm chữ và số, tối đa 20 ký tự.")
            String unitCode,
            @NotNull(message = "Diện tích của phần là bắt buộc (km²).")
            @DecimalMin(value = "0.0001", message = "Diện tích phải lớn hơn 0.")
            @DecimalMax(value = "1000000", message = "Diện tích tối đa 1.000.000 km².")
            BigDecimal areaKm2,
            @NotNull(message = "Dân số của phần là bắt buộc.") @Min(value = 0, message = "Dân số không âm.")
            @Max(value = 200000000, message = "Dân số tối đa 200.000.000.")
            Long population,
            Boolean whole) {
    }
}
