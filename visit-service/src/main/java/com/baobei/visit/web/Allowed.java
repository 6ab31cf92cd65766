package com.baobei.visit.web;

import com.baobei.security.Role;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles of docs/security.md that may call this endpoint at all; {@link AllowedRoles} answers 403 to every other
 * before the request body is read. Which projects and records they reach is checked in the method ({@link Access}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@interface Allowed {
    Role[] value();
}
