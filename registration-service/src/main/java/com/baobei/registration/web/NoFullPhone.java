package com.baobei.registration.web;

import com.baobei.contracts.Texts;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * ID-4: free text never carries a full mobile number, even written with spaces, dashes or full-width digits
 * ({@link Texts#holdsFullPhone}). The topics would carry it for good; a request holding one is refused with 422
 * naming the field, and nothing is stored.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NoFullPhone.Check.class)
public @interface NoFullPhone {

    String message() default "ID-4: a full phone number has no place here; write the masked form, e.g. 138****5678";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<NoFullPhone, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return !Texts.holdsFullPhone(value);
        }
    }
}
