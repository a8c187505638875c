package vn.noivu.bpm.restructuring.process;

/** The process key and variable names of a restructuring scheme (contracts for running instances). */
public final class SchemeProcess {

    public static final String KEY = "restructuring-scheme";
    public static final String SCHEME_ID = "schemeId";
    public static final String ROUND_CODE = "roundCode";
    public static final String ROUND_TITLE = "roundTitle";
    public static final String ORG_UNIT = "orgUnitCode";
    public static final String CHANGE_LEVEL = "changeLevel";
    public static final String CONSULTATION_ROUND = "consultationRound";
    public static final String CONSULTATION_COUNT = "consultationCount";
    public static final String CONSULTATION_OUTCOME = "consultationOutcome";
    public static final String COUNCILS_COMPLETE = "councilsComplete";
    public static final String COUNCILS_ADOPTED = "councilsAdopted";
    public static final String EFFECTIVE_FROM = "effectiveFrom";
    public static final String CLASSIFICATION_DUE = "classificationDue";
    public static final String COMMUNE_CODE = "communeCode";
    public static final String COMMUNE_NAME = "communeName";
    /** The consultation outcomes the gateway after the consultation routes on. */
    public static final String PASSED = "DAT";

    private SchemeProcess() {
    }
}
