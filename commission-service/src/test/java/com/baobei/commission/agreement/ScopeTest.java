package com.baobei.commission.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.UnitType;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** PUR-3: parking spaces and units outside the channel's agreed scope earn nothing. */
class ScopeTest {

    static final Scope BUILDINGS_1_2 = new Scope(Set.of(UnitType.RESIDENTIAL, UnitType.COMMERCIAL), Set.of(),
            List.of("B1-*", "B2-*"), List.of("B2-0808"));

    static Stream<Arguments> units() {
        return Stream.of(
                Arguments.of(Scope.DEFAULT, "B1-0101", UnitType.RESIDENTIAL, true),
                Arguments.of(Scope.DEFAULT, "P-001", UnitType.PARKING, false),
                Arguments.of(Scope.DEFAULT, "S-1", UnitType.STORAGE, true),
                Arguments.of(BUILDINGS_1_2, "B1-0101", UnitType.RESIDENTIAL, true),
                Arguments.of(BUILDINGS_1_2, "B2-0101", UnitType.COMMERCIAL, true),
                Arguments.of(BUILDINGS_1_2, "B3-0101", UnitType.RESIDENTIAL, false),
                Arguments.of(BUILDINGS_1_2, "B2-0808", UnitType.RESIDENTIAL, false),
                Arguments.of(BUILDINGS_1_2, "B1-0102", UnitType.OFFICE, false),
                Arguments.of(BUILDINGS_1_2, "B1-P1", UnitType.PARKING, false));
    }

    @ParameterizedTest(name = "{1} {2} in scope: {3}")
    @MethodSource("units")
    void in_or_out_of_scope(Scope scope, String unitId, UnitType type, boolean inScope) {
        assertThat(scope.exclusion(unitId, type).isEmpty()).isEqualTo(inScope);
    }
}
