package com.baobei.visit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.visit.DisputeRuled.OwnerKind;
import com.baobei.contracts.visit.Visited.Kind;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shape of each field (ID-1, ID-4): a table of values and whether they pass. */
class RequestShapesTest {

    private static jakarta.validation.ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    @ParameterizedTest(name = "clientPhone {0} -> {1}")
    @CsvSource(textBlock = """
            13812345678,  true
            19912345678,  true
            １３８１２３４５６７８, true
            12812345678,  false
            1381234567,   false
            138123456789, false
            138****5678,  false
            +8613812345678, false
            """)
    void full_phone(String phone, boolean valid) {
        assertThat(fieldsOf(visit("王", phone, "cs-1")).contains("clientPhone")).isEqualTo(!valid);
    }

    @ParameterizedTest(name = "surname {0} -> {1}")
    @CsvSource(textBlock = """
            王,                 true
            欧阳,               true
            Wang,               true
            王1,                false
            '',                 false
            """)
    void surname(String surname, boolean valid) {
        assertThat(fieldsOf(visit(surname, "13812345678", "cs-1")).contains("clientSurname")).isEqualTo(!valid);
    }

    @ParameterizedTest(name = "consultantId {0} -> {1}")
    @CsvSource(textBlock = """
            cs-zhao,             true
            cs_01.a,             true
            cs:zhao,             false
            -cs,                 false
            13812345678,         false
            cs-13812345678,      false
            cs-138123456789,     true
            """)
    void ids_never_carry_a_phone_number(String id, boolean valid) {
        assertThat(fieldsOf(visit("王", "13812345678", id)).contains("consultantId")).isEqualTo(!valid);
    }

    @ParameterizedTest(name = "rationale {0} -> {1}")
    @CsvSource(textBlock = """
            有通话记录为证,              true
            'call 138****5678 twice',   true
            'call 13812345678 twice',   false
            'call １３８１２３４５６７８', false
            'call 138-1234-5678',       false
            'call 138 1234 5678',       false
            'order 1381234567890',      true
            '   ',                      false
            """)
    void free_text_never_carries_a_full_number(String rationale, boolean valid) {
        RulingRequest request = new RulingRequest("hongtai", "binjiang", "李", "139****2046", OwnerKind.OFFICE, null,
                null, rationale, List.of());
        List<String> fields = new java.util.ArrayList<>(fieldsOf(request));
        FullPhonesInText.problems(request).forEach(p -> fields.add(p.field()));
        assertThat(fields.contains("rationale")).isEqualTo(!valid);
    }

    @ParameterizedTest(name = "maskedPhone {0} -> {1}")
    @CsvSource(textBlock = """
            139****2046, true
            13920462046, false
            139***2046,  false
            139****204,  false
            """)
    void id1_masked_phone(String masked, boolean valid) {
        RulingRequest request = new RulingRequest("hongtai", "binjiang", "李", masked, OwnerKind.OFFICE, null, null,
                "r", List.of());
        assertThat(fieldsOf(request).contains("maskedPhone")).isEqualTo(!valid);
    }

    private static VisitRequest visit(String surname, String phone, String consultant) {
        return new VisitRequest("hongtai", "binjiang", Kind.CLIENT, surname, phone, Instant.parse("2025-03-02T06:00:00Z"),
                consultant, null, null, null, null, null, null);
    }

    private static List<String> fieldsOf(Object request) {
        Set<ConstraintViolation<Object>> violations = validator.validate(request);
        return violations.stream().map(v -> v.getPropertyPath().toString()).toList();
    }
}
