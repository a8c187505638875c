package vn.noivu.bpm.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The wording rules of Decree 30/2020/NĐ-CP, Appendix I, for the parts of a document the generator fills in. */
public final class Decree30 {

    private Decree30() {
    }

    /** A number in its series: a leading 0 below 10 (App. I, II.3(a)): 9 → "09", 120 → "120". */
    public static String number(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("A document number starts at 1: " + number);
        }
        return number < 10 ? "0" + number : Integer.toString(number);
    }

    /** Type abbreviation and issuer abbreviation joined by "-" without spaces (App. I, II.3(b)): "QĐ-SNV". */
    public static String symbol(String typeAbbreviation, String issuerAbbreviation) {
        return typeAbbreviation == null || typeAbbreviation.isBlank() ? issuerAbbreviation
                : typeAbbreviation + "-" + issuerAbbreviation;
    }

    /** "Số: 09/QĐ-SNV" (App. I, II.3). */
    public static String numberLine(int number, String symbol) {
        return "Số: " + numberText(number, symbol);
    }

    /** "09/QĐ-SNV", as an appendix cites its document. */
    public static String numberText(int number, String symbol) {
        return number(number) + "/" + symbol;
    }

    /** Blank space kept as it is by HTML and Word, where a draft leaves the number and date to fill in. */
    public static final String BLANK = "\u00a0".repeat(6);

    /** A draft's number line: the number is given only when the signer approves (Art. 15(3)). */
    public static String draftNumberLine(String symbol) {
        return "Số:" + BLANK + "/" + symbol;
    }

    /**
     * "Hà Nội, ngày 05 tháng 12 năm 2026": a leading 0 for days below 10 and for months 1 and 2 only
     * (App. I, II.4(b)).
     */
    public static String dateLine(String place, LocalDate date) {
        return place + ", " + dateText(date);
    }

    /** "ngày 05 tháng 12 năm 2026", as an appendix cites its document ("Kèm theo Quyết định số … ngày …"). */
    public static String dateText(LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : Integer.toString(date.getDayOfMonth());
        String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : Integer.toString(date.getMonthValue());
        return "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /** A draft's date in an appendix's reference: filled in when the document is issued. */
    public static final String DRAFT_DATE_TEXT = "ngày" + BLANK + "tháng" + BLANK + "năm" + BLANK;

    /** A draft's date line: filled in when the document is issued. */
    public static String draftDateLine(String place) {
        return place + ", " + DRAFT_DATE_TEXT;
    }

    /**
     * The line under a decision's title naming who decides (App. III, template 1.2 note 6): the collective for TM.
     * ("ỦY BAN NHÂN DÂN"... is the head field then), otherwise the head's title and the body, e.g. "GIÁM ĐỐC SỞ NỘI VỤ".
     */
    public static String authorityLine(Signer signer, String issuerName) {
        return signer.authority() == Signer.Authority.TM ? issuerName : signer.head() + " " + issuerName;
    }

    /**
     * "Nơi nhận:" lines (App. I, II.9(d)): "- recipient;" each, then "- Lưu: VT, <unit>." closing the list.
     */
    public static List<String> recipientLines(List<String> recipients, String archiveUnits) {
        List<String> lines = new ArrayList<>();
        for (String recipient : recipients) {
            lines.add("- " + recipient.strip() + ";");
        }
        lines.add("- Lưu: " + archiveUnits.strip() + ".");
        return lines;
    }
}
