package com.baobei.attribution.fold;

import static com.baobei.attribution.fold.Because.rules;

import com.baobei.attribution.fold.rules.Dsp1Disputes;
import com.baobei.attribution.fold.rules.Dsp2Rulings;
import com.baobei.attribution.fold.rules.Pur3Exclusions;
import com.baobei.attribution.fold.rules.Pur7LateClaim;
import com.baobei.attribution.fold.rules.Pur8Cancellation;
import com.baobei.attribution.fold.rules.Reg3Validity;
import com.baobei.attribution.fold.rules.Reg6Quality;
import com.baobei.attribution.fold.rules.Reg8Intake;
import com.baobei.attribution.policy.ProjectPolicy;
import com.baobei.contracts.ClientKeys;
import com.baobei.contracts.Explanation;
import com.baobei.contracts.attribution.OwnershipChanged;
import com.baobei.contracts.attribution.OwnershipChanged.OwnerKind;
import com.baobei.contracts.attribution.PurchaseAttributed;
import com.baobei.contracts.attribution.RegistrationVerdict;
import com.baobei.contracts.attribution.RegistrationVerdict.Verdict;
import com.baobei.contracts.registration.Disputed;
import com.baobei.contracts.visit.Purchased;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The decisions read off the completely folded state, as of the project's latest business time:
 * registration verdicts (lapses judged now), owners with their history, purchase attributions (money
 * follows a ruling, DSP-3), and disputes with the rules' proposal (DSP-1, REG-6, PUR-7).
 */
final class Decisions {

    private final ProjectFold f;

    Decisions(ProjectFold fold) {
        this.f = fold;
    }

    Outcome outcome() {
        Instant asOf = f.asOf();
        List<ClientDecision> clients = clients(asOf);
        return new Outcome(verdicts(asOf), clients, purchases(), disputes());
    }

    /**
     * ADR 0031, third round: while set, every read item's next deadline is queued, every dispute's reads are
     * remembered, and the lists are {@link IdOrdered}, so that a later read can visit only what changed.
     */
    private Marks tracked;
    private Outcome changed;

    /** Every decision, as {@link #outcome}, read so that later reads can be marked ones ({@link #outcomeMarked}). */
    Outcome outcomeTracked(Marks marks) {
        tracked = marks;
        Outcome read = outcome();
        marks.regsRead = f.regs.size();
        return read;
    }

    /** The decisions {@link #outcomeMarked} made that are not the previous read's objects, in order of id. */
    Outcome changed() {
        return changed;
    }

    /**
     * The decisions as of the latest event, reading only the items the pass marked since {@code previous} (the last
     * read's Outcome) and those whose queued deadline has passed since; every other decision is {@code previous}'s,
     * at its place. Equal to {@link #outcome} (ResumedReadMarksTest).
     */
    Outcome outcomeMarked(Outcome previous, Marks marks) {
        tracked = marks;
        Instant asOf = f.asOf();
        marks.passed(asOf);
        // a registration's verdict reads its client's deadlines; a client's change may change its registrations' and
        // purchases' (a ruling); the disputes read the clients, registrations and purchases under their keys
        for (int i = 0; i < marks.regs.size(); i++) {
            Reg reg = marks.regs.get(i);
            if (reg.client != null) {
                marks.mark(reg.client);
            }
        }
        for (int i = 0; i < marks.clients.size(); i++) {
            Client c = marks.clients.get(i);
            c.regs.forEach(marks::mark);
            c.purchases.forEach(marks::mark);
        }
        for (int i = 0; i < marks.clients.size(); i++) {
            f.markDisputes(marks.clients.get(i).masked, null, null);
        }
        for (int i = 0; i < marks.regs.size(); i++) {
            Reg reg = marks.regs.get(i);
            f.markDisputes(reg.masked, reg.id, null);
        }
        for (int i = 0; i < marks.purchases.size(); i++) {
            f.markDisputes(null, null, marks.purchases.get(i).purchaseId);
        }
        // as the whole read: every client that is read, or whose state a dispute reads, has its deadlines applied first
        for (int i = 0; i < marks.clients.size(); i++) {
            f.applyDeadlines(marks.clients.get(i), asOf);
        }
        for (int i = 0; i < marks.disputes.size(); i++) {
            Client c = RulingStep.disputeClient(f, marks.disputes.get(i));
            if (c != null) {
                f.applyDeadlines(c, asOf);
            }
        }
        Edits<ClientDecision> clients = new Edits<>(f.clientIds);
        for (int i = 0; i < marks.clients.size(); i++) {
            Client c = marks.clients.get(i);
            ClientDecision before = c.decided;
            ClientDecision made = client(c);
            due(c);
            if (made != before) {
                clients.add(c.index, made);
            }
        }
        Edits<VerdictDecision> verdicts = new Edits<>(f.regIds);
        for (int i = 0; i < marks.regs.size(); i++) {
            Reg reg = marks.regs.get(i);
            VerdictDecision settled = f.settledVerdicts.get(reg.index);
            VerdictDecision before = reg.index >= marks.regsRead ? null : settled != null ? settled : reg.decided;
            VerdictDecision made = settled != null ? settled : verdict(reg, asOf);
            if (made != before || before == null) {
                verdicts.add(reg.index, made);
            }
        }
        Edits<PurchaseDecision> purchases = new Edits<>(f.purchaseIds);
        for (int i = 0; i < marks.purchases.size(); i++) {
            PurchaseRec p = marks.purchases.get(i);
            PurchaseDecision before = p.decided;
            PurchaseDecision made = purchase(p);
            if (made != before) {
                purchases.add(p.index, made);
            }
        }
        Edits<DisputeDecision> disputes = new Edits<>(f.disputeIds);
        for (int i = 0; i < marks.disputes.size(); i++) {
            DisputeRec d = marks.disputes.get(i);
            DisputeDecision before = d.decided;
            DisputeDecision made = dispute(d);
            if (made != before) {
                disputes.add(d.index, made);
            }
        }
        marks.reread = new int[] {marks.clients.size(), marks.regs.size(), marks.purchases.size(), marks.disputes.size()};
        marks.clear();
        marks.regsRead = f.regs.size();
        changed = new Outcome(verdicts.sorted(), clients.sorted(), purchases.sorted(), disputes.sorted());
        return new Outcome(verdicts.onto(previous.verdicts()), clients.onto(previous.clients()),
                purchases.onto(previous.purchases()), disputes.onto(previous.disputes()));
    }

    /** The decisions a marked read made anew for one kind, by item, put onto the last read's list in order of id. */
    private static final class Edits<T> {

        private final IdSort.Heads ids;
        private final List<Integer> items = new ArrayList<>();
        private final List<T> made = new ArrayList<>();
        private Integer[] order;

        Edits(IdSort.Heads ids) {
            this.ids = ids;
        }

        void add(int item, T decision) {
            items.add(item);
            made.add(decision);
        }

        /** The new decisions in order of id. */
        List<T> sorted() {
            order = new Integer[items.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> ids.compare(items.get(a), items.get(b)));
            List<T> out = new ArrayList<>(order.length);
            for (Integer i : order) {
                out.add(made.get(i));
            }
            return out;
        }

        IdOrdered<T> onto(List<T> previous) {
            IdOrdered<T> list = (IdOrdered<T>) previous;
            for (Integer i : order) {
                list = list.with(items.get(i), made.get(i), ids::compare);
            }
            return list;
        }
    }

    /** Queues the client's next deadline after the read's time (its decision may change when it passes). */
    private void due(Client c) {
        if (tracked != null) {
            Instant end = f.nextDeadline(c);
            if (end != null) {
                tracked.due(end, c);
            }
        }
    }

    /** The client's decision (its deadlines applied), the same object while its history is the same; null: none yet. */
    private ClientDecision client(Client c) {
        if (c.history.isEmpty()) {
            return null;
        }
        OwnershipChanged last = c.history.get(c.history.size() - 1);
        // a history only grows (or is cut back to what it was, ADR 0031): same length and same last entry,
        // same history; the decision made from it before is kept, the same object
        if (c.decided == null || c.decidedEntries != c.history.size() || c.decided.current() != last) {
            c.decided = new ClientDecision(c.key, last, immutable(c.history));
            c.decidedEntries = c.history.size();
        }
        return c.decided;
    }

    private List<VerdictDecision> verdicts(Instant asOf) {
        int n = f.regs.size();
        VerdictDecision[] made = new VerdictDecision[n];
        for (int k = 0; k < n; k++) {
            if ((k & (AHEAD - 1)) == 0) {
                touchRegs(k, Math.min(n, k + AHEAD));
            }
            VerdictDecision settled = f.settledVerdicts.get(k);
            made[k] = settled != null ? settled : verdict(f.regs.get(k), asOf);
        }
        return inIdOrder(made, f.regIds);
    }

    /** How many items the loops below read ahead ({@link ProjectFold#touchAhead} says why). */
    private static final int AHEAD = 128;
    /**
     * What the reads ahead read, kept so that the compiler keeps them; never used otherwise. They read only what
     * the steps read anyway, and check every field for null first: the fold does not trust its input.
     */
    private int touched;

    /** Reads ahead what {@link #verdict} reads of the next registrations: each, its explanation-to-be and its client. */
    private void touchRegs(int from, int to) {
        int sum = 0;
        for (int k = from; k < to; k++) {
            Reg reg = f.regs.get(k);
            sum += reg.seq + (reg.because == null ? 0 : reg.because.lastSeq()) + (reg.client == null ? 0 : reg.client.key.length());
        }
        touched += sum;
    }

    /** Reads ahead what {@link #clients} reads of the next clients: each and its last ownership entry. */
    private void touchClients(int from, int to) {
        int sum = 0;
        for (int k = from; k < to; k++) {
            Client c = f.clients.get(k);
            List<OwnershipChanged> history = c.history;
            sum += c.decidingSeq + (history.isEmpty() ? 0 : history.get(history.size() - 1).ownerKind() == null ? 1 : 2);
        }
        touched += sum;
    }

    /** Reads ahead what {@link #disputes} reads of the next disputes: each, its facts, the registration it cites. */
    private void touchDisputes(int from, int to) {
        int sum = 0;
        for (int k = from; k < to; k++) {
            Disputed data = f.disputeList.get(k).data;
            Reg cited = data.registrationId() == null ? null : f.regsById.get(data.registrationId());
            sum += (data.kind() == null ? 0 : 1) + (cited == null ? 0 : cited.seq)
                    + (data.maskedPhone() == null || f.numbers.get(data.maskedPhone()) == null ? 0 : 1);
        }
        touched += sum;
    }

    VerdictDecision verdict(Reg reg, Instant asOf) {
        Verdict verdict = reg.verdict;
        Because because = reg.because;
        boolean lapsed = verdict == Verdict.ACCEPTED && !reg.inUse && !Reg3Validity.validAt(reg.validUntil, asOf);
        if (tracked != null && verdict == Verdict.ACCEPTED && !reg.inUse && !lapsed) {
            tracked.due(reg.validUntil, reg); // it lapses then, if nothing uses it first
        }
        if (reg.decided != null && reg.decidedVerdict == verdict && reg.decidedBecause == because
                && reg.decidedLapsed == lapsed && reg.decidedClient == reg.client) {
            // made from the very same facts by an earlier read of this state (ADR 0031): the same object, so the
            // reconciler knows it unchanged without comparing it
            return reg.decided;
        }
        VerdictDecision made = verdictOf(reg, verdict, because, lapsed);
        reg.decided = made;
        reg.decidedVerdict = verdict;
        reg.decidedBecause = because;
        reg.decidedLapsed = lapsed;
        reg.decidedClient = reg.client;
        return made;
    }

    private VerdictDecision verdictOf(Reg reg, Verdict verdict, Because because, boolean lapsed) {
        if (lapsed) {
            verdict = Verdict.LAPSED;
            because = new Because(reg.policy.version(), "报备有效期内客户未到访，报备失效，渠道可重新报备。",
                    "Lapsed: the client did not visit within the registration's validity; the channel may register again.",
                    ProjectFold.REG3, reg.seq, f.clockSeq(reg.validUntil));
        }
        return verdictDecision(reg, clientKey(reg), verdict, because, f.ids);
    }

    static VerdictDecision verdictDecision(Reg reg, String clientKey, Verdict verdict, Because because, String[] ids) {
        return new VerdictDecision(clientKey, new RegistrationVerdict(reg.id, reg.channel, reg.agent, reg.masked,
                verdict, verdict == Verdict.REJECTED ? null : reg.validUntil, because.explain(ids)));
    }

    /**
     * The decisions, made in the order their items were created (the order their state lies in memory, which
     * is the fast order to read it in), put in order of id.
     */
    private <T> List<T> inIdOrder(T[] made, IdSort.Heads ids) {
        if (tracked != null) {
            return IdOrdered.of(made, IdSort.order(ids));
        }
        @SuppressWarnings("unchecked")
        T[] out = (T[]) new Object[made.length];
        int n = 0;
        for (int k : IdSort.order(ids)) {
            if (made[k] != null) {
                out[n++] = made[k];
            }
        }
        // an immutable list, so that the Outcome keeps it instead of copying it twice (List.copyOf of an ArrayList)
        return List.of(n == out.length ? out : Arrays.copyOf(out, n));
    }

    private String clientKey(Reg reg) {
        if (reg.client != null) {
            return reg.client.key;
        }
        if (reg.wellFormedNumber) {
            SameNumber number = f.numbers.get(reg.masked);
            List<Client> under = number == null ? List.of() : number.clients();
            return !under.isEmpty() ? under.get(0).key : ClientKeys.clientKey(f.tenant, f.project, reg.masked);
        }
        return numberlessKey(reg, f.tenant, f.project);
    }

    /** The key a verdict is filed under when its number is not one a client can have: the envelope's. */
    static String numberlessKey(Reg reg, String tenant, String project) {
        return reg.envelopeKey != null ? reg.envelopeKey : ClientKeys.clientKey(tenant, project, String.valueOf(reg.masked));
    }

    /**
     * Each client as of the project's latest time: its remaining deadlines applied (which touches only the
     * client and its registrations, so the verdicts are read after all clients), then its decision.
     */
    private List<ClientDecision> clients(Instant asOf) {
        int n = f.clients.size();
        ClientDecision[] made = new ClientDecision[n];
        for (int k = 0; k < n; k++) {
            if ((k & (AHEAD - 1)) == 0) {
                touchClients(k, Math.min(n, k + AHEAD));
            }
            Client c = f.clients.get(k);
            f.applyDeadlines(c, asOf);
            made[k] = client(c);
            due(c);
        }
        return inIdOrder(made, f.clientIds);
    }

    /**
     * A client's history as an immutable list, which {@link ClientDecision} keeps as it is: most histories have
     * one to three entries, which {@code List.of} holds without the two copies {@code List.copyOf} makes of an ArrayList.
     */
    private static <T> List<T> immutable(List<T> list) {
        switch (list.size()) {
            case 1:
                return List.of(list.get(0));
            case 2:
                return List.of(list.get(0), list.get(1));
            case 3:
                return List.of(list.get(0), list.get(1), list.get(2));
            default:
                return List.copyOf(list);
        }
    }

    private List<PurchaseDecision> purchases() {
        int n = f.purchaseList.size();
        PurchaseDecision[] made = new PurchaseDecision[n];
        for (int k = 0; k < n; k++) {
            made[k] = purchase(f.purchaseList.get(k));
        }
        return inIdOrder(made, f.purchaseIds);
    }

    private PurchaseDecision purchase(PurchaseRec p) {
        PurchaseDecision before = p.decidedIfUnchanged();
        return before != null ? before : p.decided(purchaseOf(p));
    }

    private PurchaseDecision purchaseOf(PurchaseRec p) {
        String channel = p.channel;
        String agent = p.agent;
        Because because = p.because;
        RulingRec ruling = p.buyer.ruling;
        if (ruling != null && ruling.seq > p.seq) {
            if (Pur3Exclusions.excludedUnit(p.data.unitType(), p.policy)) {
                because = because.plus(rules(Dsp2Rulings.ID, "DSP-3"), "（裁定后仍不计佣）", " (still none after the ruling)",
                        ruling.seq);
            } else {
                channel = ruling.channel;
                agent = ruling.agent;
                because = new Because(ruling.policyVersion, "争议不影响成交；佣金按裁定归"
                        + (channel == null ? "案场。" : "渠道 " + channel + "。"),
                        "The dispute did not block the deal; the money follows the ruling: "
                                + (channel == null ? "the office." : "channel " + channel + "."),
                        rules(Dsp2Rulings.ID, "DSP-3"), p.seq, ruling.seq);
            }
        }
        if (p.contractSeq >= 0 && p.contractSeq != p.seq) {
            because = because.plus(List.of(), "已签约。", " Contract signed.", p.contractSeq);
        }
        if (p.cancelledAt != null) {
            because = because.plus(rules(Pur8Cancellation.ID), "已退房，佣金冲回。", " Cancelled: its commission reverses.",
                    p.cancelSeq);
        }
        Purchased data = p.data;
        return new PurchaseDecision(p.buyer.key, new PurchaseAttributed(p.purchaseId, data.unitId(), data.unitType(),
                data.amount(), p.subscribedAt, p.contractedAt, p.cancelledAt, channel, channel == null ? null : agent,
                0, because.explain(f.ids)));
    }

    private List<DisputeDecision> disputes() {
        int n = f.disputeList.size();
        DisputeDecision[] made = new DisputeDecision[n];
        for (int k = 0; k < n; k++) {
            if ((k & (AHEAD - 1)) == 0) {
                touchDisputes(k, Math.min(n, k + AHEAD));
            }
            made[k] = dispute(f.disputeList.get(k));
        }
        return inIdOrder(made, f.disputeIds);
    }

    /** The dispute's decision; the same object as the last read's while equal (ADR 0031). */
    private DisputeDecision dispute(DisputeRec d) {
        Client client = RulingStep.disputeClient(f, d);
        String key = client != null ? client.key
                : d.data.maskedPhone() != null ? ClientKeys.clientKey(f.tenant, f.project, d.data.maskedPhone())
                : f.event(d.seq).clientKey();
        DisputeDecision made = dispute(d, client, key);
        if (d.decided != null && d.decided.equals(made)) {
            return d.decided;
        }
        d.decided = made;
        return made;
    }

    private DisputeDecision dispute(DisputeRec d, Client client, String key) {
        Disputed data = d.data;
        int v = d.policy.version();
        if (d.ruling != null) {
            RulingRec r = d.ruling;
            Because because = new Because(r.policyVersion, f.reasons.of((channel, x, y) -> new Reasons.Text(
                    "已裁定：客户归" + (channel == null ? "案场" : "渠道 " + channel) + "，直至再次裁定。",
                    "Ruled: " + (channel == null ? "the office" : "channel " + channel) + " until re-ruled."),
                    r.channel, null, null), r.byFirstConfirmed || !r.data.linkedMaskedPhones().isEmpty()
                    ? rules(Dsp2Rulings.ID, "ID-3") : rules(Dsp2Rulings.ID), d.seq, r.seq, r.firstConfirmedSeq);
            return decision(d, key, DisputeStatus.RULED, r.kind == OwnerKind.CHANNEL ? r.channel : null, because);
        }
        if (!Dsp1Disputes.hasEvidence(data.evidenceRefs())) {
            return decision(d, key, DisputeStatus.REJECTED, null, new Because(v, "申诉未附证据，不予受理。",
                    "Rejected: a dispute needs evidence.", rules(Dsp1Disputes.ID), d.seq));
        }
        if (data.kind() == Disputed.Kind.LATE_CLAIM) {
            return lateClaim(d, client, key);
        }
        Reg cited = data.registrationId() == null ? null : f.regsById.get(data.registrationId());
        if (data.registrationId() != null && !Reg8Intake.onRecordFor(cited == null ? null : cited.data, data.channelId())) {
            return decision(d, key, DisputeStatus.REJECTED, null, new Because(v,
                    "申诉所称报备不在系统记录中（或非本渠道报备），截图等不算报备。",
                    "Rejected: the claimed registration is not on record as this channel's (a screenshot is no registration).",
                    rules(Reg8Intake.ID, Dsp1Disputes.ID), d.seq));
        }
        String owner = client != null && client.kind == OwnerKind.CHANNEL ? client.channel : null;
        if (cited != null && data.channelId().equals(cited.channel) && poor(cited, d)) {
            String proposed = owner != null && !owner.equals(data.channelId()) ? owner : null;
            return decision(d, key, DisputeStatus.OPEN, proposed, new Because(v,
                    "该渠道报备当日报备量达标但到访率低于" + cited.policy.qualityMinVisitRatePercent() + "%，当日报备的争议一律判其败诉。",
                    "Proposed against the disputing channel: on that registration's day it registered "
                            + cited.policy.qualityMinRegistrations() + "+ clients with a visit rate below "
                            + cited.policy.qualityMinVisitRatePercent() + "%, so it loses every dispute about that day.",
                    rules(Reg6Quality.ID, Dsp1Disputes.ID), d.seq, cited.seq, lastSeq(client)));
        }
        Reg ownerReg = client == null ? null : ownerRegistration(client);
        if (owner != null && !owner.equals(data.channelId()) && ownerReg != null && owner.equals(ownerReg.channel)
                && poor(ownerReg, d)) {
            return decision(d, key, DisputeStatus.OPEN, data.channelId(), new Because(v,
                    "归属渠道 " + owner + " 报备当日到访率过低，当日报备的争议判其败诉。",
                    "Proposed for the disputing channel: owner " + owner + " had a poor registration day (visit rate below "
                            + ownerReg.policy.qualityMinVisitRatePercent() + "%), so it loses disputes about that day.",
                    rules(Reg6Quality.ID, Dsp1Disputes.ID), d.seq, ownerReg.seq, lastSeq(client)));
        }
        List<String> ruleIds = client == null || client.history.isEmpty() ? rules(Dsp1Disputes.ID)
                : prepend(Dsp1Disputes.ID, client.lastBecause.rules());
        return decision(d, key, DisputeStatus.OPEN, owner, new Because(v, f.reasons.of((channel, x, y) -> new Reasons.Text(
                "待人工裁定；按规则，客户目前归" + (channel == null ? "案场或无渠道" : "渠道 " + channel) + "。",
                "Awaiting a ruling; by the rules the client is " + (channel == null ? "no channel's" : "channel " + channel + "'s")
                        + "."), owner, null, null),
                ruleIds, d.seq, lastSeq(client)));
    }

    private DisputeDecision lateClaim(DisputeRec d, Client client, String key) {
        Disputed data = d.data;
        int v = d.policy.version();
        PurchaseRec p = data.purchaseId() == null ? null : f.purchasesById.get(data.purchaseId());
        if (p == null) {
            return decision(d, key, DisputeStatus.REJECTED, null, new Because(v, "补报所称成交不在记录中。",
                    "Rejected: the claimed purchase is not on record.", rules(Pur7LateClaim.ID, Dsp1Disputes.ID), d.seq));
        }
        f.disputeReadsNumber(d, p.buyer.masked);
        if (hasRegistrationOnRecord(p.buyer)) {
            return decision(d, key, DisputeStatus.OPEN, p.channel, new Because(v,
                    "买受人已有报备记录，不属补报，按争议处理；按规则归" + (p.channel == null ? "无渠道" : "渠道 " + p.channel) + "。",
                    "Not a late claim (the buyer has a registration on record): an ordinary dispute; by the rules "
                            + (p.channel == null ? "no channel" : "channel " + p.channel) + " earns it.",
                    rules(Pur7LateClaim.ID, Dsp1Disputes.ID), d.seq, p.seq));
        }
        ProjectPolicy policy = d.policy;
        LocalDate claimDay = f.days.day(d.at, policy.zone());
        LocalDate depositDay = f.days.day(p.depositAt, policy.zone());
        if (!Pur7LateClaim.withinWindow(depositDay, claimDay, policy)) {
            return decision(d, key, DisputeStatus.REJECTED, null, new Because(v,
                    "补报超过认购后" + policy.lateClaimDays() + "天的期限，无效。",
                    "Rejected: late claims are void after " + policy.lateClaimDays() + " days from the deposit.",
                    rules(Pur7LateClaim.ID, Dsp1Disputes.ID), d.seq, p.seq));
        }
        return decision(d, key, DisputeStatus.OPEN, data.channelId(), new Because(v,
                "认购后" + policy.lateClaimDays() + "天内有证据的补报，建议归渠道 " + data.channelId() + "，待裁定。",
                "A late claim with evidence within " + policy.lateClaimDays() + " days of the deposit: proposed for channel "
                        + data.channelId() + ", awaiting a ruling.",
                rules(Pur7LateClaim.ID, Dsp1Disputes.ID), d.seq, p.seq));
    }

    private boolean hasRegistrationOnRecord(Client buyer) {
        SameNumber number = f.numbers.get(buyer.masked);
        if (number == null) {
            return false;
        }
        List<Reg> under = number.regs();
        for (int regAt = 0; regAt < under.size(); regAt++) {
            Reg reg = under.get(regAt);
            if (reg.counted && (reg.client == buyer
                    || (reg.client == null && com.baobei.attribution.fold.rules.Id2Matching.surnamesMatch(reg.surname, buyer.surname)))) {
                return true;
            }
        }
        return false;
    }

    private DisputeDecision decision(DisputeRec d, String key, DisputeStatus status, String proposed, Because because) {
        Explanation explanation = because.explain(f.ids);
        return new DisputeDecision(d.data.disputeId(), key, d.data.channelId(), status, proposed, explanation);
    }

    private static Reg ownerRegistration(Client c) {
        if (c.pendingReg != null) {
            return c.pendingReg;
        }
        for (int i = c.regs.size() - 1; i >= 0; i--) {
            Reg reg = c.regs.get(i);
            if (reg.verdict == Verdict.USED) {
                return reg;
            }
        }
        return c.claim;
    }

    private static int lastSeq(Client c) {
        return c == null || c.history.isEmpty() ? -1 : ProjectFold.lastChangeSeq(c);
    }

    /** A few rule ids, each once: a look through the list is cheaper than a set. */
    private static List<String> prepend(String first, List<String> rest) {
        List<String> out = new ArrayList<>(rest.size() + 1);
        out.add(first);
        for (String id : rest) {
            if (!out.contains(id)) {
                out.add(id);
            }
        }
        return List.copyOf(out);
    }

    /** REG-6 for the channel and calendar day of a registration, counting distinct clients registered and visited. */
    private boolean poor(Reg reg, DisputeRec reader) {
        return f.quality.poor(reg, reader);
    }
}
