package com.baobei.commission.web;

import com.baobei.commission.agreement.Agreement;
import com.baobei.commission.agreement.AgreementVersion;
import com.baobei.commission.agreement.Problem;
import com.baobei.commission.agreement.Scope;
import com.baobei.commission.agreement.Tier;
import com.baobei.commission.agreement.TierBasis;
import com.baobei.commission.agreement.TierMode;
import com.baobei.commission.agreement.TierTable;
import com.baobei.commission.agreement.Trigger;
import com.baobei.commission.errors.InvalidRequestException;
import com.baobei.commission.ledger.Limits;
import com.baobei.contracts.UnitType;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An agreement as finance writes it. Left out: {@code zone} Asia/Shanghai, {@code basis}
 * DEAL_COUNT, {@code mode} RETROACTIVE, {@code trigger} SUBSCRIPTION, {@code scope} everything
 * but parking, {@code version} the position in the list (1-based), a tier's {@code upTo} the next
 * tier's {@code from}.
 */
public record AgreementBody(String zone, LocalDate firstPeriodEnd, List<Version> versions) {

    public record Version(Integer version, LocalDate effectiveFrom, TierBasis basis, TierMode mode, Trigger trigger,
                          List<TierRow> tiers, ScopeBody scope) {
    }

    /** @param ratePercent 1.2 means 1.2 % of the deal amount */
    public record TierRow(BigDecimal from, BigDecimal upTo, BigDecimal ratePercent) {
    }

    public record ScopeBody(Set<UnitType> unitTypesIn, Set<UnitType> unitTypesOut, List<String> unitIdsIn,
                            List<String> unitIdsOut) {
    }

    static final int MAX_VERSIONS = 100;
    static final int MAX_TIERS = 50;
    static final int MAX_UNIT_IDS = 1000;
    static final int ZONE_LENGTH = 64;
    static final int RATE_DECIMALS = 4;

    /**
     * What is malformed in the body as sent, before it becomes an agreement (400): lists too long or holding nulls,
     * days outside the years the service settles, numbers outside the contracts' ranges or written with an exponent.
     * The tier table's own rules (order, gaps, rates up to 100 %) are the agreement's ({@link Agreement#problems}).
     */
    public List<Problem> inputProblems() {
        List<Problem> problems = new ArrayList<>();
        if (zone != null && zone.length() > ZONE_LENGTH) {
            problems.add(new Problem("zone", "at most " + ZONE_LENGTH + " characters"));
        }
        Limits.day("firstPeriodEnd", firstPeriodEnd, problems);
        if (!Limits.list("versions", versions, MAX_VERSIONS, problems)) {
            return problems;
        }
        for (int i = 0; versions != null && i < versions.size(); i++) {
            if (versions.get(i) != null) {
                versionProblems("versions[" + i + "]", versions.get(i), problems);
            }
        }
        return problems;
    }

    /** ID-4: a full phone number in a unit id (422). */
    public List<Problem> personalData() {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; versions != null && i < versions.size(); i++) {
            ScopeBody scope = versions.get(i) == null ? null : versions.get(i).scope();
            if (scope != null) {
                phones("versions[" + i + "].scope.unitIdsIn", scope.unitIdsIn(), problems);
                phones("versions[" + i + "].scope.unitIdsOut", scope.unitIdsOut(), problems);
            }
        }
        return problems;
    }

    private static void phones(String field, List<String> ids, List<Problem> problems) {
        for (int i = 0; ids != null && i < ids.size(); i++) {
            Limits.noFullPhone(field + "[" + i + "]", ids.get(i), problems);
        }
    }

    private static void versionProblems(String at, Version v, List<Problem> problems) {
        Limits.day(at + ".effectiveFrom", v.effectiveFrom(), problems);
        if (Limits.list(at + ".tiers", v.tiers(), MAX_TIERS, problems) && v.tiers() != null) {
            for (int t = 0; t < v.tiers().size(); t++) {
                TierRow row = v.tiers().get(t);
                if (row == null) {
                    continue;
                }
                String tier = at + ".tiers[" + t + "]";
                Limits.money(tier + ".from", row.from(), problems);
                Limits.money(tier + ".upTo", row.upTo(), problems);
                rate(tier + ".ratePercent", row.ratePercent(), problems);
            }
        }
        ScopeBody scope = v.scope();
        if (scope != null) {
            Limits.list(at + ".scope.unitTypesIn", scope.unitTypesIn(), UnitType.values().length, problems);
            Limits.list(at + ".scope.unitTypesOut", scope.unitTypesOut(), UnitType.values().length, problems);
            unitIds(at + ".scope.unitIdsIn", scope.unitIdsIn(), problems);
            unitIds(at + ".scope.unitIdsOut", scope.unitIdsOut(), problems);
        }
    }

    private static void unitIds(String field, List<String> ids, List<Problem> problems) {
        if (Limits.list(field, ids, MAX_UNIT_IDS, problems) && ids != null) {
            for (int i = 0; i < ids.size(); i++) {
                // null elements are named by Limits.list
                Limits.id(field + "[" + i + "]", ids.get(i), Limits.ID_LENGTH, problems);
            }
        }
    }

    /** 0..100 % is the agreement's rule; here only the form: written out, at most four decimals (1.2345 %). */
    private static void rate(String field, BigDecimal rate, List<Problem> problems) {
        if (rate == null) {
            return;
        }
        if (rate.scale() < 0) {
            problems.add(new Problem(field, "write the rate out in digits, without an exponent"));
        } else if (rate.stripTrailingZeros().scale() > RATE_DECIMALS) {
            problems.add(new Problem(field, "at most " + RATE_DECIMALS + " decimals"));
        }
    }

    public Agreement toAgreement(String projectId, String channelId) {
        ZoneId zoneId = Agreement.DEFAULT_ZONE;
        if (zone != null) {
            try {
                zoneId = ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw new InvalidRequestException(List.of(new Problem("zone", "not a time zone: " + zone)));
            }
        }
        List<AgreementVersion> converted = new ArrayList<>();
        if (versions != null) {
            for (int i = 0; i < versions.size(); i++) {
                Version v = versions.get(i);
                converted.add(v == null ? null : convert(v, i + 1));
            }
        }
        return new Agreement(projectId, channelId, 0, zoneId, firstPeriodEnd, converted);
    }

    private static AgreementVersion convert(Version v, int position) {
        List<Tier> tiers = v.tiers() == null ? null
                : v.tiers().stream().map(t -> t == null ? null : new Tier(t.from(), t.upTo(), t.ratePercent())).toList();
        TierTable table = new TierTable(v.basis() == null ? TierBasis.DEAL_COUNT : v.basis(),
                v.mode() == null ? TierMode.RETROACTIVE : v.mode(), tiers);
        Scope scope = v.scope() == null ? Scope.DEFAULT : new Scope(v.scope().unitTypesIn(), v.scope().unitTypesOut(),
                v.scope().unitIdsIn(), v.scope().unitIdsOut());
        return new AgreementVersion(v.version() == null ? position : v.version(), v.effectiveFrom(), table,
                v.trigger() == null ? Trigger.SUBSCRIPTION : v.trigger(), scope);
    }
}
