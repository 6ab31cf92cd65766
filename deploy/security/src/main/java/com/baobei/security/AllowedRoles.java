package com.baobei.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces {@link Allowed} before the handler's arguments are read, so a role that may not call an endpoint gets
 * 403 whatever its body says (not a 400 about fields it had no business sending). An endpoint under {@code /api/}
 * without {@link Allowed} is refused to everyone: forgetting it fails closed.
 */
final class AllowedRoles implements HandlerInterceptor {

    /**
     * The token's subject becomes recordedBy, ruledBy, issuedBy: it must be an id of the contracts (letters, digits,
     * {@code ._:@/-}, at most 128) and never carry a phone number, which the services would then store and publish.
     */
    private static final Pattern SUBJECT =
            Pattern.compile("(?!.*(?<!\\d)1[3-9]\\d{9}(?!\\d))[A-Za-z0-9][A-Za-z0-9._:@/-]{0,127}");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Allowed allowed = method.getMethodAnnotation(Allowed.class);
        if (allowed == null) {
            throw new Forbidden("no role may call this endpoint");
        }
        Caller caller = caller();
        caller.require(allowed.value());
        if (!SUBJECT.matcher(caller.subject()).matches()) {
            throw new Forbidden("the token's subject cannot be recorded as who did it: it must be an id "
                    + "(letters, digits, '._:@/-', at most 128) and never a phone number");
        }
        return true;
    }

    private static Caller caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof CallerAuthentication verified) {
            return verified.caller();
        }
        throw new Forbidden("no verified caller");
    }
}
