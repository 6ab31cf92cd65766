package com.baobei.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.registration.Registered.ChannelKind;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checking each distinct value once finds exactly what validating the whole request finds. */
class ImportRowChecksTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final Instant AT = Instant.parse("2026-02-01T02:00:00Z");
    private static final ImportRequest.Row GOOD = new ImportRequest.Row(AT, "c1", ChannelKind.AGENCY, "a1", "王",
            "138****5678");

    private final ImportRowChecks checks = new ImportRowChecks(VALIDATOR);

    @Test
    void a_valid_import_has_no_problems() {
        assertThat(checks.check(of(GOOD, GOOD))).isEmpty();
    }

    @Test
    void the_same_problems_as_bean_validation_of_the_whole_request() {
        List<ImportRequest.Row> rows = new ArrayList<>();
        rows.add(GOOD);
        rows.add(new ImportRequest.Row(AT, "c:1", ChannelKind.AGENCY, " ", "王", "138****5678"));
        rows.add(null);
        rows.add(new ImportRequest.Row(null, "c1", null, "a1", "13812345678", "13812345678"));
        rows.add(new ImportRequest.Row(AT, "c:1", ChannelKind.AGENCY, " ", "王\u0000", "138****5678"));
        rows.add(new ImportRequest.Row(AT, "c1", ChannelKind.AGENCY, "a1", "王".repeat(300), null));
        rows.add(new ImportRequest.Row(null, "c1", null, "a1", "13812345678", "13812345678"));
        ImportRequest request = new ImportRequest("t:1", "", rows);

        assertThat(checks.check(request)).containsExactlyInAnyOrderElementsOf(wholeRequest(request));
    }

    @Test
    void no_rows_and_no_list_are_named_as_before() {
        for (ImportRequest request : Stream.of(new ImportRequest("t1", "p1", List.of()),
                new ImportRequest("t1", "p1", null)).toList()) {
            assertThat(checks.check(request)).containsExactlyInAnyOrderElementsOf(wholeRequest(request))
                    .extracting(ImportRowChecks.Found::field).containsExactly("rows");
        }
    }

    @Test
    void an_id4_problem_is_told_apart() {
        ImportRequest request = of(GOOD, new ImportRequest.Row(AT, "c1", ChannelKind.AGENCY, "a1", "王13812345678",
                "138****5678"));

        assertThat(checks.check(request)).singleElement()
                .satisfies(found -> assertThat(found.field()).isEqualTo("rows[1].clientSurname"))
                .satisfies(found -> assertThat(found.fullPhone()).isTrue());
    }

    @Test
    void many_rows_with_repeated_values_each_named() {
        List<ImportRequest.Row> rows = IntStream.range(0, 1000).mapToObj(i -> i % 100 == 7
                ? new ImportRequest.Row(AT, "c 1", ChannelKind.AGENCY, "a1", "王", "138****%04d".formatted(i))
                : new ImportRequest.Row(AT, "c1", ChannelKind.AGENCY, "a" + i % 3, "王", "138****%04d".formatted(i)))
                .toList();
        ImportRequest request = new ImportRequest("t1", "p1", rows);

        assertThat(checks.check(request)).hasSize(10).containsExactlyInAnyOrderElementsOf(wholeRequest(request));
    }

    private static List<ImportRowChecks.Found> wholeRequest(ImportRequest request) {
        return VALIDATOR.validate(request).stream().map(v -> new ImportRowChecks.Found(
                FieldProblem.path(v.getPropertyPath().toString()), v.getMessage(),
                v.getConstraintDescriptor().getAnnotation() instanceof NoFullPhone)).toList();
    }

    private static ImportRequest of(ImportRequest.Row... rows) {
        return new ImportRequest("t1", "p1", Arrays.asList(rows));
    }
}
