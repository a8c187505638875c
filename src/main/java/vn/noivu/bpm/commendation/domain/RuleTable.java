package vn.noivu.bpm.commendation.domain;

import java.util.Map;

/**
 * One rule table of a commendation case, as the domain sees it: inputs in, the matching row's outputs out (null when
 * no row matches). Which deployed version stands behind it (the one the case pinned) is the process layer's business.
 */
@FunctionalInterface
public interface RuleTable {

    Map<String, Object> firstRow(Map<String, Object> inputs);
}
