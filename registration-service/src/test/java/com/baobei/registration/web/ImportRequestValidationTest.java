package com.baobei.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.registration.Registered.ChannelKind;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 12: every row of an import is checked like a single registration, and named by its index. */
class ImportRequestValidationTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final Instant AT = Instant.parse("2026-02-01T02:00:00Z");
    private static final ImportRequest.Row GOOD = new ImportRequest.Row(AT, "c1", ChannelKind.AGENCY, "a1", "王",
            "138****5678");

    @Test
    void aValidImportHasNoProblems() {
        assertThat(VALIDATOR.validate(of(GOOD, GOOD))).isEmpty();
    }

    static Stream<Arguments> invalidRows() {
        return Stream.of(
                Arguments.of("blank agent", row("c1", "  ", "王", "138****5678"), "rows[1].agentId"),
                Arguments.of("blank channel", row("", "a1", "王", "138****5678"), "rows[1].channelId"),
                Arguments.of("a channel id with a colon", row("c:1", "a1", "王", "138****5678"), "rows[1].channelId"),
                Arguments.of("255-character surname", row("c1", "a1", "王".repeat(255), "138****5678"),
                        "rows[1].clientSurname"),
                Arguments.of("a megabyte of surname", row("c1", "a1", "王".repeat(1 << 20), "138****5678"),
                        "rows[1].clientSurname"),
                Arguments.of("a full number as the surname (ID-4)", row("c1", "a1", "13812345678", "138****5678"),
                        "rows[1].clientSurname"),
                Arguments.of("a NUL in the surname", row("c1", "a1", "王\u0000", "138****5678"),
                        "rows[1].clientSurname"),
                Arguments.of("a full number instead of the masked one (ID-1)", row("c1", "a1", "王", "13812345678"),
                        "rows[1].maskedPhone"),
                Arguments.of("no time", new ImportRequest.Row(null, "c1", ChannelKind.AGENCY, "a1", "王",
                        "138****5678"), "rows[1].registeredAt"),
                Arguments.of("no channel kind", new ImportRequest.Row(AT, "c1", null, "a1", "王", "138****5678"),
                        "rows[1].channelKind"),
                Arguments.of("a row that is null", null, "rows[1]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRows")
    void namesTheRowAndFieldAtFault(String situation, ImportRequest.Row bad, String field) {
        Set<ConstraintViolation<ImportRequest>> violations = VALIDATOR.validate(of(GOOD, bad));
        assertThat(violations).extracting(v -> FieldProblem.path(v.getPropertyPath().toString())).isNotEmpty().containsOnly(field);
    }

    @Test
    void noRowsAtAllIsRefused() {
        assertThat(VALIDATOR.validate(new ImportRequest("t1", "p1", List.of())))
                .extracting(v -> FieldProblem.path(v.getPropertyPath().toString())).containsExactly("rows");
    }

    private static ImportRequest.Row row(String channel, String agent, String surname, String phone) {
        return new ImportRequest.Row(AT, channel, ChannelKind.AGENCY, agent, surname, phone);
    }

    private static ImportRequest of(ImportRequest.Row... rows) {
        return new ImportRequest("t1", "p1", Arrays.asList(rows));
    }
}
