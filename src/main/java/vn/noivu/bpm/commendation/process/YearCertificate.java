package vn.noivu.bpm.commendation.process;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Service;
import vn.noivu.bpm.commendation.domain.Title;
import vn.noivu.bpm.commendation.domain.YearReview.Status;
import vn.noivu.bpm.commendation.persistence.YearRepository;
import vn.noivu.bpm.commendation.persistence.YearRepository.NominationRow;
import vn.noivu.bpm.commendation.persistence.YearRepository.YearRow;
import vn.noivu.bpm.documents.Decree30;
import vn.noivu.bpm.documents.DocumentService;
import vn.noivu.bpm.documents.render.PdfPrinter;
import vn.noivu.bpm.documents.render.TemplateRenderer;
import vn.noivu.bpm.platform.error.Refused;

/**
 * A printable certificate of a title the year recognised, from the template {@code commendation-certificate}
 * (bpmn/commendation/documents/): the layout of a Giấy khen, which the decider designs (Law 06/2022 Art. 12(2)), not
 * a Decree 30 document. Only for a nomination the decision recognised.
 */
@Service
public class YearCertificate {

    public static final String TEMPLATE = "commendation-certificate";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final YearRepository years;
    private final TemplateRenderer renderer;
    private final PdfPrinter printer;
    private final DocumentService documents;
    private final YearRules rules;

    public YearCertificate(YearRepository years, TemplateRenderer renderer, PdfPrinter printer, DocumentService documents,
                           YearRules rules) {
        this.rules = rules;
        this.years = years;
        this.renderer = renderer;
        this.printer = printer;
        this.documents = documents;
    }

    public byte[] pdf(long yearId, long nominationId) {
        YearRow year = years.find(yearId).orElseThrow(() -> Refused.notFound("year_not_found",
                "Không có năm thi đua với mã " + yearId + "."));
        NominationRow n = years.nominations(yearId).stream().filter(x -> x.id() == nominationId).findFirst()
                .orElseThrow(() -> Refused.notFound("nomination_not_found", "Không có đề nghị " + nominationId
                        + " trong năm thi đua " + yearId + "."));
        if (Status.valueOf(n.status()) != Status.DA_CONG_NHAN) {
            throw Refused.conflict("not_awarded", "Đề nghị " + nominationId + " chưa được công nhận: chỉ in giấy khen"
                    + " cho danh hiệu đã có quyết định.");
        }
        Title title = Title.valueOf(n.title());
        Map<String, Object> data = new HashMap<>();
        boolean collective = "TAP_THE".equals(n.subject());
        String holder = collective ? "Tập thể " + year.unitName() : YearSheets.holder(n,
                YearSheets.staffById(years, yearId), year);
        String issuerName = documents.issuer(year.issuer()).name();
        data.put("deciderLine", issuerName.toUpperCase(Locale.ROOT));
        data.put("certificateName", title == Title.GIAY_KHEN ? "GIẤY KHEN" : "GIẤY CHỨNG NHẬN");
        data.put("holderName", holder);
        data.put("holderUnit", collective ? "" : year.unitName());
        data.put("titleLabel", title.label());
        data.put("awardYear", Integer.toString(year.year()));
        data.put("decisionNumber", Objects.requireNonNullElse(n.decisionNumber(), ""));
        data.put("decisionDate", n.decisionDate() == null ? "" : DAY.format(n.decisionDate()));
        data.put("registerNumber", yearId + "-" + nominationId);
        data.put("place", Objects.requireNonNullElse(documents.issuer(year.issuer()).place(), ""));
        data.put("dateText", n.decisionDate() == null ? "" : Decree30.dateText(n.decisionDate()));
        // The decider of the title for a unit of this kind, in the words of the table commendation-deciders.
        data.put("signerTitle", rules.rules(yearId).decider(title, vn.noivu.bpm.commendation.domain.Decider.UnitKind
                .valueOf(year.unitKind()), year.startedOn()).decider().label().toUpperCase(Locale.ROOT));
        return printer.print(Jsoup.parse(renderer.render(TEMPLATE, data).html()));
    }
}
