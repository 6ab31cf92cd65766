package com.baobei.commission.ledger;

import com.baobei.commission.agreement.Agreement;
import com.baobei.commission.agreement.AgreementVersion;
import com.baobei.commission.agreement.Period;
import com.baobei.commission.agreement.PeriodScheme;
import com.baobei.commission.agreement.Trigger;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One channel's money in one project, as a pure function of the facts: the latest attribution
 * of every deal, the fines, the agreement, and the statements already issued.
 *
 * <p>For every settlement period the ledger computes what the period is worth now (its "truth":
 * deal lines, fines, forfeitures). An open period's statement simply shows its truth. An issued
 * period's statement is frozen (COM-5), so the ledger compares the truth with what was booked for
 * that period (its issued lines plus adjustments already issued) and books each line's difference
 * on the next open statement, citing the deal, the cause and the original period. So the sum of
 * all statements always equals the sum of the truths, and recomputing after a re-sent event
 * yields the same lines: nothing is ever paid twice.
 */
public final class ChannelLedger {

    /**
     * @param tenantId the developer: with project, channel and period it makes the statement id
     * @param deals    the latest attribution of each purchase of the project (any channel; others are ignored
     *                 except to explain why a deal left this channel)
     */
    public record Input(String tenantId, String projectId, String channelId, Agreement agreement,
                        Collection<Deal> deals, Collection<Fine> fines, Collection<Statement> issued,
                        Collection<ManualAdjustment> manual) {

        public Input {
            manual = manual == null ? List.of() : manual;
        }

        /** Without manual adjustments. */
        public Input(String tenantId, String projectId, String channelId, Agreement agreement, Collection<Deal> deals,
                     Collection<Fine> fines, Collection<Statement> issued) {
            this(tenantId, projectId, channelId, agreement, deals, fines, issued, List.of());
        }
    }

    private final Input in;
    private final ZoneId zone;
    private final PeriodScheme scheme;
    private final Map<String, Deal> dealsById = new HashMap<>();
    private final TreeMap<LocalDate, Statement> issued = new TreeMap<>();
    private final TreeMap<Period, Account> truth = new TreeMap<>();
    private final TreeMap<Period, List<AdjustmentLine>> adjustmentsByTarget = new TreeMap<>();
    private final TreeMap<Period, Statement> open = new TreeMap<>();
    private final TreeMap<Period, List<ChargeLine>> carriedInto = new TreeMap<>();
    private final Instant terminatedAt;

    private ChannelLedger(Input in) {
        this.in = in;
        this.zone = in.agreement() == null ? Agreement.DEFAULT_ZONE : in.agreement().zone();
        this.scheme = in.agreement() == null ? PeriodScheme.NATURAL_MONTHS : in.agreement().scheme();
        for (Deal deal : in.deals()) {
            dealsById.merge(deal.purchaseId(), deal, (a, b) -> b.supersedes(a) ? b : a);
        }
        for (Statement statement : in.issued()) {
            issued.put(statement.period().start(), statement);
        }
        this.terminatedAt = in.fines().stream()
                .filter(f -> f.consequence() == FineConsequence.AGREEMENT_TERMINATED)
                .map(Fine::recordedAt)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    public static ChannelLedger build(Input in) {
        ChannelLedger ledger = new ChannelLedger(in);
        ledger.placeDeals();
        ledger.placeFines();
        ledger.placeManualAdjustments();
        ledger.reconcileIssued();
        ledger.buildOpenStatements();
        ledger.carryForward();
        return ledger;
    }

    // ---- truth -------------------------------------------------------------------------------

    private void placeDeals() {
        for (Deal deal : dealsById.values()) {
            if (!deal.belongsTo(in.channelId())) {
                continue;
            }
            Instant at = deal.accruedAt(triggerFor(deal));
            if (at == null) {
                continue; // not accrued yet (COM-3): a subscription waiting for its contract
            }
            Period period = scheme.periodOf(day(at));
            account(period).accrued.add(classify(deal, at));
        }
        for (Account account : truth.values()) {
            account.price(in.agreement());
        }
    }

    /** COM-3: the trigger of the version in force when the deal was subscribed (the first version before that). */
    private Trigger triggerFor(Deal deal) {
        Agreement agreement = in.agreement();
        if (agreement == null) {
            return Trigger.SUBSCRIPTION;
        }
        Optional<AgreementVersion> version = deal.subscribedAt() == null ? Optional.empty()
                : agreement.versionAt(day(deal.subscribedAt()));
        return version.orElse(agreement.versions().get(0)).trigger();
    }

    private Accrued classify(Deal deal, Instant at) {
        if (deal.cancelled()) {
            return new Accrued(deal, at, DealStatus.CANCELLED, "PUR-8: cancelled " + day(deal.cancelledAt()),
                    List.of("PUR-8"));
        }
        Agreement agreement = in.agreement();
        LocalDate day = day(at);
        if (agreement == null) {
            return excluded(deal, at, "no agreement with this channel", "COM-1");
        }
        Optional<AgreementVersion> version = agreement.versionAt(day);
        if (version.isEmpty()) {
            return excluded(deal, at, "COM-2: accrued before the agreement starts on " + agreement.start(), "COM-2");
        }
        if (terminatedAt != null && !at.isBefore(terminatedAt)) {
            return excluded(deal, at, "COM-4: the agreement ended on " + day(terminatedAt) + " (third offence)",
                    "COM-4");
        }
        Optional<String> outOfScope = version.get().scopeOrDefault().exclusion(deal.unitId(), deal.unitType());
        if (outOfScope.isPresent()) {
            return excluded(deal, at, "PUR-3: " + outOfScope.get(), "PUR-3");
        }
        if (deal.amount() == null || deal.amount().signum() <= 0) {
            return excluded(deal, at, "no deal amount", "COM-1");
        }
        return new Accrued(deal, at, DealStatus.COMMISSIONABLE, null, Com1Tiers.RULES);
    }

    private static Accrued excluded(Deal deal, Instant at, String reason, String rule) {
        return new Accrued(deal, at, DealStatus.EXCLUDED, reason, List.of(rule));
    }

    private void placeFines() {
        List<Fine> fines = in.fines().stream()
                .filter(f -> Objects.equals(f.channelId(), in.channelId()))
                .sorted(Comparator.comparing(Fine::recordedAt).thenComparing(Fine::fineId))
                .toList();
        for (Fine fine : fines) {
            Account account = account(scheme.periodOf(day(fine.recordedAt())));
            for (int i = 0; i < fine.charges().size(); i++) {
                Charge charge = fine.charges().get(i);
                account.charges.add(new ChargeLine("fine:" + fine.fineId() + ":" + (i + 1), ChargeKind.FINE,
                        fine.fineId(), fine.reason(), charge.target(), charge.agentId(), fine.offenceNumber(),
                        charge.amount().negate(), List.of(Com4Fines.RULE), fine.note()));
            }
            if (fine.consequence() != FineConsequence.NONE) {
                BigDecimal remaining = account.gross();
                for (ChargeLine line : account.charges) {
                    if (line.kind() == ChargeKind.FORFEIT) {
                        remaining = remaining.add(line.amount());
                    }
                }
                BigDecimal forfeit = remaining.signum() > 0 ? remaining.negate() : Money.ZERO;
                account.charges.add(new ChargeLine("forfeit:" + fine.fineId(), ChargeKind.FORFEIT, fine.fineId(),
                        fine.reason(), FineTarget.CHANNEL, null, fine.offenceNumber(), forfeit,
                        List.of(Com4Fines.RULE), fine.consequence() == FineConsequence.AGREEMENT_TERMINATED
                        ? "agreement ended, commission of the period forfeited" : "commission of the period forfeited"));
            }
        }
    }

    /** ADR 0032: an approved manual adjustment is part of the worth of the period it was approved in. */
    private void placeManualAdjustments() {
        List<ManualAdjustment> approved = in.manual().stream()
                .filter(m -> Objects.equals(m.channelId(), in.channelId()))
                .sorted(Comparator.comparing(ManualAdjustment::approvedAt).thenComparing(ManualAdjustment::adjustmentId))
                .toList();
        for (ManualAdjustment m : approved) {
            Period period = scheme.periodOf(day(m.approvedAt()));
            account(period).manual.add(manualLine(period, m, Money.ZERO, m.amount(), m.amount()));
        }
    }

    private AdjustmentLine manualLine(Period period, ManualAdjustment m, BigDecimal before, BigDecimal after,
                                      BigDecimal amount) {
        String ref = "adjustment:" + m.adjustmentId();
        return new AdjustmentLine(period, ManualAdjustment.keyOf(m.adjustmentId()), null, null, AdjustmentCause.MANUAL,
                ref, ref, null, null, before, after, amount, List.of("COM-5"),
                Reasons.zh(AdjustmentCause.MANUAL, period) + "：" + m.reason(),
                Reasons.en(AdjustmentCause.MANUAL, period) + ": " + m.reason());
    }

    private Account account(Period period) {
        return truth.computeIfAbsent(period, Account::new);
    }

    private LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    // ---- issued periods: adjustments ------------------------------------------------------------

    private void reconcileIssued() {
        Map<Period, Map<String, Entry>> booked = booked();
        TreeMap<Period, Boolean> periods = new TreeMap<>();
        truth.keySet().forEach(p -> periods.put(p, true));
        booked.keySet().forEach(p -> periods.put(p, true));
        for (Period period : periods.keySet()) {
            if (!isIssued(period)) {
                continue;
            }
            Map<String, Entry> now = truth.containsKey(period) ? truth.get(period).entries() : Map.of();
            Map<String, Entry> before = booked.getOrDefault(period, Map.of());
            reconcile(period, now, before);
        }
    }

    /** What has been booked for each period: its own issued lines plus issued adjustments, in period order. */
    private Map<Period, Map<String, Entry>> booked() {
        Map<Period, Map<String, Entry>> booked = new HashMap<>();
        for (Statement statement : issued.values()) {
            Map<String, Entry> own = booked.computeIfAbsent(statement.period(), p -> new HashMap<>());
            for (DealLine line : statement.deals()) {
                own.merge(line.key(), Entry.of(line), Entry::then);
            }
            for (ChargeLine line : statement.charges()) {
                // withheld and carried amounts are no period's worth: they move money between statements
                if (line.kind() != ChargeKind.WITHHELD && line.kind() != ChargeKind.CARRIED_FORWARD) {
                    own.merge(line.key(), Entry.of(line), Entry::then);
                }
            }
            for (AdjustmentLine line : statement.adjustments()) {
                booked.computeIfAbsent(line.originalPeriod(), p -> new HashMap<>())
                        .merge(line.key(), Entry.of(line), Entry::then);
            }
        }
        return booked;
    }

    private void reconcile(Period period, Map<String, Entry> now, Map<String, Entry> before) {
        TreeMap<String, Boolean> keys = new TreeMap<>();
        now.keySet().forEach(k -> keys.put(k, true));
        before.keySet().forEach(k -> keys.put(k, true));
        String tierCause = latestOwnChange(keys.keySet(), now, before);
        for (String key : keys.keySet()) {
            Entry after = now.get(key);
            Entry was = before.get(key);
            BigDecimal afterAmount = after == null ? Money.ZERO : after.amount();
            BigDecimal beforeAmount = was == null ? Money.ZERO : was.amount();
            BigDecimal diff = afterAmount.subtract(beforeAmount);
            if (diff.signum() == 0) {
                continue;
            }
            AdjustmentLine line = key.startsWith("deal:")
                    ? dealAdjustment(period, key, after, was, beforeAmount, afterAmount, diff, tierCause)
                    : key.startsWith("manual:") ? manualAdjustment(period, key, beforeAmount, afterAmount, diff)
                    : fineAdjustment(period, key, after, was, beforeAmount, afterAmount, diff, tierCause);
            adjustmentsByTarget.computeIfAbsent(nextOpenAfter(period), p -> new ArrayList<>()).add(line);
        }
    }

    /** The event of the most recently recorded deal of the period whose own facts changed since issue, if any. */
    private String latestOwnChange(Collection<String> keys, Map<String, Entry> now, Map<String, Entry> before) {
        Deal latest = null;
        for (String key : keys) {
            if (!key.startsWith("deal:") || !ownChange(now.get(key), before.get(key))) {
                continue;
            }
            Deal deal = dealsById.get(key.substring("deal:".length()));
            if (deal != null && (latest == null || Comparator.comparing(Deal::recordedAt)
                    .thenComparing(Deal::eventId).compare(deal, latest) > 0)) {
                latest = deal;
            }
        }
        return latest == null ? null : latest.eventId();
    }

    private static boolean ownChange(Entry now, Entry before) {
        if (now == null || before == null) {
            return now != before;
        }
        return now.status() != before.status() || !sameAmount(now.dealAmount(), before.dealAmount());
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private AdjustmentLine dealAdjustment(Period period, String key, Entry after, Entry was, BigDecimal beforeAmount,
                                          BigDecimal afterAmount, BigDecimal diff, String tierCause) {
        String purchaseId = key.substring("deal:".length());
        Deal deal = dealsById.get(purchaseId);
        String dealEvent = deal == null ? null : deal.eventId();
        AdjustmentCause cause;
        String causeEvent;
        List<String> rules;
        if (deal != null && deal.cancelled()) {
            cause = AdjustmentCause.CANCELLED;
            causeEvent = dealEvent;
            rules = List.of("PUR-8", "COM-5");
        } else if (deal != null && !deal.belongsTo(in.channelId())) {
            cause = AdjustmentCause.REATTRIBUTED;
            causeEvent = dealEvent;
            rules = withCom5(deal.ruleIds());
        } else if (after == null) {
            cause = AdjustmentCause.MOVED;
            causeEvent = dealEvent;
            rules = List.of("COM-3", "COM-5");
        } else if (was == null) {
            cause = AdjustmentCause.LATE_DEAL;
            causeEvent = after.basisEventId();
            rules = withCom5(deal == null ? List.of() : deal.ruleIds());
        } else if (ownChange(after, was) && !Objects.equals(after.basisEventId(), was.basisEventId())) {
            cause = AdjustmentCause.CHANGED;
            causeEvent = after.basisEventId();
            rules = List.of("COM-1", "COM-5");
        } else if (!ownChange(after, was) && tierCause != null) {
            cause = AdjustmentCause.TIER_MOVED;
            causeEvent = tierCause;
            rules = List.of("COM-1", "COM-5");
        } else {
            cause = AdjustmentCause.AGREEMENT_CHANGED;
            causeEvent = in.agreement() == null ? "agreement:none" : in.agreement().changeId();
            rules = List.of("COM-1", "COM-5");
        }
        String basis = after != null ? after.basisEventId() : dealEvent;
        DealStatus status = after == null ? null : after.status();
        BigDecimal dealAmount = after != null ? after.dealAmount() : deal == null ? null : deal.amount();
        return new AdjustmentLine(period, key, purchaseId, null, cause, causeEvent, basis, dealAmount, status,
                beforeAmount, afterAmount, diff, rules, Reasons.zh(cause, period), Reasons.en(cause, period));
    }

    private AdjustmentLine fineAdjustment(Period period, String key, Entry after, Entry was, BigDecimal beforeAmount,
                                          BigDecimal afterAmount, BigDecimal diff, String tierCause) {
        String fineId = after != null ? after.basisEventId() : was.basisEventId();
        String causeEvent = was == null || tierCause == null ? fineId : tierCause;
        return new AdjustmentLine(period, key, null, fineId, AdjustmentCause.FINE, causeEvent, fineId, null, null,
                beforeAmount, afterAmount, diff, List.of(Com4Fines.RULE, "COM-5"),
                Reasons.zh(AdjustmentCause.FINE, period), Reasons.en(AdjustmentCause.FINE, period));
    }

    /** A manual adjustment approved in a period that was issued already: it reaches the next open statement. */
    private AdjustmentLine manualAdjustment(Period period, String key, BigDecimal beforeAmount, BigDecimal afterAmount,
                                            BigDecimal diff) {
        String id = key.substring("manual:".length());
        ManualAdjustment m = in.manual().stream().filter(x -> x.adjustmentId().equals(id)).findFirst()
                .orElse(new ManualAdjustment(id, in.channelId(), Money.ZERO, "", null, Instant.EPOCH, null, null));
        return manualLine(period, m, beforeAmount, afterAmount, diff);
    }

    private static List<String> withCom5(List<String> rules) {
        List<String> all = new ArrayList<>(rules);
        if (!all.contains("COM-5")) {
            all.add("COM-5");
        }
        return all;
    }

    private boolean isIssued(Period period) {
        return issuedContaining(period.start()).isPresent();
    }

    private Optional<Statement> issuedContaining(LocalDate day) {
        Map.Entry<LocalDate, Statement> floor = issued.floorEntry(day);
        return floor != null && floor.getValue().period().contains(day) ? Optional.of(floor.getValue()) : Optional.empty();
    }

    /** COM-5: the earliest period after {@code period} that has not been issued. */
    public Period nextOpenAfter(Period period) {
        Period next = scheme.next(period);
        Optional<Statement> taken = issuedContaining(next.start());
        while (taken.isPresent()) {
            next = scheme.periodOf(taken.get().period().end().plusDays(1));
            taken = issuedContaining(next.start());
        }
        return next;
    }

    // ---- open statements ---------------------------------------------------------------------

    private void buildOpenStatements() {
        TreeMap<Period, Boolean> periods = new TreeMap<>();
        truth.keySet().forEach(p -> periods.put(p, true));
        adjustmentsByTarget.keySet().forEach(p -> periods.put(p, true));
        for (Period period : periods.keySet()) {
            if (!isIssued(period)) {
                open.put(period, openStatement(period));
            }
        }
    }

    private Statement openStatement(Period period) {
        Account account = truth.get(period);
        List<DealLine> deals = account == null ? List.of() : account.lines;
        List<ChargeLine> charges = new ArrayList<>(account == null ? List.of() : account.charges);
        List<AdjustmentLine> adjustments = new ArrayList<>(adjustmentsByTarget.getOrDefault(period, List.of()));
        if (account != null) {
            adjustments.addAll(account.manual);
        }
        adjustments.sort(Comparator.comparing((AdjustmentLine a) -> a.originalPeriod()).thenComparing(AdjustmentLine::key));
        withhold(deals, adjustments, charges);
        charges.addAll(carriedInto.getOrDefault(period, List.of()));
        Integer version = null;
        TierSummary tier = null;
        if (account != null && account.version != null) {
            version = account.version.version();
            tier = account.summary;
        } else if (in.agreement() != null) {
            Optional<AgreementVersion> v = in.agreement().versionFor(period);
            version = v.map(AgreementVersion::version).orElse(null);
            tier = v.map(x -> Com1Tiers.summary(x.tiers(), BigDecimal.ZERO)).orElse(null);
        }
        return new Statement(StatementId.of(in.tenantId(), in.projectId(), in.channelId(), period.start()), in.projectId(),
                in.channelId(), period, StatementState.OPEN, null, null, version, tier, deals, adjustments, charges,
                Totals.of(deals, adjustments, charges));
    }

    /**
     * ADR 0032, 上期结转: a statement whose balance is negative (fines or clawbacks above its commission) pays nothing
     * and carries the balance to the channel's next open statement, as a line citing the statement it comes from. In
     * period order, each statement's carried-forward amount, less what statements issued since have already taken
     * from it, goes to the next open period. An issued statement's carry makes that period's statement appear even
     * without other lines; an open one's shows wherever the next open statement is read. Periods issued out of order
     * stay consistent: what an issued statement took from an earlier, still open one is given back or taken again
     * once that one's balance is known, so the statements together always pay what the periods are worth (as far as
     * it is positive).
     */
    private void carryForward() {
        Map<LocalDate, BigDecimal> taken = new HashMap<>();
        for (Statement statement : issued.values()) {
            for (ChargeLine line : statement.charges()) {
                if (line.kind() == ChargeKind.CARRIED_FORWARD) {
                    taken.merge(carrySource(line.key()), line.amount(), BigDecimal::add);
                }
            }
        }
        TreeMap<LocalDate, Period> periods = new TreeMap<>();
        issued.values().forEach(s -> periods.put(s.period().start(), s.period()));
        open.keySet().forEach(p -> periods.put(p.start(), p));
        // a period something was carried from stays in view even if it lost its lines: what it gave is given back
        taken.keySet().forEach(start -> periods.computeIfAbsent(start, scheme::periodOf));
        for (LocalDate start = periods.isEmpty() ? null : periods.firstKey(); start != null;
             start = periods.higherKey(start)) {
            Period period = periods.get(start);
            Statement statement = issued.get(start);
            boolean frozen = statement != null;
            if (!frozen) {
                statement = openStatement(period);
                open.put(period, statement);
            }
            BigDecimal pending = statement.totals().carriedForward().subtract(taken.getOrDefault(start, Money.ZERO));
            if (pending.signum() == 0) {
                continue;
            }
            Period target = nextOpenAfter(period);
            carriedInto.computeIfAbsent(target, p -> new ArrayList<>()).add(carryLine(period, pending));
            // the carry reaches a statement: an issued one's always; an open one's through every period up to the next
            // statement with lines, so no balance is lost in an empty month; the last open one's waits where it is read
            if (frozen || periods.higherKey(start) != null) {
                periods.put(target.start(), target);
            }
        }
    }

    private static ChargeLine carryLine(Period from, BigDecimal amount) {
        String note = amount.signum() < 0
                ? "上期结转：" + from.label() + " 结算单应付为负，结转本期 / carried forward from " + from.label()
                : "上期结转更正：退回 " + from.label() + " 已结转金额 / carried amount of " + from.label() + " given back";
        return new ChargeLine(carryKey(from), ChargeKind.CARRIED_FORWARD, null, null, null, null, 0, amount,
                List.of("COM-4", "COM-5"), note);
    }

    public static String carryKey(Period from) {
        return "carry:" + from.start();
    }

    private static LocalDate carrySource(String key) {
        return LocalDate.parse(key.substring("carry:".length()));
    }

    /**
     * COM-4 third offence: nothing further is paid. Every statement still open once the agreement has
     * ended withholds its positive commission (deals, adjustments and forfeitures together); fines are
     * still deducted and clawbacks still count. Withheld amounts are not part of any period's worth.
     */
    private void withhold(List<DealLine> deals, List<AdjustmentLine> adjustments, List<ChargeLine> charges) {
        if (terminatedAt == null) {
            return;
        }
        BigDecimal commission = Money.ZERO;
        for (DealLine line : deals) {
            commission = commission.add(line.amount());
        }
        for (AdjustmentLine line : adjustments) {
            commission = commission.add(line.amount());
        }
        for (ChargeLine line : charges) {
            if (line.kind() == ChargeKind.FORFEIT) {
                commission = commission.add(line.amount());
            }
        }
        if (commission.signum() > 0) {
            charges.add(new ChargeLine("withheld", ChargeKind.WITHHELD, null, FineReason.FORBIDDEN_ZONE,
                    FineTarget.CHANNEL, null, 3, commission.negate(), List.of(Com4Fines.RULE),
                    "agreement ended " + day(terminatedAt) + ": nothing further is paid"));
        }
    }

    // ---- results ---------------------------------------------------------------------------

    /** Every statement with content, issued or open, by period. */
    public List<Statement> statements() {
        TreeMap<LocalDate, Statement> all = new TreeMap<>();
        issued.values().forEach(s -> all.put(s.period().start(), s));
        open.values().forEach(s -> all.put(s.period().start(), s));
        return List.copyOf(all.values());
    }

    public List<Statement> openStatements() {
        return List.copyOf(open.values());
    }

    /** The statement of the period containing {@code day}: issued, open, or an empty open one. */
    public Statement statementFor(LocalDate day) {
        Optional<Statement> done = issuedContaining(day);
        if (done.isPresent()) {
            return done.get();
        }
        Period period = scheme.periodOf(day);
        Statement statement = open.get(period);
        return statement != null ? statement : openStatement(period);
    }

    public Period periodOf(LocalDate day) {
        return issuedContaining(day).map(Statement::period).orElseGet(() -> scheme.periodOf(day));
    }

    public ZoneId zone() {
        return zone;
    }

    /** What every period is worth now, summed: deals, fines and forfeitures (not withheld amounts). */
    public BigDecimal truthTotal() {
        BigDecimal total = Money.ZERO;
        for (Account account : truth.values()) {
            for (Entry entry : account.entries().values()) {
                total = total.add(entry.amount());
            }
        }
        return total;
    }

    // ---- inner state ---------------------------------------------------------------------------

    /** One line's worth, as booked or as it stands now. */
    private record Entry(BigDecimal amount, String basisEventId, DealStatus status, BigDecimal dealAmount) {

        static Entry of(DealLine line) {
            return new Entry(line.commission(), line.attributionEventId(), line.status(), line.dealAmount());
        }

        static Entry of(ChargeLine line) {
            return new Entry(line.amount(), line.fineId(), null, null);
        }

        static Entry of(AdjustmentLine line) {
            return new Entry(line.amount(), line.basisEventId(), line.dealStatus(), line.dealAmount());
        }

        /** A later booking: amounts add up, the later line's facts describe the line now. */
        Entry then(Entry later) {
            return new Entry(amount.add(later.amount), later.basisEventId, later.status, later.dealAmount);
        }
    }

    /** A period's truth. */
    private static final class Account {
        final Period period;
        final List<Accrued> accrued = new ArrayList<>();
        final List<DealLine> lines = new ArrayList<>();
        final List<ChargeLine> charges = new ArrayList<>();
        final List<AdjustmentLine> manual = new ArrayList<>();
        AgreementVersion version;
        TierSummary summary;

        Account(Period period) {
            this.period = period;
        }

        void price(Agreement agreement) {
            accrued.sort(Accrued.ORDER);
            version = agreement == null ? null : agreement.versionFor(period).orElse(null);
            List<Accrued> commissionable = accrued.stream().filter(a -> a.status() == DealStatus.COMMISSIONABLE).toList();
            List<Com1Tiers.Pricing> pricings = List.of();
            if (version != null) {
                Com1Tiers.Result result = Com1Tiers.price(
                        commissionable.stream().map(a -> a.deal().amount()).toList(), version.tiers());
                pricings = result.pricings();
                summary = result.summary();
            }
            Map<Accrued, Com1Tiers.Pricing> priced = new HashMap<>();
            for (int i = 0; i < commissionable.size(); i++) {
                priced.put(commissionable.get(i), pricings.get(i));
            }
            for (Accrued a : accrued) {
                Com1Tiers.Pricing pricing = priced.get(a);
                Deal d = a.deal();
                lines.add(new DealLine(d.purchaseId(), d.unitId(), d.unitType(), d.amount(), a.accruedAt(), d.agentId(),
                        a.status(), a.exclusion(), pricing == null ? null : pricing.tier(),
                        pricing == null ? null : pricing.ratePercent(), pricing == null ? List.of() : pricing.bands(),
                        pricing == null ? Money.ZERO : pricing.commission(), d.eventId(), d.ruleIds(), a.ruleIds()));
            }
        }

        BigDecimal gross() {
            BigDecimal gross = Money.ZERO;
            for (DealLine line : lines) {
                gross = gross.add(line.commission());
            }
            return gross;
        }

        Map<String, Entry> entries() {
            Map<String, Entry> entries = new HashMap<>();
            for (DealLine line : lines) {
                entries.put(line.key(), Entry.of(line));
            }
            for (ChargeLine line : charges) {
                entries.put(line.key(), Entry.of(line));
            }
            for (AdjustmentLine line : manual) {
                entries.put(line.key(), Entry.of(line));
            }
            return entries;
        }
    }
}
