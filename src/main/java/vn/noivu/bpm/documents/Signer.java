package vn.noivu.bpm.documents;

import java.util.List;

/**
 * Who signs for an issuer, and how (Art. 13; App. I, II.7(b)): the authority prefix before the head's title (or the
 * collective's name for TM.), then the signer's own position, then the name.
 *
 * @param authority how the signer signs
 * @param head the head's title, upper case, e.g. "GIÁM ĐỐC", or for TM. the collective, e.g. "ỦY BAN NHÂN DÂN"
 * @param title the signer's position, upper case, e.g. "PHÓ GIÁM ĐỐC"; for {@link Authority#NONE} the head signs
 * @param name family, middle and given name, no titles
 */
public record Signer(Authority authority, String head, String title, String name) {

    public enum Authority {
        /** The head signs in person. */
        NONE("", "Thủ trưởng ký"),
        /** On behalf of a collective body (chế độ tập thể). */
        TM("TM.", "Thay mặt tập thể"),
        /** A deputy signs for the head. */
        KT("KT.", "Ký thay"),
        /** By order of the head. */
        TL("TL.", "Thừa lệnh"),
        /** By written authorisation. */
        TUQ("TUQ.", "Thừa ủy quyền"),
        /** The acting head. */
        Q("Q.", "Quyền");

        public final String prefix;
        public final String label;

        Authority(String prefix, String label) {
            this.prefix = prefix;
            this.label = label;
        }
    }

    /** The lines above the signature, e.g. ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"] or ["Q. GIÁM ĐỐC"]. */
    public List<String> positionLines() {
        return switch (authority) {
            case NONE -> List.of(head);
            case Q -> List.of(authority.prefix + " " + head);
            default -> List.of(authority.prefix + " " + head, title);
        };
    }
}
