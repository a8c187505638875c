package vn.noivu.bpm.platform.web;

/** What public pages and exports may show of a person: enough to recognise oneself, not enough to identify. */
public final class PersonalData {

    private PersonalData() {
    }

    /** A citizen ID with only its last four digits: {@code ********0123}. */
    public static String maskCitizenId(String citizenId) {
        if (citizenId == null || citizenId.length() <= 4) {
            return citizenId == null ? null : "****";
        }
        return "*".repeat(citizenId.length() - 4) + citizenId.substring(citizenId.length() - 4);
    }
}
