package com.baobei.visit.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request field that is a full phone number on purpose (ID-4: kept in this service, published masked and hashed).
 * Every other string of a request is text that must hold none ({@link FullPhonesInText}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
@interface PhoneField {
}
