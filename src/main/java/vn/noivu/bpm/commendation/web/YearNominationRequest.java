package vn.noivu.bpm.commendation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/commendation/years/{id}/nominations}: a person of the year's staff ({@code citizenId}) or the
 * unit itself ({@code collective: true}) proposed for a title (codes of the rule tables: LAO_DONG_TIEN_TIEN,
 * CHIEN_SI_THI_DUA_CO_SO, GIAY_KHEN, TAP_THE_LAO_DONG_TIEN_TIEN, TAP_THE_LAO_DONG_XUAT_SAC, ...). A person's facts
 * come from the staff row and the initiatives register; science work and combat ingenuity are declared here (P3).
 * A collective's counts are computed from the staff rows and the individual verdicts unless given.
 */
public record YearNominationRequest(
        @Size(max = 12, message = "Số định danh (citizenId) gồm 12 chữ số.")
        String citizenId,
        Boolean collective,
        @NotBlank(message = "Danh hiệu (title) là bắt buộc.") @Size(max = 40, message = "Mã danh hiệu (title) tối đa 40 ký tự.")
        String title,
        Boolean scienceWorkAccepted,
        Boolean combatIngenuity,
        @Min(value = 1, message = "Số thành viên (members) ít nhất 1.") @Max(value = 100000, message = "Số thành viên (members) tối đa 100000.")
        Integer members,
        @Min(value = 0, message = "membersCompletingTasks không âm.") @Max(value = 100000, message = "membersCompletingTasks tối đa 100000.")
        Integer membersCompletingTasks,
        @Min(value = 0, message = "advancedWorkers không âm.") @Max(value = 100000, message = "advancedWorkers tối đa 100000.")
        Integer advancedWorkers,
        @Min(value = 0, message = "baseEmulationFighters không âm.") @Max(value = 100000, message = "baseEmulationFighters tối đa 100000.")
        Integer baseEmulationFighters,
        @Size(max = 30, message = "heaviestDiscipline: KHONG, KHIEN_TRACH, CANH_CAO, HA_BAC_LUONG, GIANG_CHUC, CACH_CHUC, BUOC_THOI_VIEC.")
        String heaviestDiscipline) {
}
