package vn.noivu.bpm.commendation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.commendation.process.ProposalDossiers;
import vn.noivu.bpm.personnel.AwardRegister;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.platform.web.site.PublicPage;

/**
 * The public pages of commendation, in the public site's layout and usable without JavaScript: the proposals being
 * posted (Law 06/2022 Art. 84(5)) with a form per posting to file an objection, and the published decisions by year.
 * The objection is checked by the same rules as {@code POST /api/commendation/public/postings/{id}/objections}
 * ({@link ProposalObjectionRequest}) and stored the same way; the form is guarded (token, honeypot, rate limit) by
 * the public site.
 */
@PublicPage
@Controller
public class CommendationPublicPages {

    public static final String POSTINGS = "/khen-thuong/niem-yet";
    public static final String DECISIONS = "/khen-thuong/quyet-dinh";
    /** The static page of earlier versions, linked from portals: it now leads to the posting page. */
    static final String OLD_POSTING_PAGE = "/commendation/posting.html";
    private static final int YEARS_OFFERED = 10;

    private final PublicCommendations published;
    private final ProposalDossiers dossiers;
    private final Validator validator;

    public CommendationPublicPages(PublicCommendations published, ProposalDossiers dossiers, Validator validator) {
        this.published = published;
        this.dossiers = dossiers;
        this.validator = validator;
    }

    @GetMapping(POSTINGS)
    public String postings(Model model) {
        model.addAttribute("postings", published.postings());
        return "public/commendation/niem-yet";
    }

    @GetMapping(OLD_POSTING_PAGE)
    public RedirectView oldPostingPage() {
        RedirectView redirect = new RedirectView(POSTINGS, true);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        return redirect;
    }

    /** The objection form of a posting; {@code nguoi} preselects the nominee the citizen clicked on. */
    @GetMapping(POSTINGS + "/{id:\\d{1,18}}/y-kien")
    public String objectionForm(@PathVariable long id, @RequestParam(name = "nguoi", required = false) String nominee,
                                Model model) {
        PublicCommendations.PostingView posting = published.posting(id);
        Map<String, String> form = new LinkedHashMap<>(Map.of("name", "", "contact", "", "content", ""));
        form.put("itemId", nominee != null && posting.nominees().stream()
                .anyMatch(n -> Long.toString(n.itemId()).equals(nominee)) ? nominee : "");
        return objectionPage(model, posting, form, Map.of());
    }

    @PostMapping(POSTINGS + "/{id:\\d{1,18}}/y-kien")
    public Object object(@PathVariable long id,
                         @RequestParam(required = false) String name,
                         @RequestParam(required = false) String contact,
                         @RequestParam(required = false) String content,
                         @RequestParam(required = false) String itemId,
                         Model model, HttpServletResponse response) {
        PublicCommendations.PostingView posting = published.posting(id);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name == null ? "" : name);
        form.put("contact", contact == null ? "" : contact);
        form.put("content", content == null ? "" : content);
        form.put("itemId", itemId == null ? "" : itemId);
        Map<String, String> errors = new LinkedHashMap<>();
        Long nominee = null;
        if (itemId != null && !itemId.isBlank()) {
            nominee = posting.nominees().stream().filter(n -> Long.toString(n.itemId()).equals(itemId.strip()))
                    .map(PublicCommendations.Nominee::itemId).findFirst().orElse(null);
            if (nominee == null) {
                errors.put("itemId", "Người, tập thể được phản ánh không có trong danh sách niêm yết này: chọn lại"
                        + " trong danh sách.");
            }
        }
        errors.putAll(violations(new ProposalObjectionRequest(name, contact, content, nominee)));
        if (errors.isEmpty()) {
            try {
                dossiers.object(id, name, contact, content, nominee);
            } catch (InvalidInputException e) {
                errors.put("itemId", withoutFieldNames(e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return objectionPage(model, posting, form, ordered(errors));
        }
        RedirectView done = new RedirectView(POSTINGS + "/" + id + "/y-kien/da-gui", true);
        done.setStatusCode(HttpStatus.SEE_OTHER);
        return done;
    }

    /** After a filed objection (the address carries no personal data): what happens next. */
    @GetMapping(POSTINGS + "/{id:\\d{1,18}}/y-kien/da-gui")
    public String filed(@PathVariable long id, Model model) {
        model.addAttribute("posting", published.posting(id));
        return "public/commendation/y-kien-da-gui";
    }

    @GetMapping(DECISIONS)
    public String decisions(@RequestParam(name = "nam", required = false) String year, Model model) {
        int thisYear = LocalDate.now(Deadlines.ZONE).getYear();
        int chosen = year(year, thisYear);
        model.addAttribute("year", chosen);
        model.addAttribute("years", IntStream.rangeClosed(0, YEARS_OFFERED - 1).map(i -> thisYear - i)
                .filter(y -> y >= AwardRegister.FIRST_YEAR).boxed().toList());
        model.addAttribute("decisions", published.decisions(chosen));
        return "public/commendation/quyet-dinh";
    }

    private static String objectionPage(Model model, PublicCommendations.PostingView posting, Map<String, String> form,
                                         Map<String, String> errors) {
        model.addAttribute("posting", posting);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "public/commendation/y-kien";
    }

    /** The request's rules, one message per field (a missing value rather than its shape), in the form's order. */
    private Map<String, String> violations(ProposalObjectionRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        validator.validate(request).stream()
                .sorted(Comparator.comparing((ConstraintViolation<ProposalObjectionRequest> v) -> !(v.getConstraintDescriptor()
                        .getAnnotation() instanceof NotBlank)))
                .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), withoutFieldNames(v.getMessage())));
        return errors;
    }

    private static Map<String, String> ordered(Map<String, String> errors) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String field : List.of("itemId", "name", "contact", "content")) {
            if (errors.containsKey(field)) {
                ordered.put(field, errors.get(field));
            }
        }
        return ordered;
    }

    /** The API's messages name the JSON field in brackets for integrators; a citizen reads the words alone. */
    static String withoutFieldNames(String message) {
        return message.replaceAll("\\s*\\((name|contact|content|itemId)\\)", "");
    }

    private static int year(String value, int thisYear) {
        return EmulationYear.parse(value, thisYear, "nam", "Năm thi đua phải là một năm từ " + AwardRegister.FIRST_YEAR
                + " đến " + EmulationYear.LAST + ".");
    }
}
