package vn.noivu.bpm.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Officials land in the Tasklist: it is where their work is. */
@Controller
public class RootRedirectController {

    public static final String TASKLIST = "/camunda/app/tasklist/";

    @GetMapping("/")
    public String root() {
        return "redirect:" + TASKLIST;
    }
}
