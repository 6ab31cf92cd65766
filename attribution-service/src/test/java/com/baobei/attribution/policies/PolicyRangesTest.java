package com.baobei.attribution.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.baobei.contracts.EventJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12: a policy with protectionDays 2147483647 and zone UTC+18 was accepted. Every setting now has the range a
 * real policy could have (ADR 0022), and PUT policy refuses the rest with 400 naming the field.
 */
class PolicyRangesTest {

    /** PUT checks before it looks anything up, so no store is needed. */
    private final PolicyVersions versions = new PolicyVersions(null);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            protection of 2^31-1 days       | "protectionDays": 2147483647          | protectionDays
            natural protection of 11 years  | "naturalProtectionDays": 3651         | naturalProtectionDays
            a fixed offset as zone          | "zone": "UTC+18"                      | zone
            an Etc offset as zone           | "zone": "Etc/GMT-8"                   | zone
            a bare offset as zone           | "zone": "+08:00"                      | zone
            year 999999999                  | "effectiveFrom": "+999999999-12-31"   | effectiveFrom
            year -999999999                 | "effectiveFrom": "-999999999-01-01"   | effectiveFrom
            an opening day in 1900          | "openingDay": "1900-01-01"            | openingDay
            validity of 2^31-1 days         | "validityMode": "DAYS", "validityDays": 2147483647 | validityDays
            a repeat limit of a million     | "repeatLimit": 1000000                | repeatLimit
            a quality threshold of 2^31-1   | "qualityMinRegistrations": 2147483647 | qualityMinRegistrations
            referral window of 2^31-1 days  | "referralDays": 2147483647            | referralDays
            late claims for 11 years        | "lateClaimDays": 3651                 | lateClaimDays
            negative lead time              | "leadTimeMinutes": -1                 | leadTimeMinutes
            a null unit type                | "excludedUnitTypes": ["PARKING", null] | excludedUnitTypes
            """)
    void aSettingNoRealPolicyHasIsRefusedNamingTheField(String name, String setting, String field) throws Exception {
        PolicySettings settings = read("{\"effectiveFrom\": \"2025-03-01\", " + setting + "}");

        assertThatThrownBy(() -> versions.check(settings))
                .isInstanceOf(PolicyProblemsException.class)
                .satisfies(e -> assertThat(((PolicyProblemsException) e).problems()).first().asString()
                        .startsWith(field + ": "));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"protectionDays\": 3650, \"naturalProtectionDays\": 3650, \"renewalWindowDays\": 3650",
            "\"zone\": \"Asia/Shanghai\"", "\"zone\": \"Asia/Hong_Kong\"", "\"zone\": \"America/Los_Angeles\"",
            "\"leadTimeMinutes\": 10080", "\"repeatLimit\": 1000", "\"qualityMinRegistrations\": 10000",
            "\"referralDays\": 0, \"lateClaimDays\": 3650",
            "\"validityMode\": \"UNTIL_OPENING_PLUS_DAYS\", \"validityDays\": 3650, \"openingDay\": \"2199-12-31\"",
            "\"excludedUnitTypes\": []"})
    void theEdgesOfEachRangeAreAccepted(String setting) throws Exception {
        PolicySettings settings = read("{\"effectiveFrom\": \"2000-01-01\", " + setting + "}");

        assertThatCode(() -> versions.check(settings)).doesNotThrowAnyException();
    }

    private static PolicySettings read(String json) throws Exception {
        return EventJson.mapper().readValue(json, PolicySettings.class);
    }
}
