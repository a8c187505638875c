package vn.noivu.bpm.commendation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A unit's proposal to the province: {@code kind} CONG_TRANG (annual merit, posted publicly first) or DOT_XUAT (the
 * simplified procedure for a sudden achievement, Law 06/2022 Art. 85); its nominees, each a person of the personnel
 * register (citizenId) or a collective (unitCode and unitName), with the title proposed and the achievement.
 */
public record ProposalRequest(
        @NotBlank(message = "Mã đơn vị đề nghị (unitCode) là bắt buộc.")
        @Pattern(regexp = "[A-Za-z0-9._-]{1,50}", message = "Mã đơn vị (unitCode) gồm chữ, số, dấu chấm, gạch; tối đa 50 ký tự.")
        String unitCode,
        @NotBlank(message = "Tên đơn vị đề nghị (unitName) là bắt buộc.")
        @Size(max = 255, message = "Tên đơn vị (unitName) tối đa 255 ký tự.")
        String unitName,
        @NotNull(message = "Năm thi đua (year) là bắt buộc.")
        @Min(value = 2024, message = "Năm thi đua (year) từ 2024 (Luật Thi đua, khen thưởng 2022 có hiệu lực).")
        @Max(value = 2100, message = "Năm thi đua (year) không hợp lệ.")
        Integer year,
        @NotNull(message = "Loại đề nghị (kind) là bắt buộc: CONG_TRANG hoặc DOT_XUAT.")
        @Pattern(regexp = "CONG_TRANG|DOT_XUAT", message = "Loại đề nghị (kind): CONG_TRANG (theo công trạng) hoặc DOT_XUAT (đột xuất, thủ tục đơn giản).")
        String kind,
        @NotEmpty(message = "Danh sách đề nghị (items) cần ít nhất một cá nhân hoặc tập thể.")
        @Size(max = 200, message = "Một tờ trình tối đa 200 cá nhân, tập thể (items).")
        List<@NotNull(message = "Dòng đề nghị không được để trống.") @Valid Item> items) {

    /** One nominee. Collective facts are optional: with them the rule tables check Tập thể lao động xuất sắc. */
    public record Item(
            @Pattern(regexp = "\\d{12}", message = "Số định danh cá nhân (citizenId) gồm đúng 12 chữ số.")
            String citizenId,
            @Pattern(regexp = "[A-Za-z0-9._-]{1,50}", message = "Mã tập thể (unitCode) gồm chữ, số, dấu chấm, gạch; tối đa 50 ký tự.")
            String unitCode,
            @Size(max = 255, message = "Tên tập thể (unitName) tối đa 255 ký tự.")
            String unitName,
            @NotNull(message = "Danh hiệu, hình thức đề nghị (title) là bắt buộc.")
            @Pattern(regexp = "BANG_KHEN_TINH|CHIEN_SI_THI_DUA_TINH|TAP_THE_LAO_DONG_XUAT_SAC|CO_THI_DUA_TINH",
                    message = "Danh hiệu, hình thức cấp tỉnh (title): BANG_KHEN_TINH, CHIEN_SI_THI_DUA_TINH, TAP_THE_LAO_DONG_XUAT_SAC hoặc CO_THI_DUA_TINH.")
            String title,
            @NotBlank(message = "Tóm tắt thành tích (achievement) là bắt buộc.")
            @Size(max = 4000, message = "Tóm tắt thành tích (achievement) tối đa 4000 ký tự.")
            String achievement,
            @Valid CollectiveFactsRequest collective) {
    }

    /** A collective's counts over all its members for the year. */
    public record CollectiveFactsRequest(
            @NotNull(message = "Số thành viên (members) là bắt buộc.") @Min(value = 1, message = "Số thành viên (members) ít nhất 1.") @Max(value = 100000, message = "Số thành viên (members) quá lớn.") Integer members,
            @NotNull(message = "Số thành viên hoàn thành nhiệm vụ (membersCompletingTasks) là bắt buộc.") @Min(value = 0, message = "Không được âm.") @Max(value = 100000, message = "Quá lớn.") Integer membersCompletingTasks,
            @NotNull(message = "Số Lao động tiên tiến (advancedWorkers) là bắt buộc.") @Min(value = 0, message = "Không được âm.") @Max(value = 100000, message = "Quá lớn.") Integer advancedWorkers,
            @NotNull(message = "Số Chiến sĩ thi đua cơ sở (baseEmulationFighters) là bắt buộc.") @Min(value = 0, message = "Không được âm.") @Max(value = 100000, message = "Quá lớn.") Integer baseEmulationFighters,
            @Pattern(regexp = "KHONG|KHIEN_TRACH|CANH_CAO|HA_BAC_LUONG|GIANG_CHUC|CACH_CHUC|BUOC_THOI_VIEC",
                    message = "Hình thức kỷ luật nặng nhất (heaviestDiscipline): KHONG, KHIEN_TRACH, CANH_CAO, HA_BAC_LUONG, GIANG_CHUC, CACH_CHUC, BUOC_THOI_VIEC.")
            String heaviestDiscipline) {
    }
}
