package vn.noivu.bpm.recruitment.domain;

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
public record ApplicationRequest(
        @NotBlank(message = "Họ và tên là bắt buộc.") @Size(max = 255, message = "Họ và tên tối đa 255 ký tự.")
        String fullName,
        @NotNull(message = "Số định danh cá nhân (CCCD) là bắt buộc.")
        @Pattern(regexp = "\\d{12}", message = "Số định danh cá nhân (CCCD) gồm đúng 12 chữ số.")
        String citizenId,
        @NotNull(message = "Ngày sinh là bắt buộc (yyyy-MM-dd).") @Past(message = "Ngày sinh phải trước hôm nay.")
        LocalDate dateOfBirth,
        @NotNull(message = "Giới tính là bắt buộc (NAM hoặc NU).")
        Gender gender,
        @NotBlank(message = "Thư điện tử là bắt buộc.") @Email(message = "Thư điện tử không hợp lệ.")
        @Size(max = 320, message = "Thư điện tử quá dài.")
        String email,
        @NotBlank(message = "Số điện thoại là bắt buộc.")
        @Pattern(regexp = "\\+?\\d{9,15}", message = "Số điện thoại gồm 9 đến 15 chữ số, có thể bắt đầu bằng +.")
        String phone,
        @NotBlank(message = "Mã vị trí dự tuyển là bắt buộc.") @Size(max = 50, message = "Mã vị trí tối đa 50 ký tự.")
        String positionCode,
        @Size(max = 20, message = "Tối đa 20 cơ quan theo thứ tự nguyện vọng.")
        List<@NotBlank(message = "Mã cơ quan không được để trống.")
             @Size(max = 45, message = "Mã cơ quan tối đa 45 ký tự.") String> agencyPreferences,
        @NotNull(message = "Trình độ đào tạo là bắt buộc.") @Valid
        Degree degree,
        @Size(max = 20, message = "Tối đa 20 diện ưu tiên.")
        List<@NotBlank(message = "Mã diện ưu tiên không được để trống.")
             @Size(max = 40, message = "Mã diện ưu tiên tối đa 40 ký tự.") String> priorityCategories) {

    public record Degree(
            @NotNull(message = "Trình độ đào tạo là bắt buộc (TRUNG_CAP, CAO_DANG, DAI_HOC, THAC_SI, TIEN_SI).")
            DegreeLevel level,
            @NotBlank(message = "Chuyên ngành đào tạo là bắt buộc.") @Size(max = 255, message = "Chuyên ngành tối đa 255 ký tự.")
            String major) {
    }
}
