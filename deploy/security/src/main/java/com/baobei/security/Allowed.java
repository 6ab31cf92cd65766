package com.baobei.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles of docs/security.md that may call this endpoint at all; {@link AllowedRoles} answers 403 to every other
 * before the request body is read. Which projects, channels and records they reach is checked in the method.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Allowed {
    Role[] value();
}
