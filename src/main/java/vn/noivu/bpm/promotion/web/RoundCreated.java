package vn.noivu.bpm.promotion.web;

import vn.noivu.bpm.promotion.PromotionVocabulary.RoundStatus;

/** {@code 201} to {@code POST /api/promotion/rounds}. */
public record RoundCreated(String code, RoundStatus status, String processInstanceId) {
}
