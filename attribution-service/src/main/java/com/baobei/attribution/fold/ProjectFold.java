package com.baobei.attribution.fold;

import static com.baobei.attribution.fold.Because.rules;

import com.baobei.attribution.fold.rules.Days;
import com.baobei.attribution.fold.rules.Id1Identity;
import com.baobei.attribution.fold.rules.Id2Matching;
import com.baobei.attribution.fold.rules.Reg2Novelty;
import com.baobei.attribution.fold.rules.Reg3Validity;
import com.baobei.attribution.fold.rules.Reg5Repeats;
import com.baobei.attribution.fold.rules.Reg7Insiders;
import com.baobei.attribution.fold.rules.Reg8Intake;
import com.baobei.attribution.fold.rules.Vis1Confirmation;
import com.baobei.attribution.fold.rules.Vis6Lapse;
import com.baobei.attribution.policy.ProjectPolicy;
import com.baobei.contracts.ClientKeys;
import com.baobei.contracts.EventData;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.attribution.OwnershipChanged;
import com.baobei.contracts.attribution.OwnershipChanged.OwnerKind;
import com.baobei.contracts.attribution.OwnershipChanged.Status;
import com.baobei.contracts.attribution.RegistrationVerdict.Verdict;
import com.baobei.contracts.registration.Disputed;
import com.baobei.contracts.registration.Registered;
import com.baobei.contracts.visit.DisputeRuled;
import com.baobei.contracts.visit.PurchaseCancelled;
import com.baobei.contracts.visit.Purchased;
import com.baobei.contracts.visit.VisitForm;
import com.baobei.contracts.visit.VisitFormSigned;
import com.baobei.contracts.visit.Visited;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one project while its events are folded in fold order: registrations and their
 * verdicts, clients and their owners. Mutable inside, never seen outside ({@link AttributionFold}).
 * Visits and purchases are handled by {@link VisitSteps} and {@link PurchaseSteps}; disputes and the
 * output by {@link Decisions}.
 */
final class ProjectFold {

    // the rule ids of the most frequent decisions: one immutable list shared by all their explanations
    private static final List<String> ID1 = rules(Id1Identity.ID);
    private static final List<String> REG2_REG3 = rules(Reg2Novelty.ID, Reg3Validity.ID);
    static final List<String> REG3 = rules(Reg3Validity.ID);
    private static final List<String> VIS6 = rules(Vis6Lapse.ID);

    /** The envelopes in fold order; the arrays below grow when later events are folded on ({@link #extend}). */
    private EventEnvelope[] envelopes;
    /** How many events are folded. */
    private int size;
    Instant[] times;
    /** Event ids by fold position, read once here: explanations cite them without touching the envelopes again. */
    String[] ids;
    /** The policy in force at each event, found once while the times are read (times only grow, so it is cheap). */
    ProjectPolicy[] policyAt;
    /** Business times by fold position as primitives, for the binary search of {@link #clockSeq}. */
    private long[] seconds;
    private int[] nanos;
    /** The kind of each fact ({@link FoldOrder#kind}), so steps that read one kind need not touch the others. */
    private byte[] kinds;
    /** The facts by fold position, read from one array instead of through each scattered envelope. */
    EventData[] data;
    private boolean oneProject;
    /** {@link #clockSeq}'s coarse index: the first position in each whole day (UTC, from the first event's second); null: none. */
    private int[] dayFirst;
    final Policies policies;
    /** This fold's calendar: it remembers day boundaries, so it is never shared with another fold. */
    final Days days = new Days();
    /** This fold's reason texts, each made once. */
    final Reasons reasons = new Reasons();
    /** REG-6's counts, kept as registrations are counted and visited. */
    final QualityDays quality = new QualityDays();
    final String tenant;
    final String project;
    int cur;

    // sized in prepare() from the counts of each kind of fact: a big project never rehashes them
    /** Registrations and clients by masked number, in one map: the events that read one read the other. */
    Map<String, SameNumber> numbers;
    Map<String, Client> clientsByHash;
    List<Client> clients;
    Map<String, Reg> regsById;
    List<Reg> regs;
    /** By position in {@link #regs}: the verdict when it was final as soon as made, else null. */
    List<VerdictDecision> settledVerdicts;
    /** The last form signing and the visit by visit id, in one map: a visit reads both. */
    Map<String, VisitId> visitIds;
    Map<String, PurchaseRec> purchasesById;
    /** The same purchases and disputes in the order they were made (the order their state lies in memory). */
    List<PurchaseRec> purchaseList;
    Map<String, DisputeRec> disputesById;
    List<DisputeRec> disputeList;
    /** The ids of the registrations, clients, purchases and disputes, read for sorting when each is made. */
    IdSort.Heads regIds;
    IdSort.Heads clientIds;
    IdSort.Heads purchaseIds;
    IdSort.Heads disputeIds;

    final VisitSteps visits = new VisitSteps(this);
    final PurchaseSteps purchases = new PurchaseSteps(this);

    ProjectFold(OrderedEvents ordered, Policies policies) {
        this.size = ordered.size();
        this.policies = policies;
        this.envelopes = ordered.events();
        this.times = ordered.times;
        this.ids = ordered.ids;
        this.seconds = ordered.seconds;
        this.nanos = ordered.nanos;
        this.kinds = ordered.kinds;
        this.data = ordered.data;
        this.oneProject = ordered.oneProject;
        this.policyAt = new ProjectPolicy[size];
        for (int i = 0; i < size; i++) {
            policyAt[i] = policies.at(seconds[i], nanos[i]);
        }
        this.dayFirst = dayIndex(seconds);
        this.tenant = envelopes[0].tenantId();
        this.project = envelopes[0].projectId();
    }

    /** The envelope at a fold position: read only for what the sweep did not copy (a client key). */
    EventEnvelope event(int position) {
        return envelopes[position];
    }

    int size() {
        return size;
    }

    /** The envelopes folded so far, in fold order. */
    EventEnvelope[] events() {
        return java.util.Arrays.copyOf(envelopes, size);
    }

    Outcome run() {
        pass();
        return new Decisions(this).outcome();
    }

    /** {@link #run}, leaving the state as the pass left it, so that later events can be folded on ({@link #extend}). */
    Outcome runResumable() {
        pass();
        return decisionsKeepingState();
    }

    /** The Outcome of the last read of a state that is folded on (its lists are {@link IdOrdered}); null before. */
    private Outcome lastRead;
    /** The decisions of the last read that are not the previous read's objects, in order of id (null: all of them). */
    private Outcome changed;

    Outcome changed() {
        return changed;
    }

    /**
     * The decisions, then the state put back as the pass left it (the decisions apply the last deadlines). The first
     * read reads every item; a later one only what the pass marked since and the items whose deadline passed
     * ({@link Marks}), and keeps the rest of the last read's Outcome (ADR 0031, third round).
     */
    Outcome decisionsKeepingState() {
        undo = new ArrayList<>();
        try {
            Decisions read = new Decisions(this);
            if (lastRead == null) {
                lastRead = read.outcomeTracked(track());
                changed = null;
            } else {
                lastRead = read.outcomeMarked(lastRead, marks);
                changed = read.changed();
            }
            return lastRead;
        } finally {
            for (int i = undo.size() - 1; i >= 0; i--) {
                undo.get(i).run();
            }
            undo = null;
        }
    }

    /** RPT-1: the same pass, then each channel's and agent's figures per day read off the state REG-6 judged. */
    List<DayFigures> report() {
        pass();
        return new ReportDays(this, new Decisions(this).outcome()).figures();
    }

    private void pass() {
        prepare();
        pass(0);
    }

    /** Folds the events from {@code from} to the end, in fold order: the state holds everything before {@code from}. */
    private void pass(int from) {
        for (int i = from; i < size; i++) {
            if ((i & (AHEAD - 1)) == 0) {
                touchAhead(i, Math.min(size, i + AHEAD));
            }
            cur = i;
            if (!oneProject && (!tenant.equals(event(i).tenantId()) || !project.equals(event(i).projectId()))) {
                continue;
            }
            Object data = this.data[i];
            if (data instanceof Registered registered) {
                onRegistered(i, registered);
            } else if (data instanceof Visited visited) {
                visits.onVisited(i, visited);
            } else if (data instanceof Purchased purchased) {
                purchases.onPurchased(i, purchased);
            } else if (data instanceof PurchaseCancelled cancelled) {
                purchases.onCancelled(i, cancelled);
            } else if (data instanceof DisputeRuled ruled) {
                new RulingStep(this).onRuled(i, ruled);
            }
        }
        cur = size - 1;
    }

    /** How many events {@link #touchAhead} reads ahead of the pass: their facts and state fit in the core's cache. */
    private static final int AHEAD = 128;
    /** What {@link #touchAhead} read, kept so that the compiler keeps the reads; never used otherwise. */
    private int touched;

    /**
     * Reads, in a tight loop, what the pass is about to read of the next events: their facts, the strings it
     * hashes and the map entries it looks up. Each event's first touch of these scattered objects is a miss
     * in the cache; in this short loop the processor overlaps the misses of many events, where in the pass
     * (long steps between them) it meets them one after another. Reads only: nothing here changes the state.
     */
    private void touchAhead(int from, int to) {
        int sum = 0;
        for (int j = from; j < to; j++) {
            Object fact = data[j];
            sum += times[j].getNano();
            if (fact instanceof Registered r) {
                sum += entry(regsById, r.registrationId()) + hash(r.clientSurname()) + entry(numbers, r.maskedPhone());
            } else if (fact instanceof Visited v) {
                sum += hash(v.clientSurname()) + entry(numbers, v.maskedPhone()) + entry(visitIds, v.visitId())
                        + entry(regsById, v.registrationId()) + entry(clientsByHash, v.phoneHash());
            } else if (fact instanceof Purchased p) {
                sum += hash(p.buyerSurname()) + entry(numbers, p.maskedPhone()) + entry(purchasesById, p.purchaseId())
                        + entry(clientsByHash, p.phoneHash());
            } else if (fact instanceof PurchaseCancelled c) {
                sum += entry(purchasesById, c.purchaseId());
            } else if (fact instanceof DisputeRuled r) {
                sum += entry(disputesById, r.disputeId());
            }
        }
        touched += sum;
    }

    private static int hash(String s) {
        return s == null ? 0 : s.hashCode();
    }

    private static int entry(Map<String, ?> map, String key) {
        return key == null || map.get(key) == null ? 0 : 1;
    }

    /** Facts whose final form the rules read: a visit's form as it finally stands, disputes by id; the maps sized. */
    private void prepare() {
        int registrations = 0;
        int visited = 0;
        int purchased = 0;
        int disputed = 0;
        for (byte kind : kinds) {
            switch (kind) {
                case FoldOrder.REGISTERED -> registrations++;
                case FoldOrder.VISITED, FoldOrder.COMPANION_VISITED -> visited++;
                case FoldOrder.PURCHASED -> purchased++;
                case FoldOrder.DISPUTED -> disputed++;
                default -> { }
            }
        }
        int people = registrations + visited + purchased + disputed;
        numbers = new HashMap<>(capacity(people));
        clientsByHash = new HashMap<>(capacity(visited + purchased));
        clients = new ArrayList<>(people);
        regsById = new HashMap<>(capacity(registrations));
        regs = new ArrayList<>(registrations);
        settledVerdicts = new ArrayList<>(registrations);
        visitIds = new HashMap<>(capacity(visited));
        purchasesById = new HashMap<>(capacity(purchased));
        disputesById = new HashMap<>(capacity(disputed));
        purchaseList = new ArrayList<>(purchased);
        // one entry per registration, dispute and purchase (at most one per Purchased fact); clients grow as met
        regIds = new IdSort.Heads(registrations);
        clientIds = new IdSort.Heads(16);
        purchaseIds = new IdSort.Heads(purchased);
        disputeIds = new IdSort.Heads(disputed);
        disputeList = new ArrayList<>(disputed);
        lookAhead(0);
    }

    /**
     * What the pass reads ahead of the event it folds: the last form signing of each visit and every dispute by
     * id, for the events from {@code from} on.
     */
    private void lookAhead(int from) {
        for (int i = from; i < size; i++) {
            if (kinds[i] != FoldOrder.FORM_SIGNED && kinds[i] != FoldOrder.DISPUTED) {
                continue;
            }
            Object data = this.data[i];
            if (data instanceof VisitFormSigned form && form.visitId() != null) {
                visitIds.computeIfAbsent(form.visitId(), k -> new VisitId()).formSeq = i;
            } else if (data instanceof Disputed dispute && dispute.disputeId() != null
                    && !disputesById.containsKey(dispute.disputeId())) {
                DisputeRec rec = new DisputeRec(i, dispute, times[i], policyAt[i]);
                rec.index = disputeList.size();
                disputesById.put(dispute.disputeId(), rec);
                if (marks != null) {
                    marks.mark(rec);
                    indexDispute(rec);
                }
                disputeList.add(rec);
                disputeIds.add(rec.id, rec.seq);
            }
        }
    }

    // ---- folding on from this state (ADR 0031) ----

    /**
     * Third round: from the first read of a state that will be folded on, what each step touches ({@link Marks}); null
     * before. A read changes nothing for good (what it changes is put back), so it marks nothing.
     */
    Marks marks;
    /** The disputes by what their proposal reads besides their own facts: a number, a registration id, a purchase id. */
    private Map<String, List<DisputeRec>> disputesByNumber;
    private Map<String, List<DisputeRec>> disputesByReg;
    private Map<String, List<DisputeRec>> disputesByPurchase;

    /** The pass touched this item: the next marked read visits it (none while a read applies its deadlines). */
    void mark(Marked item) {
        if (marks != null && undo == null) {
            marks.mark(item);
        }
    }

    /** Starts marking (once): the disputes indexed, REG-6's days told to remember their readers. */
    Marks track() {
        if (marks == null) {
            marks = new Marks();
            disputesByNumber = new HashMap<>();
            disputesByReg = new HashMap<>();
            disputesByPurchase = new HashMap<>();
            disputeList.forEach(this::indexDispute);
            quality.track(marks);
        }
        return marks;
    }

    private void indexDispute(DisputeRec d) {
        Disputed data = d.data;
        readBy(disputesByNumber, data.maskedPhone(), d);
        readBy(disputesByReg, data.registrationId(), d);
        readBy(disputesByPurchase, data.purchaseId(), d);
    }

    /** The dispute reads what is under {@code masked} too (a late claim's buyer): a change there marks it. */
    void disputeReadsNumber(DisputeRec d, String masked) {
        if (disputesByNumber != null) {
            readBy(disputesByNumber, masked, d);
        }
    }

    private static void readBy(Map<String, List<DisputeRec>> index, String key, DisputeRec d) {
        if (key != null) {
            List<DisputeRec> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (!list.contains(d)) {
                list.add(d);
            }
        }
    }

    /** Marks the disputes that read something under this key ({@code byNumber}, {@code byReg}, {@code byPurchase}). */
    void markDisputes(String masked, String registrationId, String purchaseId) {
        markAll(disputesByNumber, masked);
        markAll(disputesByReg, registrationId);
        markAll(disputesByPurchase, purchaseId);
    }

    private void markAll(Map<String, List<DisputeRec>> index, String key) {
        List<DisputeRec> found = key == null ? null : index.get(key);
        if (found != null) {
            found.forEach(marks::mark);
        }
    }

    /** The folded events by id, kept from the first resume on: a later copy of one of them is not new. */
    private Map<String, EventEnvelope> byId;

    Map<String, EventEnvelope> byId() {
        if (byId == null) {
            byId = new HashMap<>(capacity(size));
            for (int i = 0; i < size; i++) {
                byId.put(ids[i], envelopes[i]);
            }
        }
        return byId;
    }

    /** Dispute ids a ruling looked up before any such dispute was folded: one arriving later changes a past step. */
    final java.util.Set<String> disputesMissed = new java.util.HashSet<>();

    /**
     * Whether the events {@code more} (in fold order, none folded before) can be folded on from this state and give
     * what a whole fold gives: each sorts after every folded event, and none changes what the pass read ahead of an
     * event already folded (a visit's final form, a dispute a ruling looked for). Changes nothing.
     */
    boolean canExtend(OrderedEvents more) {
        if (more.size() == 0) {
            return true;
        }
        if (FoldOrder.compare(envelopes[size - 1], more.event(0)) >= 0) {
            return false;
        }
        for (int i = 0; i < more.size(); i++) {
            Object fact = more.data[i];
            if (fact instanceof VisitFormSigned form && form.visitId() != null) {
                VisitId id = visitIds.get(form.visitId());
                if (id != null && id.visit != null) {
                    return false;
                }
            } else if (fact instanceof Disputed dispute && dispute.disputeId() != null
                    && disputesMissed.contains(dispute.disputeId())) {
                return false;
            }
        }
        return true;
    }

    /** Folds {@code more} on from this state ({@link #canExtend} must hold): the same state a whole fold reaches. */
    void extend(OrderedEvents more) {
        int from = size;
        int n = more.size();
        if (n == 0) {
            return;
        }
        if (from + n > envelopes.length) {
            int capacity = Math.max(from + n, 2 * envelopes.length);
            envelopes = java.util.Arrays.copyOf(envelopes, capacity);
            times = java.util.Arrays.copyOf(times, capacity);
            ids = java.util.Arrays.copyOf(ids, capacity);
            policyAt = java.util.Arrays.copyOf(policyAt, capacity);
            seconds = java.util.Arrays.copyOf(seconds, capacity);
            nanos = java.util.Arrays.copyOf(nanos, capacity);
            kinds = java.util.Arrays.copyOf(kinds, capacity);
            data = java.util.Arrays.copyOf(data, capacity);
        }
        for (int i = 0; i < n; i++) {
            int at = from + i;
            EventEnvelope event = more.event(i);
            envelopes[at] = event;
            times[at] = more.times[i];
            ids[at] = more.ids[i];
            seconds[at] = more.seconds[i];
            nanos[at] = more.nanos[i];
            kinds[at] = more.kinds[i];
            data[at] = more.data[i];
            policyAt[at] = policies.at(seconds[at], nanos[at]);
            byId().put(ids[at], event);
            oneProject &= tenant.equals(event.tenantId()) && project.equals(event.projectId());
        }
        size = from + n;
        // the day index covered the old span only; a binary search over all positions finds the same position
        dayFirst = null;
        lookAhead(from);
        pass(from);
    }

    /** A HashMap capacity that holds {@code entries} without resizing. */
    private static int capacity(int entries) {
        return Math.max(16, (int) (entries / 0.75f) + 1);
    }

    // ---- registrations (ID-1, REG-2, REG-3, REG-5, REG-7, REG-8) ----

    private void onRegistered(int seq, Registered data) {
        Instant at = times[seq];
        ProjectPolicy policy = policyAt[seq];
        Reg reg = new Reg(seq, data, at, day(at, policy), policy, Reg3Validity.validUntil(at, policy, days));
        reg.index = regs.size();
        regs.add(reg);
        mark(reg);
        regIds.add(reg.id, seq);
        settledVerdicts.add(null);
        if (data.registrationId() != null) {
            regsById.putIfAbsent(data.registrationId(), reg);
        }
        int v = policy.version();
        if (!reg.wellFormedNumber) {
            reg.envelopeKey = event(seq).clientKey();
        }
        if (!reg.wellFormedNumber || !Id1Identity.wellFormed(data.clientSurname(), data.maskedPhone())) {
            reject(reg, new Because(v, "登记缺少姓氏或手机号不是前三后四的隐号格式，不予受理。",
                    "Rejected: a registration needs a surname and a number masked as first 3 + last 4.",
                    ID1, seq));
            if (!reg.wellFormedNumber) {
                // settled now: no client can have this number, so no later fact reaches this registration
                settledVerdicts.set(settledVerdicts.size() - 1, Decisions.verdictDecision(reg,
                        Decisions.numberlessKey(reg, tenant, project), Verdict.REJECTED, reg.because, ids));
            }
            return;
        }
        SameNumber number = numbers.computeIfAbsent(reg.masked, k -> new SameNumber());
        number.add(reg);
        List<Reg> sameNumber = number.regs();
        if (!Reg8Intake.throughIntake(data) || data.channelId() == null || data.registrationId() == null) {
            reject(reg, new Because(v, "未经系统报备通道（导入须注明导入人），不予受理。",
                    "Rejected: only registrations through the system's own intake count (an import names its importer).",
                    rules(Reg8Intake.ID), seq));
            return;
        }
        reg.counted = true;
        reg.name = quality.counted(reg, number);
        int earlier = 0;
        for (int otherAt = 0; otherAt < sameNumber.size(); otherAt++) {
            Reg other = sameNumber.get(otherAt);
            if (other != reg && other.counted && other.seq < seq && reg.channel.equals(other.channel)
                    && Id2Matching.surnamesMatch(other.surname, reg.surname)) {
                earlier++;
            }
        }
        if (!Reg5Repeats.allowed(earlier, policy)) {
            reject(reg, new Because(v, reasons.of((limit, x, y) -> new Reasons.Text("同一渠道对该客户的报备次数已达上限（"
                    + limit + "次）。", "Rejected: this channel already registered this client " + limit + " times."),
                    policy.repeatLimit(), null, null), rules(Reg5Repeats.ID), seq));
            return;
        }
        List<Client> matching = matching(number, reg.surname);
        Client owned = null;
        for (int cAt = 0; cAt < matching.size(); cAt++) {
            Client c = matching.get(cAt);
            applyDeadlines(c, at);
            if (c.insider) {
                reg.client = c;
                reject(reg, new Because(v, "该客户为开发商员工或其直系亲属，不能成为渠道客户。",
                        "Rejected: the client is the developer's employee or a direct relative.",
                        rules(Reg7Insiders.ID), seq, c.insiderSeq));
                return;
            }
            if (owned == null && c.owned()) {
                owned = c;
            }
        }
        Reg blocking = null;
        for (int otherAt = 0; otherAt < sameNumber.size(); otherAt++) {
            Reg other = sameNumber.get(otherAt);
            if (other != reg && other.seq < seq && other.liveAt(at) && !reg.channel.equals(other.channel)
                    && Id2Matching.surnamesMatch(other.surname, reg.surname)) {
                blocking = other;
                break;
            }
        }
        if (owned != null || blocking != null) {
            rejectOwned(reg, owned, blocking, matching.size() > 1 ? rules(Reg2Novelty.ID, "ID-2") : rules(Reg2Novelty.ID));
            return;
        }
        Client client = matching.isEmpty() ? newClient(number, reg.masked, reg.surname, null) : matching.get(0);
        reg.client = client;
        client.regs.add(reg);
        reg.verdict = Verdict.ACCEPTED;
        reg.because = accepted(reg);
        if (client.claim == null && !client.owned()) {
            client.claim = reg;
            set(client, OwnerKind.CHANNEL, reg.channel, data.agentId(), Status.REGISTERED, null, null,
                    new Because(v, reasons.of((channel, x, y) -> new Reasons.Text("渠道 " + channel + " 报备有效，等待到访。",
                            "Registered by channel " + channel + "; valid until its visit deadline."), reg.channel, null, null),
                            REG2_REG3, seq));
        }
    }

    /** REG-2: the client is owned, or inside another channel's still-valid registration. */
    private void rejectOwned(Reg reg, Client owned, Reg blocking, List<String> ids) {
        int v = reg.policy.version();
        int seq = reg.seq;
        if (owned != null) {
            reg.client = owned;
            reg.blockedByOwnedClient = blocking == null;
            reject(reg, new Because(v, "客户已到访且仍在保护期内（或已成交、已裁定），报备不成功。",
                    "Rejected: the client already visited and is still protected (or bought, or was ruled).",
                    ids, seq, owned.decidingSeq, owned.history.isEmpty() ? -1 : lastChangeSeq(owned)));
            return;
        }
        if (blocking != null) {
            reg.client = blocking.client;
            reject(reg, new Because(v, reasons.of((channel, x, y) -> new Reasons.Text("客户仍在渠道 " + channel
                    + " 的有效报备期内，报备不成功。", "Rejected: the client is inside channel " + channel
                    + "'s still-valid registration."), blocking.channel, null, null), ids, seq, blocking.seq));
        }
    }

    Because accepted(Reg reg) {
        return new Because(reg.policy.version(), "报备有效：客户为新客户，须在有效期内到访。",
                "Accepted: the client is new; the registration is valid until its validUntil.",
                REG2_REG3, reg.seq);
    }

    void reject(Reg reg, Because because) {
        mark(reg);
        reg.verdict = Verdict.REJECTED;
        reg.because = because;
        reg.inUse = false;
    }

    // ---- clients (ID-2) ----

    List<Client> matching(String masked, String surname) {
        return matching(numbers.get(masked), surname);
    }

    /** The people under a number (null: none) whose surname matches (ID-2). */
    static List<Client> matching(SameNumber number, String surname) {
        List<Client> under = number == null ? List.of() : number.clients();
        if (under.isEmpty()) {
            return List.of();
        }
        if (under.size() == 1) {
            // one person under most numbers; the callers only read the list
            Client only = under.get(0);
            return Id2Matching.surnamesMatch(only.surname, surname) ? List.of(only) : List.of();
        }
        List<Client> found = new ArrayList<>(under.size());
        for (int cAt = 0; cAt < under.size(); cAt++) {
            Client c = under.get(cAt);
            if (Id2Matching.surnamesMatch(c.surname, surname)) {
                found.add(c);
            }
        }
        return found;
    }

    Client newClient(String masked, String surname, String hash) {
        return newClient(numbers.computeIfAbsent(masked, k -> new SameNumber()), masked, surname, hash);
    }

    Client newClient(SameNumber number, String masked, String surname, String hash) {
        List<Client> under = number.clients();
        String base = ClientKeys.clientKey(tenant, project, masked);
        Client client = new Client(under.isEmpty() ? base : base + "~" + (under.size() + 1), masked, surname, hash);
        number.add(client);
        client.index = clients.size();
        clients.add(client);
        // (a verdict with no client is filed under the number's first client, whose key is the number's plain key,
        // the key it is filed under while there is none: its registrations need no mark)
        mark(client);
        clientIds.add(client.key, 0);
        if (hash != null) {
            clientsByHash.putIfAbsent(hash, client);
        }
        return client;
    }

    /**
     * The person behind a visit or purchase (ID-2): the one with this phone hash; else the client the
     * named registration was made for, if no other person is known there; else a client of the same name
     * not known to be someone else; else a new client.
     */
    Client person(String masked, String surname, String hash, Reg named) {
        return person(numbers.get(masked), masked, surname, hash, named);
    }

    /** {@link #person(String, String, String, Reg)} with the number's entry already looked up (null: none yet). */
    Client person(SameNumber number, String masked, String surname, String hash, Reg named) {
        if (hash != null) {
            Client known = clientsByHash.get(hash);
            if (known != null && known.masked.equals(masked)) {
                return known;
            }
        }
        if (named != null && named.client != null && named.client.masked.equals(masked)
                && Id2Matching.samePersonByHash(named.client.hash, hash)) {
            return adopt(named.client, hash);
        }
        List<Client> matching = matching(number, surname);
        for (int i = 0; i < matching.size(); i++) {
            Client c = matching.get(i);
            if (Id2Matching.samePersonByHash(c.hash, hash)) {
                return adopt(c, hash);
            }
        }
        return number == null ? newClient(masked, surname, hash) : newClient(number, masked, surname, hash);
    }

    private Client adopt(Client client, String hash) {
        if (client.hash == null && hash != null) {
            client.hash = hash;
            clientsByHash.putIfAbsent(hash, client);
        }
        return client;
    }

    static boolean wellFormedMasked(String masked) {
        return Id1Identity.isMasked(masked);
    }

    // ---- ownership changes and time (VIS-6, REG-3) ----

    void set(Client c, OwnerKind kind, String channel, String agent, Status status, LocalDate from, LocalDate until,
             Because because) {
        mark(c);
        c.kind = kind;
        c.channel = channel;
        c.agent = agent;
        c.status = status;
        boolean shown = status == Status.PROTECTED || status == Status.PURCHASED;
        LocalDate shownFrom = shown ? from : null;
        LocalDate shownUntil = shown ? until : null;
        if (!c.history.isEmpty()) {
            OwnershipChanged last = c.history.get(c.history.size() - 1);
            if (last.ownerKind() == kind && eq(last.channelId(), channel) && eq(last.agentId(), agent)
                    && last.status() == status && eq(last.protectedFrom(), shownFrom) && eq(last.protectedUntil(), shownUntil)
                    && c.lastBecause.rules().equals(because.rules())) {
                return; // nothing new to tell: same owner, same status, same window, same rules
            }
        }
        // the history only grows, so each entry is final when it is made: built now, while what it cites is at hand
        OwnershipChanged entry = keptEntry(c, because, kind, channel, agent, status, shownFrom, shownUntil);
        if (entry == null) {
            entry = new OwnershipChanged(c.surname, c.masked, kind, channel, agent, status, shownFrom, shownUntil,
                    because.explain(ids));
            keepEntry(c, because, entry);
        }
        c.history.add(entry);
        c.lastBecause = because;
    }

    static int lastChangeSeq(Client c) {
        return c.lastBecause.lastSeq();
    }

    private static boolean eq(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }

    /**
     * Applies every deadline of the client that passed before {@code time}: a protection (or a pending
     * visit's reserved window) that ended makes the client public (VIS-6); a registration claim that
     * lapsed passes to the next valid one or leaves the client public (REG-3). The change is caused by the
     * first event at or after the deadline: the one that showed the time had passed.
     */
    void applyDeadlines(Client c, Instant time) {
        mark(c);
        boolean saved = undo == null;
        c.readMemoAt = 0;
        while (true) {
            Instant end = nextDeadline(c);
            if (end == null || time.isBefore(end)) {
                return;
            }
            if (!saved) {
                undo.add(c.saved());
                saved = true;
            }
            applyDueDeadline(c);
        }
    }

    /**
     * While the decisions are read off a state that later events will be folded on from: how to undo what applying
     * the last deadlines changed (null otherwise). A whole fold applies a deadline when the client is next touched,
     * and what touches it first may be an event that changes the client before (ADR 0031).
     */
    List<Runnable> undo;

    /** The client's next deadline: its protection (or reserved window) ends, or its registration claim lapses; null: none. */
    Instant nextDeadline(Client c) {
        if (c.ruling != null || c.status == Status.PURCHASED) {
            return null;
        }
        return (c.status == Status.PROTECTED || c.pending) && c.until != null
                ? Vis6Lapse.endsAt(c.until, c.zone, days)
                : c.status == Status.REGISTERED && c.claim != null ? c.claim.validUntil : null;
    }

    /**
     * While reading the decisions ({@code undo} set): the explanation the last read made at this point of applying the
     * client's deadlines when it equals {@code fresh}, so that what is made from it is the same object too; else
     * {@code fresh}, kept for the next read. Outside a read, {@code fresh}: the pass is unchanged.
     */
    private Because kept(Client c, Because fresh) {
        if (undo == null) {
            return fresh;
        }
        List<Object> memo = c.readMemo;
        int at = c.readMemoAt++;
        if (memo != null && at < memo.size() && memo.get(at) instanceof Because earlier && earlier.sameAs(fresh)) {
            return earlier;
        }
        remember(c, at, fresh);
        return fresh;
    }

    /** A kept entry when made from the same explanation object with the same fields, else null (then made and kept). */
    private OwnershipChanged keptEntry(Client c, Because because, OwnerKind kind, String channel, String agent,
                                       Status status, LocalDate from, LocalDate until) {
        if (undo == null) {
            return null;
        }
        List<Object> memo = c.readMemo;
        int at = c.readMemoAt;
        if (memo != null && at + 1 < memo.size() && memo.get(at) == because
                && memo.get(at + 1) instanceof OwnershipChanged e && eq(e.clientSurname(), c.surname)
                && eq(e.maskedPhone(), c.masked) && e.ownerKind() == kind && eq(e.channelId(), channel)
                && eq(e.agentId(), agent) && e.status() == status && eq(e.protectedFrom(), from)
                && eq(e.protectedUntil(), until)) {
            c.readMemoAt += 2;
            return e;
        }
        return null;
    }

    private void keepEntry(Client c, Because because, OwnershipChanged entry) {
        if (undo != null) {
            remember(c, c.readMemoAt++, because);
            remember(c, c.readMemoAt++, entry);
        }
    }

    private static void remember(Client c, int at, Object made) {
        if (c.readMemo == null) {
            c.readMemo = new ArrayList<>(4);
        }
        while (c.readMemo.size() > at) {
            c.readMemo.remove(c.readMemo.size() - 1);
        }
        c.readMemo.add(made);
    }

    /** The client's next deadline, which has passed ({@link #applyDeadlines} checked). */
    private void applyDueDeadline(Client c) {
        if ((c.status == Status.PROTECTED || c.pending) && c.until != null) {
            Instant end = Vis6Lapse.endsAt(c.until, c.zone, days);
            int clock = clockSeq(end);
            int version = policies.at(end).version();
            if (c.pending && c.pendingReg != null) {
                Reg reg = c.pendingReg;
                reg.inUse = false;
                reg.verdict = Verdict.LAPSED;
                reg.because = kept(c, new Because(version, "到访确认单始终未签齐，保护期届满，报备失效。",
                        "Lapsed: the visit form was never fully signed before the window ended.",
                        rules(Vis1Confirmation.ID, Reg3Validity.ID), reg.seq, c.decidingSeq, clock));
            }
            c.pending = false;
            c.pendingReg = null;
            c.from = null;
            c.until = null;
            Because lapsed = kept(c, new Because(version, "保护期届满且未成交，客户成为公共客户。",
                    "Protection ended without a purchase: the client is public.",
                    VIS6, c.decidingSeq, clock));
            // a later protection and purchase rest on this too: it is why the earlier owner holds the client no more
            c.lapse = lapsed;
            c.protection = null;
            set(c, OwnerKind.NONE, null, null, Status.PUBLIC, null, null, lapsed);
            return;
        }
        if (c.status == Status.REGISTERED && c.claim != null) {
            Instant end = c.claim.validUntil;
            int clock = clockSeq(end);
            Reg previous = c.claim;
            Reg next = null;
            for (int regAt = 0; regAt < c.regs.size(); regAt++) {
                Reg reg = c.regs.get(regAt);
                if (reg != previous && reg.at.isBefore(end) && reg.liveAt(end)) {
                    next = reg;
                    break;
                }
            }
            c.claim = next;
            if (next != null) {
                set(c, OwnerKind.CHANNEL, next.channel, next.data.agentId(), Status.REGISTERED, null, null,
                        kept(c, new Because(next.policy.version(), reasons.of((channel, x, y) -> new Reasons.Text(
                                "前一报备已失效，渠道 " + channel + " 的报备仍有效。", "The earlier registration lapsed; channel "
                                + channel + "'s is still valid."), next.channel, null, null),
                                rules(Reg3Validity.ID), previous.seq, next.seq, clock)));
            } else {
                set(c, OwnerKind.NONE, null, null, Status.PUBLIC, null, null,
                        kept(c, new Because(previous.policy.version(), "报备有效期内客户未到访，报备失效。",
                                "The registration lapsed without a visit.",
                                REG3, previous.seq, clock)));
            }
        }
    }

    /** The first event (up to the current one) whose business time is at or after {@code deadline}. */
    int clockSeq(Instant deadline) {
        long second = deadline.getEpochSecond();
        int nano = deadline.getNano();
        int lo = 0;
        int hi = cur;
        if (dayFirst != null) {
            // narrow the search to the deadline's day: a few hundred positions in one place instead of the whole project
            long day = Math.floorDiv(second - seconds[0], DAY);
            if (day >= dayFirst.length - 1) {
                lo = dayFirst[dayFirst.length - 1];
            } else if (day >= 0) {
                lo = dayFirst[(int) day];
                hi = Math.min(hi, dayFirst[(int) day + 1]);
            } else {
                hi = Math.min(hi, 0);
            }
            lo = Math.min(lo, hi);
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (seconds[mid] < second || (seconds[mid] == second && nanos[mid] < nano)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static final long DAY = 86_400;

    /** dayFirst[d] = the first position at or after day d (the last entry: past the end); null for spans too long to index. */
    private static int[] dayIndex(long[] seconds) {
        long span = seconds[seconds.length - 1] - seconds[0];
        if (span / DAY > 100_000) {
            return null;
        }
        int days = (int) (span / DAY) + 1;
        int[] first = new int[days + 1];
        int d = 0;
        for (int i = 0; i < seconds.length; i++) {
            int day = (int) ((seconds[i] - seconds[0]) / DAY);
            while (d <= day) {
                first[d++] = i;
            }
        }
        while (d <= days) {
            first[d++] = seconds.length;
        }
        return first;
    }

    Instant asOf() {
        return times[size - 1];
    }

    LocalDate day(Instant time, ProjectPolicy policy) {
        return days.day(time, policy.zone());
    }

    /** The visit's form as it finally stands (VIS-1): the last signing for it (at {@code id.formSeq}), else its own. */
    VisitForm.Status finalForm(Visited visited, VisitId id) {
        if (id != null && id.formSeq >= 0) {
            return Vis1Confirmation.status(((VisitFormSigned) data[id.formSeq]).form());
        }
        return Vis1Confirmation.status(visited.form());
    }
}
