package vn.noivu.bpm.promotion.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.noivu.bpm.platform.web.PersonalData;
import vn.noivu.bpm.promotion.persistence.NominationRepository.NominationRow;
import vn.noivu.bpm.promotion.process.PromotionPublication;

/** The body of {@code GET /api/promotion/rounds/{code}/results}: for staff whole, for the public masked. */
final class ResultsView {

    private ResultsView() {
    }

    static Map<String, Object> forStaff(PromotionPublication.Results results) {
        return body(results, false);
    }

    /** Names and outcomes: the citizen ID masked to its last four digits and no reason. */
    static Map<String, Object> forPublic(PromotionPublication.Results results) {
        return body(results, true);
    }

    private static Map<String, Object> body(PromotionPublication.Results results, boolean masked) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", results.round().code());
        body.put("status", results.round().status().name());
        body.put("statusLabel", results.round().status().label());
        body.put("quota", results.round().quota());
        List<Map<String, Object>> nominees = results.nominees().stream().map(n -> row(n, masked)).toList();
        body.put("nominees", nominees);
        return body;
    }

    private static Map<String, Object> row(NominationRow n, boolean masked) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("citizenId", masked ? PersonalData.maskCitizenId(n.citizenId()) : n.citizenId());
        row.put("fullName", n.fullName());
        row.put("eligibility", name(n.status()));
        row.put("eligibilityLabel", n.status() == null ? null : n.status().label());
        if (!masked) {
            row.put("reason", n.reason());
        }
        row.put("examScore", n.examScore());
        row.put("rank", n.rank());
        row.put("outcome", name(n.outcome()));
        row.put("outcomeLabel", n.outcome() == null ? null : n.outcome().label());
        row.put("appointmentStatus", name(n.appointmentStatus()));
        row.put("appointmentStatusLabel", n.appointmentStatus() == null ? null : n.appointmentStatus().label());
        row.put("appointmentDecision", n.appointmentDecision());
        if (!masked) {
            // The issued decision in the register (GET /api/documents/{id}.pdf, staff); null when typed by hand.
            row.put("appointmentDocumentId", n.appointmentDocumentId());
        }
        return row;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
