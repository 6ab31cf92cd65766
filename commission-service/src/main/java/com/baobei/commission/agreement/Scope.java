package com.baobei.commission.agreement;

import com.baobei.contracts.UnitType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PUR-3: which units earn this channel commission. Unit ids are matched exactly, or by prefix when
 * the pattern ends with {@code *} (e.g. {@code B3-*} for building 3). An empty "in" list means
 * every type / every unit; "out" wins over "in".
 */
public record Scope(Set<UnitType> unitTypesIn, Set<UnitType> unitTypesOut, List<String> unitIdsIn,
                    List<String> unitIdsOut) {

    /** The rulebook's default: no commission for parking spaces. */
    public static final Scope DEFAULT = new Scope(Set.of(), Set.of(UnitType.PARKING), List.of(), List.of());

    public Scope {
        unitTypesIn = unitTypesIn == null || unitTypesIn.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(unitTypesIn));
        unitTypesOut = unitTypesOut == null || unitTypesOut.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(unitTypesOut));
        unitIdsIn = unitIdsIn == null ? List.of() : List.copyOf(unitIdsIn);
        unitIdsOut = unitIdsOut == null ? List.of() : List.copyOf(unitIdsOut);
    }

    /** Why a unit is outside the scope, or empty when it is inside. */
    public Optional<String> exclusion(String unitId, UnitType unitType) {
        if (unitType != null && unitTypesOut.contains(unitType)) {
            return Optional.of("unit type " + unitType + " is out of scope");
        }
        if (!unitTypesIn.isEmpty() && (unitType == null || !unitTypesIn.contains(unitType))) {
            return Optional.of("unit type " + unitType + " is not in scope");
        }
        if (unitId != null && unitIdsOut.stream().anyMatch(p -> matches(p, unitId))) {
            return Optional.of("unit " + unitId + " is out of scope");
        }
        if (!unitIdsIn.isEmpty() && (unitId == null || unitIdsIn.stream().noneMatch(p -> matches(p, unitId)))) {
            return Optional.of("unit " + unitId + " is not in scope");
        }
        return Optional.empty();
    }

    private static boolean matches(String pattern, String unitId) {
        return pattern.endsWith("*")
                ? unitId.startsWith(pattern.substring(0, pattern.length() - 1))
                : unitId.equals(pattern);
    }

    public List<Problem> problems(String field) {
        List<Problem> problems = new ArrayList<>();
        for (UnitType type : unitTypesIn) {
            if (unitTypesOut.contains(type)) {
                problems.add(new Problem(field + ".unitTypesIn", type + " is both in and out of scope"));
            }
        }
        patternProblems(field + ".unitIdsIn", unitIdsIn, problems);
        patternProblems(field + ".unitIdsOut", unitIdsOut, problems);
        return problems;
    }

    private static void patternProblems(String field, List<String> patterns, List<Problem> problems) {
        for (int i = 0; i < patterns.size(); i++) {
            String p = patterns.get(i);
            if (p == null || p.isBlank() || p.equals("*")) {
                problems.add(new Problem(field + "[" + i + "]", "a unit id, or a prefix followed by *"));
            } else if (p.indexOf('*') >= 0 && p.indexOf('*') != p.length() - 1) {
                problems.add(new Problem(field + "[" + i + "]", "* may only end a prefix"));
            }
        }
    }
}
