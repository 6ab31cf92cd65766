package com.baobei.console;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The 中文 / English links of every page: the same page with the same query (project, period, status filters), only
 * {@code lang} changed, so switching language does not lose what the person was looking at.
 */
@ControllerAdvice
class LanguageLinks {

    @ModelAttribute("langZh")
    String chinese(HttpServletRequest request) {
        return link(request, "zh-CN");
    }

    @ModelAttribute("langEn")
    String english(HttpServletRequest request) {
        return link(request, "en");
    }

    static String link(HttpServletRequest request, String language) {
        // the query as the browser sent it (already encoded); only lang is replaced
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("lang", language).build(true).toUriString();
    }
}
