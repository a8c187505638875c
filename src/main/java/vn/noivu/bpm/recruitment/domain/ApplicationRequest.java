package vn.noivu.bpm.recruitment.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.DegreeLevel;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Gender;

/** {@code POST /api/recruitment/rounds/{code}/applications}: the Phiếu đăng ký dự tuyển, as a citizen submits it. */
@Schema(description = "Phiếu đăng ký dự tuyển, do người dự tuyển (hoặc cổng dịch vụ công thay mặt họ) khai.")
public record ApplicationRequest(
        @Schema(description = "Họ và tên", example = "Nguyễn Thị Lan")
        @NotBlank(message = "Họ và tên là bắt buộc.") @Size(max = 255, message = "Họ và tên tối đa 255 ký tự.")
        String fullName,
        @Schema(description = "Số định danh cá nhân (CCCD): đúng 12 chữ số", example = "001190012345")
        @NotNull(message = "Số định danh cá nhân (CCCD) là bắt buộc.")
        @Pattern(regexp = "\\d{12}", message = "Số định danh cá nhân (CCCD) gồm đúng 12 chữ số.")
        String citizenId,
        @Schema(description = "Ngày sinh (yyyy-MM-dd), trước hôm nay", example = "1996-05-20")
        @NotNull(message = "Ngày sinh là bắt buộc (yyyy-MM-dd).") @Past(message = "Ngày sinh phải trước hôm nay.")
        LocalDate dateOfBirth,
        @Schema(description = "Giới tính: NAM hoặc NU")
        @NotNull(message = "Giới tính là bắt buộc (NAM hoặc NU).")
        Gender gender,
        @Schema(description = "Thư điện tử: nơi nhận số Phiếu và các thông báo của kỳ tuyển dụng",
                example = "lan.nguyen@example.vn")
        @NotBlank(message = "Thư điện tử là bắt buộc.") @Email(message = "Thư điện tử không hợp lệ.")
        @Size(max = 320, message = "Thư điện tử quá dài.")
        String email,
        @Schema(description = "Số điện thoại: 9 đến 15 chữ số, có thể bắt đầu bằng +", example = "0912345678")
        @NotBlank(message = "Số điện thoại là bắt buộc.")
        @Pattern(regexp = "\\+?\\d{9,15}", message = "Số điện thoại gồm 9 đến 15 chữ số, có thể bắt đầu bằng +.")
        String phone,
        @Schema(description = "Mã vị trí dự tuyển, như trong thông báo tuyển dụng của kỳ", example = "VT01")
        @NotBlank(message = "Mã vị trí dự tuyển là bắt buộc.") @Size(max = 50, message = "Mã vị trí tối đa 50 ký tự.")
        String positionCode,
        @Schema(description = "Mã các cơ quan theo thứ tự nguyện vọng, khi vị trí tuyển cho nhiều cơ quan "
                + "(không bắt buộc)")
        @Size(max = 20, message = "Tối đa 20 cơ quan theo thứ tự nguyện vọng.")
        List<@NotBlank(message = "Mã cơ quan không được để trống.")
             @Size(max = 45, message = "Mã cơ quan tối đa 45 ký tự.") String> agencyPreferences,
        @Schema(description = "Trình độ đào tạo và chuyên ngành")
        @NotNull(message = "Trình độ đào tạo là bắt buộc.") @Valid
        Degree degree,
        @Schema(description = "Mã các diện ưu tiên (GET /api/recruitment/priority-categories; không bắt buộc)")
        @Size(max = 20, message = "Tối đa 20 diện ưu tiên.")
        List<@NotBlank(message = "Mã diện ưu tiên không được để trống.")
             @Size(max = 40, message = "Mã diện ưu tiên tối đa 40 ký tự.") String> priorityCategories) {

    @Schema(description = "Trình độ đào tạo")
    public record Degree(
            @Schema(description = "Trình độ: TRUNG_CAP (trung cấp), CAO_DANG (cao đẳng), DAI_HOC (đại học), "
                    + "THAC_SI (thạc sĩ), TIEN_SI (tiến sĩ)")
            @NotNull(message = "Trình độ đào tạo là bắt buộc (TRUNG_CAP, CAO_DANG, DAI_HOC, THAC_SI, TIEN_SI).")
            DegreeLevel level,
            @Schema(description = "Chuyên ngành đào tạo", example = "Quản lý nhà nước")
            @NotBlank(message = "Chuyên ngành đào tạo là bắt buộc.") @Size(max = 255, message = "Chuyên ngành tối đa 255 ký tự.")
            String major) {
    }
}
