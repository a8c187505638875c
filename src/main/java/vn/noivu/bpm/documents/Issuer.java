package vn.noivu.bpm.documents;

/**
 * A body that issues documents, as configured under {@code noivu.documents.issuers.<code>}.
 *
 * @param name official full name, upper case (App. I, II.2), e.g. "SỞ NỘI VỤ"
 * @param superior the direct superior body, upper case, or empty, e.g. "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"
 * @param abbreviation in every symbol, e.g. "SNV" (set by the head of the body, App. I, II.3(b))
 * @param place the place in the date line, e.g. "Hà Nội"
 * @param series one series per document type, or one shared by all types (Art. 15(1)(c))
 * @param archive the "Lưu:" line of the recipients, e.g. "VT, CCVC"
 * @param signer who signs the issuer's documents
 */
public record Issuer(String name, String superior, String abbreviation, String place, Series series, String archive,
                     Signer signer) {

    public enum Series {
        PER_TYPE("Mỗi loại văn bản một dãy số"),
        SHARED("Một dãy số chung cho mọi loại");

        public final String label;

        Series(String label) {
            this.label = label;
        }
    }

    /** The series a document of this type takes its number from. */
    public String seriesOf(DocumentType type) {
        return series == Series.SHARED ? "CHUNG" : type.seriesPerType();
    }
}
