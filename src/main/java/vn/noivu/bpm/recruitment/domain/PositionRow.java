package vn.noivu.bpm.recruitment.domain;

import java.util.List;

/** A position of a round's plan (recruitment_position). */
public record PositionRow(long id, long roundId, String code, String title, String rank, int quota,
                          String minDegree, List<String> majors, String round2Format) {
}
