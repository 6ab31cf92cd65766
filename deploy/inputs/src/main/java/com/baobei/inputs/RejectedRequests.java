package com.baobei.inputs;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** Spring Security's firewall (encoded '/', '%', '.', NUL, non-printable characters in the URL): 400 problem+json. */
final class RejectedRequests implements RequestRejectedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        Problems.write(response, 400, Problems.title(400), "path",
                "the URL holds a character or an encoding this service does not take (encoded '/', '%', '.', "
                        + "control characters)");
    }
}
