package vn.noivu.bpm.platform.web.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public site's home: what a citizen can do here, one entry per section the procedures supply. */
@PublicPage
@Controller
public class PublicHomeController {

    public static final String HOME = "/cong-khai";

    @GetMapping(HOME)
    public String home() {
        return "public/home";
    }
}
