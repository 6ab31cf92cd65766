package com.baobei.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.registration.Registered.ChannelKind;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RegistrationRequestValidationTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static final RegistrationRequest VALID = new RegistrationRequest("t1", "p1", "c1", ChannelKind.AGENCY,
            "a1", "王", "138****5678", null, List.of(new RegistrationRequest.CompanionRequest("李", "139****1234")));

    @Test
    void aValidRequestHasNoProblems() {
        assertThat(VALIDATOR.validate(VALID)).isEmpty();
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                row("no surname (ID-1)", r -> with(r, "", r.maskedPhone()), "clientSurname"),
                row("full number instead of masked (ID-1)", r -> with(r, "王", "13812345678"), "maskedPhone"),
                row("only three digits hidden (ID-1)", r -> with(r, "王", "1381***5678"), "maskedPhone"),
                row("ten digits (ID-1)", r -> with(r, "王", "138****567"), "maskedPhone"),
                row("landline prefix (ID-1)", r -> with(r, "王", "021****5678"), "maskedPhone"),
                row("no number", r -> with(r, "王", null), "maskedPhone"),
                row("surname too long", r -> with(r, "王".repeat(21), r.maskedPhone()), "clientSurname"),
                row("blank tenant", r -> new RegistrationRequest(" ", r.projectId(), r.channelId(), r.channelKind(),
                        r.agentId(), r.clientSurname(), r.maskedPhone(), null, null), "tenantId"),
                row("project with a slash", r -> new RegistrationRequest(r.tenantId(), "p/1", r.channelId(),
                        r.channelKind(), r.agentId(), r.clientSurname(), r.maskedPhone(), null, null), "projectId"),
                row("no channel kind", r -> new RegistrationRequest(r.tenantId(), r.projectId(), r.channelId(), null,
                        r.agentId(), r.clientSurname(), r.maskedPhone(), null, null), "channelKind"),
                row("companion with a full number", r -> new RegistrationRequest(r.tenantId(), r.projectId(),
                        r.channelId(), r.channelKind(), r.agentId(), r.clientSurname(), r.maskedPhone(), null,
                        List.of(new RegistrationRequest.CompanionRequest("李", "13912341234"))),
                        "companions[0].maskedPhone"),
                row("eleven companions", r -> new RegistrationRequest(r.tenantId(), r.projectId(), r.channelId(),
                        r.channelKind(), r.agentId(), r.clientSurname(), r.maskedPhone(), null,
                        java.util.Collections.nCopies(11, new RegistrationRequest.CompanionRequest("李", "139****1234"))),
                        "companions"),
                row("a full number in the surname (ID-4)", r -> with(r, "王13812345678", r.maskedPhone()),
                        "clientSurname"),
                row("a full number with dashes in the surname (ID-4)", r -> with(r, "138-1234-5678",
                        r.maskedPhone()), "clientSurname"),
                row("a NUL in the surname", r -> with(r, "王\u0000", r.maskedPhone()), "clientSurname"),
                row("a direction override in the surname", r -> with(r, "\u202E王", r.maskedPhone()), "clientSurname"),
                row("a line break in the surname", r -> with(r, "王\n李", r.maskedPhone()), "clientSurname"),
                row("a full number in a companion's surname (ID-4)", r -> withCompanions(r,
                        List.of(new RegistrationRequest.CompanionRequest("李 139 1234 5678", "139****1234"))),
                        "companions[0].surname"),
                row("a companion that is null", r -> withCompanions(r,
                        java.util.Arrays.asList((RegistrationRequest.CompanionRequest) null)), "companions[0]"));
    }

    @Test
    void aFullNumberIsRefusedBySeparateRuleFromTheShapeOfTheText() {
        // the web layer answers 422 when the only fault is a full number (ID-4): it must be told apart
        Set<ConstraintViolation<RegistrationRequest>> violations = VALIDATOR.validate(with(VALID, "王１３８１２３４５６７８",
                VALID.maskedPhone()));
        assertThat(violations).extracting(v -> (Object) v.getConstraintDescriptor().getAnnotation().annotationType())
                .containsExactly(NoFullPhone.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void namesTheFieldAtFault(String situation, UnaryOperator<RegistrationRequest> change, String field) {
        Set<ConstraintViolation<RegistrationRequest>> violations = VALIDATOR.validate(change.apply(VALID));
        assertThat(violations).extracting(v -> FieldProblem.path(v.getPropertyPath().toString())).isNotEmpty().containsOnly(field);
    }

    private static Arguments row(String situation, UnaryOperator<RegistrationRequest> change, String field) {
        return Arguments.of(situation, change, field);
    }

    private static RegistrationRequest withCompanions(RegistrationRequest r,
                                                      List<RegistrationRequest.CompanionRequest> companions) {
        return new RegistrationRequest(r.tenantId(), r.projectId(), r.channelId(), r.channelKind(), r.agentId(),
                r.clientSurname(), r.maskedPhone(), r.expectedVisitAt(), companions);
    }

    private static RegistrationRequest with(RegistrationRequest r, String surname, String phone) {
        return new RegistrationRequest(r.tenantId(), r.projectId(), r.channelId(), r.channelKind(), r.agentId(),
                surname, phone, r.expectedVisitAt(), r.companions());
    }
}
