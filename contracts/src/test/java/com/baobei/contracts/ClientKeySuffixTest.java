package com.baobei.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two people sharing a masked number and surname are two clients: the fold gives the second a key with a
 * {@code ~2} suffix (ID-3). The decisions' schemas must take such a key, or a partner validating what it
 * receives rejects valid decisions (issue 15 found 83 of 2,049 verdicts refused).
 */
class ClientKeySuffixTest {

    private static final List<String> DECISIONS = List.of("attribution.RegistrationVerdict.v1",
            "attribution.OwnershipChanged.v1", "attribution.PurchaseAttributed.v1");

    @Test
    void aSecondPersonBehindTheSameMaskedNumberIsAValidClientKey() {
        for (String type : DECISIONS) {
            ObjectNode example = (ObjectNode) SchemaAssertions.readResource("examples/" + type + ".json");
            example.put("clientKey", example.get("clientKey").asText() + "~2");
            assertThat(SchemaAssertions.violations(example.toString())).as(type).isEmpty();
        }
    }

    @Test
    void aSuffixIsAPositiveCountAndNothingElse() {
        for (String suffix : List.of("~0", "~x", "~", "~2~3", "~1234567")) {
            ObjectNode example = (ObjectNode) SchemaAssertions.readResource(
                    "examples/attribution.RegistrationVerdict.v1.json");
            example.put("clientKey", example.get("clientKey").asText() + suffix);
            assertThat(SchemaAssertions.violations(example.toString())).as(suffix).isNotEmpty();
        }
    }
}
