package vn.noivu.bpm.promotion.domain;

import java.util.Map;

/**
 * One rule table of a round, as the domain sees it: inputs in, the matching row's outputs out (null when no row
 * matches). The pinned DMN version behind it is the process layer's business.
 */
@FunctionalInterface
public interface RuleTable {

    Map<String, Object> firstRow(Map<String, Object> inputs);
}
