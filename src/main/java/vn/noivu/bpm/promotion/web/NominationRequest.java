package vn.noivu.bpm.promotion.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * {@code POST /api/promotion/rounds/{code}/nominations}: a unit nominates one of its staff (from the register).
 * {@code certificatesMet}: the target title's diplomas and certificates are in the dossier; {@code vacancy}:
 * (civil servants) a vacancy of the higher rank in the approved job-position ratio.
 */
public record NominationRequest(
        @NotNull(message = "Số định danh cá nhân (CCCD) là bắt buộc.")
        @Pattern(regexp = "\\d{12}", message = "Số định danh cá nhân (CCCD) gồm đúng 12 chữ số.")
        String citizenId,
        @NotNull(message = "certificatesMet là bắt buộc (true/false).")
        Boolean certificatesMet,
        Boolean vacancy) {
}
