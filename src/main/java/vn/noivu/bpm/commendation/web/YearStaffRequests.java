package vn.noivu.bpm.commendation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The bodies of the year's smaller staff endpoints. */
public final class YearStaffRequests {

    private YearStaffRequests() {
    }

    /** {@code PUT .../staff/{citizenId}/maternity-leave}: maternity leave fell in the year (P17). */
    public record MaternityLeave(@NotNull(message = "maternityLeave (true/false) là bắt buộc.") Boolean maternityLeave) {
    }

    /**
     * {@code POST .../staff/{citizenId}/proceedings}: a discipline review, investigation or complaint is open (P16):
     * kind XEM_XET_KY_LUAT, DIEU_TRA or KHIEU_NAI.
     */
    public record Proceedings(@NotBlank(message = "Loại việc (kind) là bắt buộc: XEM_XET_KY_LUAT, DIEU_TRA hoặc KHIEU_NAI.")
                              @Size(max = 30, message = "kind: XEM_XET_KY_LUAT, DIEU_TRA hoặc KHIEU_NAI.") String kind,
                              @NotBlank(message = "Lý do (reason) là bắt buộc.")
                              @Size(max = 1000, message = "Lý do (reason) tối đa 1000 ký tự.") String reason) {
    }

    /** {@code POST .../staff/{citizenId}/proceedings/clear}: the proceedings ended: KHONG_VI_PHAM or BI_KY_LUAT. */
    public record Cleared(@NotBlank(message = "Kết quả (result) là bắt buộc: KHONG_VI_PHAM hoặc BI_KY_LUAT.")
                          @Size(max = 30, message = "result: KHONG_VI_PHAM hoặc BI_KY_LUAT.") String result,
                          @Size(max = 1000, message = "Ghi chú (note) tối đa 1000 ký tự.") String note) {
    }

    /** {@code POST .../votes}: the council's ballots, a row per nominee awaiting the vote. */
    public record Votes(@NotEmpty(message = "Danh sách phiếu (votes) cần ít nhất một dòng.")
                        List<@NotNull(message = "Dòng phiếu không được để trống.") @Valid Vote> votes) {
    }

    public record Vote(@NotNull(message = "nominationId là bắt buộc.") Long nominationId,
                       @NotNull(message = "Số phiếu đồng ý (agree) là bắt buộc.")
                       @Min(value = 0, message = "Số phiếu đồng ý (agree) không âm.")
                       @Max(value = 999, message = "Số phiếu đồng ý (agree) tối đa 999.") Integer agree,
                       @Min(value = 0, message = "Số phiếu không đồng ý (against) không âm.")
                       @Max(value = 999, message = "Số phiếu không đồng ý (against) tối đa 999.") Integer against) {
    }
}
