package vn.noivu.bpm.recruitment.domain;

import java.math.BigDecimal;
import java.util.List;

/** A tie across the last places of a position, or of one agency of a shared position ('' for the position). */
public record OpenTie(long positionId, String agency, int places, BigDecimal total,
                      List<Long> applicationIds) {
}
