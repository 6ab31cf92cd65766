package com.baobei.visit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.UnitType;
import com.baobei.contracts.visit.Purchased.Relation;
import com.baobei.contracts.visit.Purchased.Stage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts are exact CNY and the stages come in order: one row per case, the field at fault or none. */
class PurchaseChecksTest {

    static final Instant NOW = Instant.parse("2025-03-05T08:00:00Z");

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(textBlock = """
            SUBSCRIPTION, 3280000.00,          ''
            SUBSCRIPTION, 3280000,             ''
            SUBSCRIPTION, 0,                   ''
            SUBSCRIPTION, 0.5,                 ''
            SUBSCRIPTION, -0.01,               amount
            SUBSCRIPTION, 1.005,               amount
            SUBSCRIPTION, 1000.000,            amount
            SUBSCRIPTION, 1e3,                 amount
            SUBSCRIPTION, 1000000000000.00,    amount
            SUBSCRIPTION, 999999999999.99,     amount
            SUBSCRIPTION, 10000000000.00,      amount
            SUBSCRIPTION, 10000000000,         amount
            SUBSCRIPTION, 9999999999.99,       ''
            """)
    void amounts(Stage stage, String amount, String field) {
        assertThat(fields(request(stage, "p-1", new BigDecimal(amount), null, null))).isEqualTo(expected(field));
    }

    @ParameterizedTest(name = "{0} purchaseId={1} -> {2}")
    @CsvSource(textBlock = """
            SUBSCRIPTION, ,    ''
            SUBSCRIPTION, p-1, ''
            CONTRACT,     p-1, ''
            CONTRACT,     ,    purchaseId
            """)
    void a_contract_names_its_subscription(Stage stage, String purchaseId, String field) {
        assertThat(fields(request(stage, purchaseId, BigDecimal.ONE, null, null))).isEqualTo(expected(field));
    }

    @ParameterizedTest(name = "purchasedAt {0}s from now -> {1}")
    @CsvSource(textBlock = """
            -86400,     ''
            240,        ''
            3600,       purchasedAt
            -63244800,  purchasedAt
            """)
    void business_times(long secondsFromNow, String field) {
        assertThat(fields(request(Stage.SUBSCRIPTION, null, BigDecimal.ONE, NOW.plusSeconds(secondsFromNow), null)))
                .isEqualTo(expected(field));
    }

    @ParameterizedTest(name = "related {0} -> {1}")
    @CsvSource(textBlock = """
            13920462046, ''
            13812345678, relatedParty.phone
            """)
    void pur4_the_related_party_is_another_person(String relatedPhone, String field) {
        var related = new PurchaseRequest.RelatedParty("王", relatedPhone, Relation.SPOUSE, List.of("e-1"));
        assertThat(fields(request(Stage.SUBSCRIPTION, null, BigDecimal.ONE, null, related))).isEqualTo(expected(field));
    }

    private static PurchaseRequest request(Stage stage, String purchaseId, BigDecimal amount, Instant at,
                                          PurchaseRequest.RelatedParty related) {
        return new PurchaseRequest("hongtai", "binjiang", purchaseId, stage, "3-1-1802", UnitType.RESIDENTIAL, amount,
                "李", "13812345678", "cs-zhao", related, false, at);
    }

    private static List<String> fields(PurchaseRequest request) {
        return PurchaseChecks.problems(request, NOW).stream().map(FieldProblem::field).toList();
    }

    private static List<String> expected(String field) {
        return field.isEmpty() ? List.of() : List.of(field);
    }
}
