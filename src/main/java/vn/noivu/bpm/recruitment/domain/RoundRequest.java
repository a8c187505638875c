package vn.noivu.bpm.recruitment.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.DegreeLevel;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Method;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Rank;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Round2Format;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.StaffType;

/** {@code POST /api/recruitment/rounds}: a round's plan as the official prepares it. */
public record RoundRequest(
        @NotBlank(message = "Mã kỳ tuyển dụng là bắt buộc.")
        @Size(max = 50, message = "Mã kỳ tuyển dụng tối đa 50 ký tự.")
        @Pattern(regexp = "[A-Za-z0-9-]+", message = "Mã kỳ tuyển dụng chỉ gồm chữ không dấu, số và dấu gạch ngang.")
        String code,
        @NotBlank(message = "Tên kỳ tuyển dụng là bắt buộc.") @Size(max = 500, message = "Tên tối đa 500 ký tự.")
        String title,
        @NotBlank(message = "Cơ quan tuyển dụng là bắt buộc.") @Size(max = 255, message = "Tên cơ quan tối đa 255 ký tự.")
        String agency,
        @NotNull(message = "Hình thức tuyển dụng là bắt buộc (THI_TUYEN hoặc XET_TUYEN).")
        Method method,
        StaffType staffType,
        @NotNull(message = "Ngày thông báo là bắt buộc (yyyy-MM-dd).")
        LocalDate noticeDate,
        @NotNull(message = "Hạn nhận Phiếu đăng ký là bắt buộc (yyyy-MM-dd).")
        LocalDate applicationDeadline,
        @NotEmpty(message = "Kế hoạch cần ít nhất một vị trí việc làm.")
        @Size(max = 200, message = "Một kế hoạch tối đa 200 vị trí việc làm.")
        List<@NotNull(message = "Vị trí việc làm không được để trống.") @Valid Position> positions) {

    public StaffType staffTypeOrDefault() {
        return staffType == null ? StaffType.CONG_CHUC : staffType;
    }

    public record Position(
            @NotBlank(message = "Mã vị trí là bắt buộc.") @Size(max = 50, message = "Mã vị trí tối đa 50 ký tự.")
            String code,
            @NotBlank(message = "Tên vị trí là bắt buộc.") @Size(max = 500, message = "Tên vị trí tối đa 500 ký tự.")
            String title,
            @NotNull(message = "Ngạch của vị trí là bắt buộc (NHAN_VIEN, CAN_SU, CHUYEN_VIEN, CHUYEN_VIEN_CHINH).")
            Rank rank,
            @NotNull(message = "Chỉ tiêu là bắt buộc.") @Min(value = 1, message = "Chỉ tiêu ít nhất là 1.")
            @Max(value = 10000, message = "Chỉ tiêu tối đa 10000.")
            Integer quota,
            @NotNull(message = "Trình độ tối thiểu là bắt buộc (TRUNG_CAP, CAO_DANG, DAI_HOC, THAC_SI, TIEN_SI).")
            DegreeLevel minDegree,
            @Size(max = 10, message = "Tối đa 10 chuyên ngành cho một vị trí.")
            List<@NotBlank(message = "Tên chuyên ngành không được để trống.")
                 @Size(max = 150, message = "Tên chuyên ngành tối đa 150 ký tự.") String> majors,
            @NotNull(message = "Hình thức thi vòng 2 là bắt buộc (VIET, VIET_PHONG_VAN, VAN_DAP, THUC_HANH).")
            Round2Format round2Format,
            @Size(max = 50, message = "Tối đa 50 cơ quan cho một vị trí.")
            List<@NotNull(message = "Cơ quan sử dụng không được để trống.") @Valid AgencyQuota> agencies) {
    }

    /** A position shared by several agencies: each agency's part of the quota. */
    public record AgencyQuota(
            @NotBlank(message = "Mã cơ quan sử dụng là bắt buộc.") @Size(max = 45, message = "Mã cơ quan tối đa 45 ký tự.")
            String code,
            @NotNull(message = "Chỉ tiêu của cơ quan là bắt buộc.") @Min(value = 1, message = "Chỉ tiêu ít nhất là 1.")
            Integer quota) {
    }
}
