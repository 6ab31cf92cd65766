package com.baobei.console;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header shows who is logged in and offers that role's pages. */
@ControllerAdvice
class CurrentPerson {

    @ModelAttribute("person")
    Person person(@AuthenticationPrincipal OidcUser user) {
        return user == null ? null : Person.of(user);
    }
}
