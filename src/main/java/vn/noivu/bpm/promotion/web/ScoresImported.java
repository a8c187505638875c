package vn.noivu.bpm.promotion.web;

/**
 * {@code 200} to {@code POST /api/promotion/rounds/{code}/scores}: {@code complete} when no eligible nominee's result
 * is missing; the ranking then runs as a job of the round (the round's status moves when it has).
 */
public record ScoresImported(int stored, int awaiting, boolean complete) {
}
