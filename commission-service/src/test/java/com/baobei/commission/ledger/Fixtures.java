package com.baobei.commission.ledger;

import com.baobei.commission.agreement.Agreement;
import com.baobei.commission.agreement.AgreementVersion;
import com.baobei.commission.agreement.Scope;
import com.baobei.commission.agreement.Tier;
import com.baobei.commission.agreement.TierBasis;
import com.baobei.commission.agreement.TierMode;
import com.baobei.commission.agreement.TierTable;
import com.baobei.commission.agreement.Trigger;
import com.baobei.contracts.UnitType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Builders for the table and scenario tests. */
public final class Fixtures {

    public static final String TENANT = "T1";
    public static final String PROJECT = "P1";
    public static final String CH = "CH-A";
    public static final String OTHER = "CH-B";
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Fixtures() {
    }

    /** Shanghai wall-clock time. */
    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    public static BigDecimal cny(String amount) {
        return new BigDecimal(amount);
    }

    /** 1-5 deals 1 %, 6-10 deals 1.2 %, 11+ 1.5 %, retroactive, by count, from 2024-01-01. */
    public static Agreement standard() {
        return agreement(new TierTable(TierBasis.DEAL_COUNT, TierMode.RETROACTIVE,
                List.of(Tier.from("1", "1.0"), Tier.from("6", "1.2"), Tier.from("11", "1.5"))), Trigger.SUBSCRIPTION);
    }

    public static Agreement agreement(TierTable tiers, Trigger trigger) {
        return new Agreement(PROJECT, CH, 1, SHANGHAI, null,
                List.of(new AgreementVersion(1, LocalDate.of(2024, 1, 1), tiers, trigger, Scope.DEFAULT)));
    }

    public static Agreement withChannel(Agreement agreement, String channelId) {
        return new Agreement(agreement.projectId(), channelId, agreement.revision(), agreement.zone(),
                agreement.firstPeriodEnd(), agreement.versions());
    }

    public static DealBuilder deal(String purchaseId) {
        return new DealBuilder(purchaseId);
    }

    public static ChannelLedger ledger(Agreement agreement, Collection<Deal> deals, Collection<Fine> fines,
                                       Collection<Statement> issued) {
        return ChannelLedger.build(new ChannelLedger.Input(TENANT, PROJECT, agreement.channelId(), agreement, deals, fines,
                issued));
    }

    public static ChannelLedger ledger(Agreement agreement, Collection<Deal> deals) {
        return ledger(agreement, deals, List.of(), List.of());
    }

    /** A small in-memory book of one channel: deals, fines and issued statements, as the service keeps them. */
    public static final class Book {
        public final Agreement agreement;
        public final DealBook deals = new DealBook();
        public final List<Fine> fines = new ArrayList<>();
        public final List<Statement> issued = new ArrayList<>();
        public final List<ManualAdjustment> manual = new ArrayList<>();

        public Book(Agreement agreement) {
            this.agreement = agreement;
        }

        public Book add(Deal... more) {
            for (Deal d : more) {
                deals.offer(d);
            }
            return this;
        }

        public ChannelLedger ledger() {
            return ChannelLedger.build(new ChannelLedger.Input(TENANT, PROJECT, agreement.channelId(), agreement,
                    deals.deals(), fines, issued, manual));
        }

        public Statement statement(LocalDate day) {
            return ledger().statementFor(day);
        }

        public Statement issue(LocalDate day) {
            Statement issuedOne = statement(day).issue(Instant.parse("2030-01-01T00:00:00Z"), "finance-1");
            issued.add(issuedOne);
            return issuedOne;
        }
    }

    public static final class DealBuilder {
        private final String purchaseId;
        private String unitId = "B1-0101";
        private UnitType unitType = UnitType.RESIDENTIAL;
        private BigDecimal amount = new BigDecimal("1000000.00");
        private Instant subscribedAt = at("2024-01-10T10:00");
        private Instant contractedAt;
        private Instant cancelledAt;
        private String channelId = CH;
        private int revision;
        private String eventId;
        private Instant recordedAt;

        DealBuilder(String purchaseId) {
            this.purchaseId = purchaseId;
            this.unitId = "B1-" + purchaseId;
        }

        public DealBuilder amount(String value) {
            amount = new BigDecimal(value);
            return this;
        }

        public DealBuilder subscribed(String local) {
            subscribedAt = at(local);
            return this;
        }

        public DealBuilder subscribedAt(Instant instant) {
            subscribedAt = instant;
            return this;
        }

        public DealBuilder contracted(String local) {
            contractedAt = at(local);
            return this;
        }

        public DealBuilder cancelled(String local) {
            cancelledAt = at(local);
            return this;
        }

        public DealBuilder unit(String id, UnitType type) {
            unitId = id;
            unitType = type;
            return this;
        }

        public DealBuilder channel(String channel) {
            channelId = channel;
            return this;
        }

        public DealBuilder revision(int value) {
            revision = value;
            return this;
        }

        public DealBuilder event(String id) {
            eventId = id;
            return this;
        }

        public Deal build() {
            String id = eventId != null ? eventId : "ev-" + purchaseId + "-r" + revision;
            Instant recorded = recordedAt != null ? recordedAt : subscribedAt.plusSeconds(60L + revision * 3600L);
            return new Deal(purchaseId, unitId, unitType, amount, subscribedAt, contractedAt, cancelledAt, channelId,
                    "agent-1", revision, id, recorded, List.of("VIS-4", "PUR-1"));
        }
    }
}
