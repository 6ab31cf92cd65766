package com.baobei.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.registration.Disputed.Kind;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 12: a dispute is checked field by field as the consumers of registration.Disputed.v1 would. */
class DisputeRequestValidationTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final DisputeRequest VALID = new DisputeRequest("t1", "p1", "c1", "a1", Kind.OWNERSHIP, "王",
            "138****5678", "r-1", null, List.of("photo-1"), "我方首先报备\n有聊天记录");

    @Test
    void aValidDisputeHasNoProblems() {
        assertThat(VALIDATOR.validate(VALID)).isEmpty();
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("NUL in the statement", (UnaryOperator<DisputeRequest>) d -> statement(d, "先报备\u0000"),
                        "statement"),
                Arguments.of("a full number in the statement (ID-4)",
                        (UnaryOperator<DisputeRequest>) d -> statement(d, "客户手机 138 1234 5678"), "statement"),
                Arguments.of("a statement longer than the schema allows",
                        (UnaryOperator<DisputeRequest>) d -> statement(d, "长".repeat(2001)), "statement"),
                Arguments.of("a full number in an evidence reference (ID-4)",
                        (UnaryOperator<DisputeRequest>) d -> evidence(d, List.of("photo-1", "wx-13812345678")),
                        "evidenceRefs[1]"),
                Arguments.of("a null evidence reference",
                        (UnaryOperator<DisputeRequest>) d -> evidence(d, Arrays.asList("photo-1", null)),
                        "evidenceRefs[1]"),
                Arguments.of("a control character in an evidence reference",
                        (UnaryOperator<DisputeRequest>) d -> evidence(d, List.of("photo\u0007")),
                        "evidenceRefs[0]"),
                Arguments.of("twenty-one evidence references",
                        (UnaryOperator<DisputeRequest>) d -> evidence(d, java.util.Collections.nCopies(21, "p")),
                        "evidenceRefs"),
                Arguments.of("a full number in the surname (ID-4)",
                        (UnaryOperator<DisputeRequest>) d -> new DisputeRequest(d.tenantId(), d.projectId(),
                                d.channelId(), d.agentId(), d.kind(), "王13812345678", d.maskedPhone(),
                                d.registrationId(), d.purchaseId(), d.evidenceRefs(), d.statement()), "clientSurname"),
                Arguments.of("an empty purchase id",
                        (UnaryOperator<DisputeRequest>) d -> new DisputeRequest(d.tenantId(), d.projectId(),
                                d.channelId(), d.agentId(), Kind.LATE_CLAIM, d.clientSurname(), d.maskedPhone(),
                                d.registrationId(), "", d.evidenceRefs(), d.statement()), "purchaseId"),
                Arguments.of("a registration id with spaces",
                        (UnaryOperator<DisputeRequest>) d -> new DisputeRequest(d.tenantId(), d.projectId(),
                                d.channelId(), d.agentId(), d.kind(), d.clientSurname(), d.maskedPhone(),
                                "r 1", d.purchaseId(), d.evidenceRefs(), d.statement()), "registrationId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void namesTheFieldAtFault(String situation, UnaryOperator<DisputeRequest> change, String field) {
        Set<ConstraintViolation<DisputeRequest>> violations = VALIDATOR.validate(change.apply(VALID));
        assertThat(violations).extracting(v -> FieldProblem.path(v.getPropertyPath().toString())).isNotEmpty().containsOnly(field);
    }

    private static DisputeRequest statement(DisputeRequest d, String statement) {
        return new DisputeRequest(d.tenantId(), d.projectId(), d.channelId(), d.agentId(), d.kind(),
                d.clientSurname(), d.maskedPhone(), d.registrationId(), d.purchaseId(), d.evidenceRefs(), statement);
    }

    private static DisputeRequest evidence(DisputeRequest d, List<String> evidence) {
        return new DisputeRequest(d.tenantId(), d.projectId(), d.channelId(), d.agentId(), d.kind(),
                d.clientSurname(), d.maskedPhone(), d.registrationId(), d.purchaseId(), evidence, d.statement());
    }
}
