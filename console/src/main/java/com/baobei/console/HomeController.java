package com.baobei.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: who is logged in, and the pages for their role. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
