package vn.noivu.bpm.promotion.web;

import vn.noivu.bpm.promotion.PromotionVocabulary.NominationStatus;

/** {@code 201} to {@code POST /api/promotion/rounds/{code}/nominations}. */
public record Nominated(String citizenId, String fullName, NominationStatus status) {
}
