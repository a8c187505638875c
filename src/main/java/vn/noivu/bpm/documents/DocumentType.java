package vn.noivu.bpm.documents;

import java.util.regex.Pattern;

/**
 * A kind of document a procedure issues, e.g. its Thông báo tuyển dụng.
 *
 * @param code stable key, also the template's name: {@code <code>.template.html}, e.g. "recruitment-notice"
 * @param name the Vietnamese name for people, e.g. "Thông báo tuyển dụng"
 * @param abbreviation the type's abbreviation in the symbol (App. III, I): "QĐ", "TB", "KH"; empty for a công văn
 */
public record DocumentType(String code, String name, String abbreviation) {

    public static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public DocumentType {
        if (code == null || !CODE.matcher(code).matches() || code.length() > 80) {
            throw new IllegalArgumentException("A document type code is kebab-case, at most 80 characters: " + code);
        }
    }

    /** The series a document of this type is numbered in, when the issuer keeps one series per type. */
    public String seriesPerType() {
        return abbreviation == null || abbreviation.isBlank() ? "CV" : abbreviation;
    }
}
