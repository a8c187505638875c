package vn.noivu.bpm.exam;

/** Where a candidate stands after ranking. */
public enum Outcome {
    /** Within the quota. */
    WINNER,
    /** Passed, ranked below the quota. */
    NOT_SELECTED,
    /** Did not reach a pass mark: never ranked, whatever the priority points. */
    FAILED,
    ABSENT,
    /** Tied with others for the last places after every tie-break: the head of the authority decides. */
    AWAITING_DECISION
}
