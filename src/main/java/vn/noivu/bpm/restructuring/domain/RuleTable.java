package vn.noivu.bpm.restructuring.domain;

import java.util.Map;

/**
 * One rule table of the restructuring procedure, as the domain sees it: inputs in, the matching row's outputs out
 * (null when no row matches). Which deployed version stands behind it is the process layer's business.
 */
@FunctionalInterface
public interface RuleTable {

    Map<String, Object> firstRow(Map<String, Object> inputs);
}
