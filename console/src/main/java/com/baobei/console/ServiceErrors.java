package com.baobei.console;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A service that refuses a page's read (403, 404, 422) or is out for a moment (503 with Retry-After, or not
 * answering at all) gets a page that says so in the person's language, with the service's status, instead of the
 * container's English error page. Forms handle their own refusals next to the fields.
 */
@ControllerAdvice
class ServiceErrors {

    @ExceptionHandler(RestClientResponseException.class)
    String refused(RestClientResponseException refused, Model model, HttpServletResponse response) {
        int status = refused.getStatusCode().value();
        // the person did nothing wrong when the console's own token relay fails (401): it is the console's fault
        int shown = status == 401 ? 500 : status;
        response.setStatus(shown);
        model.addAttribute("status", shown);
        return "error";
    }

    /** A file far larger than any form takes: refused before it is read, with a page that says so. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(Model model, HttpServletResponse response) {
        response.setStatus(413);
        model.addAttribute("status", 413);
        return "error";
    }

    @ExceptionHandler(ResourceAccessException.class)
    String unreachable(Model model, HttpServletResponse response) {
        response.setStatus(503);
        model.addAttribute("status", 503);
        return "error";
    }
}
