package vn.noivu.bpm.restructuring.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.noivu.bpm.platform.web.site.PublicPage;

/**
 * The public pages of restructuring, in the public site's layout: the schemes whose household consultation has
 * results, and a scheme's results per commune (households, agreeing share of all households, the rule, the day of
 * the report). Units and figures only: no names of people, no user names.
 */
@PublicPage
@Controller
public class RestructuringPublicPages {

    public static final String SCHEMES = "/sap-xep-don-vi-hanh-chinh";

    private final SchemeViews views;

    public RestructuringPublicPages(SchemeViews views) {
        this.views = views;
    }

    public static String consultationPage(long schemeId) {
        return SCHEMES + "/" + schemeId + "/lay-y-kien";
    }

    @GetMapping(SCHEMES)
    public String schemes(Model model) {
        model.addAttribute("schemes", views.publishedConsultations());
        return "public/restructuring/de-an";
    }

    @GetMapping(SCHEMES + "/{id:\\d{1,18}}/lay-y-kien")
    public String consultation(@PathVariable long id, Model model) {
        model.addAttribute("scheme", views.publicConsultation(id));
        return "public/restructuring/lay-y-kien";
    }
}
