package vn.noivu.bpm.exam;

/** What decides between candidates with the same total, in the order a rule table lists them. */
public enum TieBreak {
    /** The professional score without priority points (Decree 170/2025 Art. 10(2)(a), Art. 12(2)). */
    PROFESSIONAL_SCORE,
    /** The written score, when the professional exam is written plus interview (Decree 170/2025 Art. 10(2)(b)). */
    WRITTEN_SCORE,
    /** Round 1 part I, for public employees (Decree 115/2020 as amended, Art. 10(2)). */
    ROUND1_PART1
}
