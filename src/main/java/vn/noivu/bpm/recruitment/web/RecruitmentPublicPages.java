package vn.noivu.bpm.recruitment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.platform.security.Throttle;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.platform.web.site.PublicPage;
import vn.noivu.bpm.platform.web.site.PublicSection;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.DegreeLevel;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Gender;
import vn.noivu.bpm.recruitment.process.ApplicationService;
import vn.noivu.bpm.recruitment.process.PublicRecruitment;
import vn.noivu.bpm.recruitment.process.ReviewRequests;

/**
 * The public pages of recruitment for applicants, on a phone and without JavaScript: the rounds accepting
 * applications, a round, the Phiếu đăng ký dự tuyển and its receipt, the lookup of one's own dossier (number and
 * citizen ID sent in the form's body, never in an address), a review request, and the published results. The
 * same services as the JSON API, the same rules and messages, said in words.
 */
@PublicPage
@Controller
public class RecruitmentPublicPages {

    static final String ROUNDS = "/tuyen-dung";
    static final String LOOKUP = "/tra-cuu";
    private static final String NOT_FOUND = "Không tìm thấy hồ sơ với số hồ sơ và số định danh cá nhân đã nhập. "
            + "Kiểm tra lại hai số (số hồ sơ có trong thư điện tử xác nhận đã nộp Phiếu) rồi tra cứu lại.";

    /** The menu entries recruitment supplies to the public site. */
    @Configuration
    static class Sections {
        @Bean
        PublicSection recruitmentRoundsSection() {
            return new PublicSection(ROUNDS, "Tuyển dụng", "Các kỳ tuyển dụng công chức, viên chức đang nhận Phiếu "
                    + "đăng ký dự tuyển; nộp Phiếu trực tuyến và xem kết quả đã công bố.", 10);
        }

        @Bean
        PublicSection recruitmentLookupSection() {
            return new PublicSection(LOOKUP, "Tra cứu hồ sơ dự tuyển", "Xem tình trạng hồ sơ dự tuyển, kết quả kiểm tra "
                    + "điều kiện, điểm thi và gửi đơn phúc khảo, bằng số hồ sơ và số định danh cá nhân.", 11);
        }
    }

    private final PublicRecruitment recruitment;
    private final ApplicationService applications;
    private final ReviewRequests reviewRequests;
    private final Throttle throttle;
    private final Validator validator;

    public RecruitmentPublicPages(PublicRecruitment recruitment, ApplicationService applications,
                                  ReviewRequests reviewRequests, Throttle throttle, Validator validator) {
        this.recruitment = recruitment;
        this.applications = applications;
        this.reviewRequests = reviewRequests;
        this.throttle = throttle;
        this.validator = validator;
    }

    @GetMapping(ROUNDS)
    public String rounds(Model model) {
        model.addAttribute("rounds", recruitment.openRounds());
        return "public/recruitment/rounds";
    }

    @GetMapping("/nop-ho-so")
    public String applyEntry() {
        return "redirect:" + ROUNDS;
    }

    @GetMapping(ROUNDS + "/{code}")
    public String round(@PathVariable String code, Model model) {
        model.addAttribute("round", recruitment.round(code));
        return "public/recruitment/round";
    }

    @GetMapping(ROUNDS + "/{code}/nop-ho-so")
    public String applicationForm(@PathVariable String code, Model model) {
        return form(accepting(code), new ApplicationForm(), Map.of(), model);
    }

    @PostMapping(ROUNDS + "/{code}/nop-ho-so")
    public String apply(@PathVariable String code, HttpServletRequest request, HttpServletResponse response,
                        Model model) {
        PublicRecruitment.Round round = accepting(code);
        ApplicationForm form = ApplicationForm.of(request.getParameterMap());
        Map<String, String> errors = form.check(validator);
        if (errors.isEmpty()) {
            try {
                ApplicationService.Submitted submitted = applications.submitWithNumber(round.code(),
                        form.request(form.birth()));
                model.addAttribute("round", round);
                model.addAttribute("applicationNumber", submitted.applicationNumber());
                model.addAttribute("email", submitted.receipt().email());
                model.addAttribute("steps", recruitment.nextSteps(round.code()));
                return "public/recruitment/receipt";
            } catch (InvalidInputException e) {
                errors = ApplicationForm.fromApi(e.toApiError().fields());
            }
        }
        response.setStatus(400);
        return form(round, form, errors, model);
    }

    private PublicRecruitment.Round accepting(String code) {
        PublicRecruitment.Round round = recruitment.round(code);
        if (!round.accepting()) {
            throw Refused.conflict("round_not_accepting_applications", "Kỳ tuyển dụng “" + round.title()
                    + "” hiện không nhận Phiếu đăng ký dự tuyển (hạn nhận Phiếu đến hết ngày "
                    + vn.noivu.bpm.recruitment.process.PlanDisplay.date(round.applicationDeadline()) + ").");
        }
        return round;
    }

    private String form(PublicRecruitment.Round round, ApplicationForm form, Map<String, String> errors, Model model) {
        model.addAttribute("round", round);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("degreeLevels", Arrays.stream(DegreeLevel.values())
                .collect(LinkedHashMap::new, (m, d) -> m.put(d.name(), d.label()), Map::putAll));
        model.addAttribute("genders", Arrays.stream(Gender.values())
                .collect(LinkedHashMap::new, (m, g) -> m.put(g.name(), g.label()), Map::putAll));
        return "public/recruitment/apply";
    }

    @GetMapping(LOOKUP)
    public String lookupForm(Model model) {
        return lookupPage(model, "", Map.of(), null);
    }

    @PostMapping(LOOKUP)
    public String lookup(HttpServletRequest request, HttpServletResponse response, Model model) {
        String number = param(request, "applicationNumber", 100);
        String citizenId = param(request, "citizenId", 100).replace(" ", "");
        Lookup found = find(request, response, model, number, citizenId);
        return found.dossier() == null ? found.refusal() : dossierPage(model, found.dossier(), Map.of(), null);
    }

    /** The applicant's dossier, or (dossier null) the lookup page to show instead, its status set. */
    private record Lookup(PublicRecruitment.DossierPage dossier, String refusal) {
    }

    /**
     * A malformed number or citizen ID: the lookup form says what to correct (400). Otherwise counted by the
     * throttle, and a wrong pair answers exactly like an unknown number (404).
     */
    private Lookup find(HttpServletRequest request, HttpServletResponse response, Model model, String number,
                        String citizenId) {
        Map<String, String> errors = credentials(number, citizenId);
        if (!errors.isEmpty()) {
            response.setStatus(400);
            return new Lookup(null, lookupPage(model, number, errors, null));
        }
        throttle.publicLookup(request.getRemoteAddr(), number);
        Optional<PublicRecruitment.DossierPage> dossier = dossier(number, citizenId);
        if (dossier.isEmpty()) {
            response.setStatus(404);
            return new Lookup(null, lookupPage(model, number, Map.of(), NOT_FOUND));
        }
        return new Lookup(dossier.get(), null);
    }

    @PostMapping(LOOKUP + "/phuc-khao")
    public String requestReview(HttpServletRequest request, HttpServletResponse response, Model model) {
        String number = param(request, "applicationNumber", 100);
        String citizenId = param(request, "citizenId", 100).replace(" ", "");
        String reason = param(request, "reason", 4000);
        Lookup found = find(request, response, model, number, citizenId);
        if (found.dossier() == null) {
            return found.refusal();
        }
        if (reason.length() > 2000) {
            response.setStatus(400);
            return dossierPage(model, found.dossier(), Map.of("reason", "Lý do phúc khảo tối đa 2000 ký tự."), reason);
        }
        try {
            reviewRequests.file(number, citizenId, reason.isBlank() ? null : reason);
        } catch (Refused e) {
            if (e.reason() == Refused.Reason.NOT_FOUND) {
                response.setStatus(404);
                return lookupPage(model, number, Map.of(), NOT_FOUND);
            }
            response.setStatus(409);
            model.addAttribute("reviewRefused", switch (e.key()) {
                case "review_already_requested" -> "Hồ sơ đã có đơn phúc khảo; mỗi bài thi chỉ được phúc khảo một lần.";
                case "review_not_available" -> "Chỉ bài thi viết trên giấy được phúc khảo; hồ sơ này không có bài "
                        + "thi viết để phúc khảo.";
                case "review_window_closed" -> "Đã hết thời hạn nhận đơn phúc khảo hoặc kỳ tuyển dụng không ở bước "
                        + "nhận đơn phúc khảo.";
                default -> "Chưa gửi được đơn phúc khảo.";
            });
            return dossierPage(model, found.dossier(), Map.of(), reason);
        }
        model.addAttribute("reviewFiled", true);
        return dossierPage(model, recruitment.dossier(number, citizenId), Map.of(), null);
    }

    @GetMapping(ROUNDS + "/{code}/ket-qua")
    public String results(@PathVariable String code, HttpServletResponse response, Model model) {
        Optional<PublicRecruitment.Results> results = recruitment.results(code);
        if (results.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("round", recruitment.roundSummary(code));
            return "public/recruitment/results-not-published";
        }
        model.addAttribute("results", results.get());
        model.addAttribute("round", results.get().round());
        return "public/recruitment/results";
    }

    private Optional<PublicRecruitment.DossierPage> dossier(String number, String citizenId) {
        try {
            return Optional.of(recruitment.dossier(number, citizenId));
        } catch (Refused e) {
            if (e.reason() == Refused.Reason.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static Map<String, String> credentials(String number, String citizenId) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (number.isEmpty()) {
            errors.put("applicationNumber", "Số hồ sơ là bắt buộc: số có trong thư điện tử xác nhận đã nộp Phiếu.");
        } else if (!number.matches("[A-Za-z0-9-]{1,80}")) {
            errors.put("applicationNumber", "Số hồ sơ chỉ gồm chữ không dấu, chữ số và dấu gạch ngang.");
        }
        if (citizenId.isEmpty()) {
            errors.put("citizenId", "Số định danh cá nhân (CCCD) là bắt buộc.");
        } else if (!citizenId.matches("\\d{12}")) {
            errors.put("citizenId", "Số định danh cá nhân (CCCD) gồm đúng 12 chữ số.");
        }
        return errors;
    }

    private static String lookupPage(Model model, String number, Map<String, String> errors, String notFound) {
        model.addAttribute("applicationNumber", number);
        model.addAttribute("errors", errors);
        model.addAttribute("notFound", notFound);
        return "public/recruitment/lookup";
    }

    private static String dossierPage(Model model, PublicRecruitment.DossierPage dossier, Map<String, String> errors,
                                      String reason) {
        model.addAttribute("page", dossier);
        model.addAttribute("errors", errors);
        model.addAttribute("reason", reason == null ? "" : reason);
        return "public/recruitment/dossier";
    }

    private static String param(HttpServletRequest request, String name, int max) {
        String value = request.getParameter(name);
        if (value == null) {
            return "";
        }
        // A person types no control character; a reason may have line breaks. The database refuses NUL.
        value = value.replaceAll("[\\p{Cntrl}&&[^\\n\\r\\t]]", "").strip();
        return value.length() > max ? value.substring(0, max + 1) : value;
    }
}
