package vn.noivu.bpm.platform.notification;

/**
 * A public milestone of an applicant's dossier, told by email once per dossier. Each procedure names its own
 * (an enum implementing this); the texts take the dossier number for {@code %s}.
 */
public interface ApplicantMilestone {

    /** Stored with each notification, e.g. {@code APPLICANT_RECEIVED}: a kind once used never changes. */
    String kind();

    /** The email's subject. */
    String title();

    /** The sentence after the procedure's name. */
    String opening();

    /** Written before the message's detail, e.g. "Lý do: " for a reason; empty for none. */
    default String detailLabel() {
        return "";
    }

    /**
     * The public page where the applicant follows the dossier (e.g. {@code /tra-cuu}), linked in every email of
     * the milestone under the site's public address; null for none. The link carries no personal data.
     */
    default String lookupPath() {
        return null;
    }
}
