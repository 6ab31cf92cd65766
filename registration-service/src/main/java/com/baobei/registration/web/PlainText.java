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
 * Text a person can read as written: no control characters (NUL included), no bidirectional overrides that make a
 * surname display as another, no broken surrogates ({@link Texts#refusedCharacterAt}). Line breaks and tabs only
 * where {@link #multiLine()} says so. The consumers refuse the same, so the API refuses it first (400).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Check.class)
public @interface PlainText {

    String message() default "a character that has no place in text (a control or direction character)";

    boolean multiLine() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PlainText, String> {

        private boolean multiLine;

        @Override
        public void initialize(PlainText annotation) {
            this.multiLine = annotation.multiLine();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Texts.refusedCharacterAt(value, multiLine) < 0;
        }
    }
}
