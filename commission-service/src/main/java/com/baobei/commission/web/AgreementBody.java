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
