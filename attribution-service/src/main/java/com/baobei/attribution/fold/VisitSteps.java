package com.baobei.attribution.fold;

import static com.baobei.attribution.fold.Because.rules;

import com.baobei.attribution.fold.rules.Id2Matching;
import com.baobei.attribution.fold.rules.Pur6Referral;
import com.baobei.attribution.fold.rules.Reg1LeadTime;
import com.baobei.attribution.fold.rules.Reg2Novelty;
import com.baobei.attribution.fold.rules.Reg3Validity;
import com.baobei.attribution.fold.rules.Reg4Priority;
import com.baobei.attribution.fold.rules.Reg7Insiders;
import com.baobei.attribution.fold.rules.Vis1Confirmation;
import com.baobei.attribution.fold.rules.Vis2NaturalVisit;
import com.baobei.attribution.fold.rules.Vis3Companions;
import com.baobei.attribution.fold.rules.Vis4Protection;
import com.baobei.attribution.fold.rules.Vis5Renewal;
import com.baobei.attribution.fold.rules.Vis7SameDayCollision;
import com.baobei.attribution.fold.rules.Vis8NotAClient;
import com.baobei.attribution.fold.rules.Vis9ReturningClient;
import com.baobei.attribution.policy.ProjectPolicy;
import com.baobei.contracts.attribution.OwnershipChanged.OwnerKind;
import com.baobei.contracts.attribution.OwnershipChanged.Status;
import com.baobei.contracts.attribution.RegistrationVerdict.Verdict;
import com.baobei.contracts.visit.VisitForm;
import com.baobei.contracts.visit.Visited;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A visit, judged when it is folded: VIS-1…VIS-9, REG-1, REG-4, REG-7, ID-2, PUR-6. */
final class VisitSteps {

    // the rule ids of the most frequent decisions: one immutable list shared by all their explanations
    private static final List<String> VIS2 = rules(Vis2NaturalVisit.ID);
    private static final List<String> VIS1_REG1_VIS4 = rules(Vis1Confirmation.ID, Reg1LeadTime.ID, Vis4Protection.ID);
    private static final List<String> VIS7_REG1_VIS4 = rules(Vis7SameDayCollision.ID, Reg1LeadTime.ID, Vis4Protection.ID);

    private final ProjectFold f;

    VisitSteps(ProjectFold fold) {
        this.f = fold;
    }

    void onVisited(int seq, Visited data) {
        if (!Vis8NotAClient.isVisit(data) || !ProjectFold.wellFormedMasked(data.maskedPhone())) {
            return; // VIS-8: not a visit; nor is a record with no number the office can place
        }
        Instant at = f.times[seq];
        ProjectPolicy policy = f.policyAt[seq];
        VisitId id = data.visitId() == null ? null : f.visitIds.computeIfAbsent(data.visitId(), k -> new VisitId());
        VisitForm.Status form = f.finalForm(data, id);
        VisitRec visit = new VisitRec(seq, data, at, f.day(at, policy), policy, form, id == null ? -1 : id.formSeq);
        if (id != null && id.visit == null) {
            id.visit = visit;
        }
        // the entry is made now if new: the person() below would make it anyway (a visit always has a client)
        SameNumber number = f.numbers.computeIfAbsent(data.maskedPhone(), k -> new SameNumber());
        Reg named = data.registrationId() == null ? null : f.regsById.get(data.registrationId());
        if (named != null && (named.client == null || !data.maskedPhone().equals(named.masked))) {
            named = null; // the form names a registration for another number, or one never accepted as a client's
        }
        Client c = f.person(number, data.maskedPhone(), data.clientSurname(), data.phoneHash(), named);
        visit.client = c;
        if (named != null && named.client != c) {
            if (named.verdict == Verdict.USED || named.inUse) {
                named = null; // it already brought someone else: it cannot bring this person too
            } else {
                rebind(named, c, seq);
            }
        }
        f.applyDeadlines(c, at);
        markVisited(number, data, at, named);
        if (c.firstVisitAt == null) {
            c.firstVisitAt = at;
        }
        c.lastVisit = visit;
        if (Reg7Insiders.excluded(data.insider(), c.insider)) {
            insider(c, visit);
        } else if (c.ruling != null) {
            // DSP-2: a ruled client stays as ruled until re-ruled
        } else if (!Vis9ReturningClient.isNewVisit(c.owned())) {
            repeat(c, visit, named);
        } else {
            judge(c, visit, named);
        }
        visit.channelAfter = c.kind == OwnerKind.CHANNEL ? c.channel : null;
        visit.agentAfter = c.kind == OwnerKind.CHANNEL ? c.agent : null;
        visit.pendingAfter = c.pending;
    }

    /** ID-2: the signed form names the registration, so it is this person's, whoever it was filed under. */
    private void rebind(Reg named, Client c, int seq) {
        Client old = named.client;
        f.mark(old);
        f.mark(named);
        old.regs.remove(named);
        insertBySeq(c.regs, named);
        named.client = c;
        named.matchedByForm = true;
        if (old.claim == named) {
            old.claim = null;
            f.set(old, OwnerKind.NONE, null, null, Status.PUBLIC, null, null,
                    new Because(named.policy.version(), "到访确认单表明该报备属于另一位同号同姓客户。",
                            "The signed visit form shows the registration was for another person with this number.",
                            rules(Id2Matching.ID), named.seq, seq));
        }
        if (named.verdict == Verdict.REJECTED && named.blockedByOwnedClient && !c.owned()
                && named.because.rules().get(0).equals(Reg2Novelty.ID)) {
            named.verdict = Verdict.ACCEPTED;
            named.because = new Because(named.policy.version(),
                    "同号同姓的另一位客户已有归属；到访确认单表明本报备属于未被保护的这位客户，报备有效。",
                    "Accepted: another person shares number and surname; the signed form names this registration for this unprotected person.",
                    rules(Id2Matching.ID, Reg2Novelty.ID, Reg3Validity.ID), named.seq, seq);
        }
    }

    private static void insertBySeq(List<Reg> list, Reg reg) {
        int i = list.size();
        while (i > 0 && list.get(i - 1).seq > reg.seq) {
            i--;
        }
        list.add(i, reg);
    }

    /** REG-6's visit rate: every registration of this name whose validity covers the visit counts as visited. */
    private void markVisited(SameNumber number, Visited data, Instant at, Reg named) {
        List<Reg> under = number.regs();
        for (int i = 0; i < under.size(); i++) {
            Reg reg = under.get(i);
            if (!reg.visited && reg.counted && !reg.at.isAfter(at) && at.isBefore(reg.validUntil)
                    && Id2Matching.surnamesMatch(reg.surname, data.clientSurname())) {
                reg.visited = true;
                f.quality.visited(reg);
            }
        }
        if (named != null && !named.at.isAfter(at) && at.isBefore(named.validUntil)) {
            named.visited = true;
            f.quality.visited(named);
        }
    }

    /** REG-7: an insider is no channel's client; the registrations that would have counted are rejected. */
    private void insider(Client c, VisitRec visit) {
        if (!c.insider) {
            c.insider = true;
            c.insiderSeq = visit.seq;
        }
        if (c.ruling != null) {
            return;
        }
        int v = visit.policy.version();
        for (int regAt = 0; regAt < c.regs.size(); regAt++) {
            Reg reg = c.regs.get(regAt);
            if (reg.verdict == Verdict.ACCEPTED) {
                f.reject(reg, new Because(v, "客户为开发商员工或其直系亲属，不能成为渠道客户。",
                        "Rejected: the client is the developer's employee or a direct relative.",
                        rules(Reg7Insiders.ID), reg.seq, visit.seq));
            }
        }
        c.claim = null;
        c.pending = false;
        c.pendingReg = null;
        if (c.status == Status.PURCHASED) {
            f.set(c, OwnerKind.OFFICE, null, null, Status.PURCHASED, c.from, c.until,
                    insiderBecause(v, visit.seq));
            return;
        }
        open(c, visit, null, null, Status.PROTECTED, Vis2NaturalVisit.protectedUntil(visit.day, visit.policy));
        c.kind = OwnerKind.OFFICE;
        protect(c, OwnerKind.OFFICE, null, null, c.from, c.until, insiderBecause(v, visit.seq));
    }

    private static Because insiderBecause(int version, int seq) {
        return new Because(version, "客户为开发商员工或其直系亲属，归案场所有，不属于任何渠道。",
                "The client is the developer's employee or a direct relative: the office's, no channel's.",
                rules(Reg7Insiders.ID), seq);
    }

    /** VIS-9: an owned client's visit is not a new visit; the owning channel may renew in the last days (VIS-5). */
    private void repeat(Client c, VisitRec visit, Reg named) {
        int v = visit.policy.version();
        if (c.status == Status.PROTECTED && c.kind == OwnerKind.CHANNEL && !c.pending && c.until != null
                && named != null && named.channel.equals(c.channel) && visit.form == VisitForm.Status.CONFIRMED
                && Vis5Renewal.inWindow(visit.day, c.until, visit.policy)) {
            LocalDate until = Vis5Renewal.renewedUntil(c.until, visit.policy);
            c.until = until;
            Because renewed = new Because(v, "保护期最后" + visit.policy.renewalWindowDays() + "天内渠道再次带访并签认，保护期续至 " + until + "。",
                    "Renewed: the channel brought the client again and re-signed in the last "
                            + visit.policy.renewalWindowDays() + " days; protected until " + until + ".",
                    rules(Vis5Renewal.ID, Vis1Confirmation.ID), named.seq, visit.seq, visit.formSeq);
            // the protection a later purchase falls in is the one opened, then extended: both decided it
            c.protection = c.protection == null ? renewed : c.protection.with(renewed);
            f.set(c, OwnerKind.CHANNEL, c.channel, c.agent, Status.PROTECTED, c.from, until, renewed);
            return;
        }
        if (named != null && named.verdict == Verdict.ACCEPTED && !named.inUse && !named.channel.equals(c.channel)) {
            f.reject(named, new Because(v, "客户到访时已属他方保护，此报备不计。",
                    "Rejected: when the client came, they were already protected for someone else.",
                    rules(Reg2Novelty.ID, Vis9ReturningClient.ID), named.seq, visit.seq, c.decidingSeq));
        }
    }

    /** A first visit (or one after the protection lapsed, VIS-6): REG-1, REG-4, VIS-1, VIS-2, VIS-3, VIS-4, VIS-7, PUR-6. */
    private void judge(Client c, VisitRec visit, Reg named) {
        Instant at = visit.at;
        ProjectPolicy policy = visit.policy;
        int v = policy.version();
        Reg winner = null;
        boolean lapsedEarlier = false;
        List<Reg> losers = null;
        for (int regAt = 0; regAt < c.regs.size(); regAt++) {
            Reg reg = c.regs.get(regAt);
            if (reg.seq > visit.seq || reg.verdict != Verdict.ACCEPTED || reg.inUse) {
                continue;
            }
            if (!Reg3Validity.validAt(reg.validUntil, at)) {
                lapsedEarlier = true;
                continue;
            }
            if (!Reg1LeadTime.counts(reg.at, at, policy)) {
                f.reject(reg, new Because(v, "报备距到访不足" + policy.leadTimeMinutes() + "分钟，此次到访不计该报备。",
                        "Rejected: recorded less than " + policy.leadTimeMinutes() + " minutes before the visit.",
                        rules(Reg1LeadTime.ID), reg.seq, visit.seq));
                continue;
            }
            if (winner == null || Reg4Priority.beats(reg.seq, winner.seq)) {
                if (winner != null) {
                    losers = add(losers, winner);
                }
                winner = reg;
            } else {
                losers = add(losers, reg);
            }
        }
        c.claim = null;
        if (winner != null && losers != null) {
            for (Reg loser : losers) {
                f.reject(loser, new Because(v, "渠道 " + winner.channel + " 的有效报备在先，优先。",
                        "Rejected: channel " + winner.channel + "'s earlier valid registration has priority.",
                        rules(Reg4Priority.ID), loser.seq, winner.seq, visit.seq));
            }
        }
        if (winner == null) {
            if (!companion(c, visit) && !referral(c, visit)) {
                natural(c, visit, lapsedEarlier, named);
            }
            return;
        }
        String priority = lapsedEarlier ? Reg4Priority.ID : winner.matchedByForm ? "ID-2" : null;
        boolean sameDay = Vis7SameDayCollision.applies(named == null ? null : named.data.registrationId(),
                winner.data.registrationId());
        if (visit.form == VisitForm.Status.INVALID) {
            f.reject(winner, new Because(v, "到访确认单被案场负责人判为无效，按自然到访处理。",
                    "Rejected: the site manager marked the visit form invalid; judged as a natural visit.",
                    rules(Vis1Confirmation.ID), winner.seq, visit.seq, visit.formSeq));
            natural(c, visit, lapsedEarlier, null);
            return;
        }
        if (sameDay || visit.form == VisitForm.Status.CONFIRMED) {
            winner.verdict = Verdict.USED;
            List<String> ids = priority == null ? (sameDay ? VIS7_REG1_VIS4 : VIS1_REG1_VIS4) : sameDay
                    ? nonNull(priority, Vis7SameDayCollision.ID, Reg1LeadTime.ID, Vis4Protection.ID)
                    : nonNull(priority, Vis1Confirmation.ID, Reg1LeadTime.ID, Vis4Protection.ID);
            winner.because = new Because(v, sameDay
                    ? "报备有效期内客户自行或经他方到访，归首个有效报备渠道，报备已使用。"
                    : "到访已经三方签认，报备已使用。",
                    sameDay ? "Used: while it was valid the client came on their own or via another channel (first valid registrant)."
                            : "Used: the visit it brought was confirmed by agent, consultant and site manager.",
                    ids, winner.seq, visit.seq, visit.formSeq);
            LocalDate until = Vis4Protection.protectedUntil(visit.day, policy);
            open(c, visit, winner.channel, winner.data.agentId(), Status.PROTECTED, until);
            confirm(c, visit, winner.channel, winner.data.agentId());
            protect(c, OwnerKind.CHANNEL, winner.channel, winner.data.agentId(), visit.day, until,
                    new Because(v, f.reasons.of((collision, channel, last) -> new Reasons.Text(
                            (collision ? "报备有效期内客户到访，归首个有效报备渠道 " : "首访经确认，归报备渠道 ")
                                    + channel + "，保护期至 " + last + "。",
                            (collision ? "While its registration was valid the client came: first valid registrant "
                                    : "Confirmed first visit: protected for channel ") + channel + " until " + last + "."),
                            sameDay, winner.channel, until),
                            ids, winner.seq, visit.seq, visit.formSeq));
            return;
        }
        winner.inUse = true;
        winner.because = new Because(v, "报备已带来到访，确认单待签齐。",
                "Accepted: it brought a visit whose form awaits all three signatures.",
                rules(Vis1Confirmation.ID, Reg1LeadTime.ID), winner.seq, visit.seq);
        open(c, visit, winner.channel, winner.data.agentId(), Status.REGISTERED,
                Vis4Protection.protectedUntil(visit.day, policy));
        c.pending = true;
        c.pendingReg = winner;
        f.set(c, OwnerKind.CHANNEL, winner.channel, winner.data.agentId(), Status.REGISTERED, null, null,
                new Because(v, "渠道带访，确认单尚未签齐，待确认。",
                        "Brought by channel " + winner.channel + "; pending until the visit form is fully signed.",
                        rules(Vis1Confirmation.ID), winner.seq, visit.seq));
    }

    /** VIS-3: a companion of a channel's client becomes that channel's. */
    private boolean companion(Client c, VisitRec visit) {
        String hostId = visit.data.accompaniedVisitId();
        VisitId hostIds = hostId == null ? null : f.visitIds.get(hostId);
        VisitRec host = hostIds == null ? null : hostIds.visit;
        if (host == null || host.seq > visit.seq || host.client == c
                || !Vis3Companions.followsHost(false, host.channelAfter)) {
            return false;
        }
        int v = visit.policy.version();
        LocalDate until = Vis4Protection.protectedUntil(visit.day, visit.policy);
        if (host.pendingAfter) {
            open(c, visit, host.channelAfter, host.agentAfter, Status.REGISTERED, until);
            c.pending = true;
            f.set(c, OwnerKind.CHANNEL, host.channelAfter, host.agentAfter, Status.REGISTERED, null, null,
                    new Because(v, "随渠道客户同来的新客户，归该渠道（待确认）。",
                            "Came with channel " + host.channelAfter + "'s client: that channel's (pending confirmation).",
                            rules(Vis3Companions.ID, Vis1Confirmation.ID), host.seq, visit.seq));
            return true;
        }
        open(c, visit, host.channelAfter, host.agentAfter, Status.PROTECTED, until);
        confirm(c, visit, host.channelAfter, host.agentAfter);
        protect(c, OwnerKind.CHANNEL, host.channelAfter, host.agentAfter, visit.day, until,
                new Because(v, "随渠道客户同来的新客户，归渠道 " + host.channelAfter + "，保护期至 " + until + "。",
                        "Came with channel " + host.channelAfter + "'s client: that channel's, protected until " + until + ".",
                        rules(Vis3Companions.ID, Vis4Protection.ID), host.seq, visit.seq));
        return true;
    }

    /** PUR-6: referred by a buyer within the referral window of the buyer's deposit: the buyer's channel. */
    private boolean referral(Client c, VisitRec visit) {
        String referrerHash = visit.data.referrerPhoneHash();
        Client referrer = referrerHash == null ? null : f.clientsByHash.get(referrerHash);
        if (referrer == null || referrer == c) {
            return false;
        }
        PurchaseRec deal = null;
        for (int pAt = 0; pAt < referrer.purchases.size(); pAt++) {
            PurchaseRec p = referrer.purchases.get(pAt);
            if (p.seq < visit.seq && p.channel != null && p.activeAt(visit.at)
                    && Pur6Referral.withinWindow(p.depositDay, visit.day, visit.policy)) {
                deal = p;
            }
        }
        if (deal == null) {
            return false;
        }
        LocalDate until = Vis4Protection.protectedUntil(visit.day, visit.policy);
        open(c, visit, deal.channel, deal.agent, Status.PROTECTED, until);
        confirm(c, visit, deal.channel, deal.agent);
        protect(c, OwnerKind.CHANNEL, deal.channel, deal.agent, visit.day, until,
                new Because(visit.policy.version(), "老带新：推荐人认购后" + visit.policy.referralDays()
                        + "天内推荐的新客户，归推荐人成交渠道 " + deal.channel + "。",
                        "Referral: referred within " + visit.policy.referralDays() + " days of the referrer's deposit: channel "
                                + deal.channel + "'s.",
                        rules(Pur6Referral.ID, Vis4Protection.ID), deal.seq, visit.seq));
        return true;
    }

    /** VIS-2: no valid registration (or an invalid form): the office's client, protected against registrations. */
    private void natural(Client c, VisitRec visit, boolean lapsedEarlier, Reg named) {
        LocalDate until = Vis2NaturalVisit.protectedUntil(visit.day, visit.policy);
        open(c, visit, null, null, Status.PROTECTED, until);
        boolean invalid = visit.form == VisitForm.Status.INVALID && visit.data.registrationId() != null;
        List<String> ids = !lapsedEarlier && !invalid ? VIS2
                : nonNull(lapsedEarlier ? Reg4Priority.ID : null, invalid ? Vis1Confirmation.ID : null, Vis2NaturalVisit.ID);
        protect(c, OwnerKind.OFFICE, null, null, visit.day, until,
                new Because(visit.policy.version(), f.reasons.of((formInvalid, last, x) -> new Reasons.Text(
                        (formInvalid ? "到访确认单无效，" : "到访时无有效报备，") + "为自然到访客户，归案场，保护期至 " + last + "。",
                        (formInvalid ? "The visit form is invalid: " : "No valid registration at the visit: ")
                                + "a natural visit, the office's client, protected until " + last + "."), invalid, until, null),
                        ids, visit.seq, visit.formSeq, named == null ? -1 : named.seq));
    }

    private void open(Client c, VisitRec visit, String channel, String agent, Status status, LocalDate until) {
        c.kind = channel == null ? OwnerKind.OFFICE : OwnerKind.CHANNEL;
        c.channel = channel;
        c.agent = agent;
        c.status = status;
        c.from = visit.day;
        c.until = until;
        c.zone = visit.policy.zone();
        c.pending = false;
        c.pendingReg = null;
        c.decidingVisit = visit;
        c.decidingSeq = visit.seq;
        c.protection = null; // a pending visit opens none; a protected one names its reason through protect()
    }

    /** The client protected from {@code from} to {@code until} because of {@code because}, which a purchase inside will cite. */
    private void protect(Client c, OwnerKind kind, String channel, String agent, LocalDate from, LocalDate until,
                         Because because) {
        c.protection = because;
        f.set(c, kind, channel, agent, Status.PROTECTED, from, until, because);
    }

    /** The confirmation behind the current ownership (PUR-4 and ID-3 compare these). */
    private static void confirm(Client c, VisitRec visit, String channel, String agent) {
        c.confirmedAt = visit.at;
        c.confirmedSeq = visit.seq;
        c.confirmedChannel = channel;
        c.confirmedAgent = agent;
    }

    private static List<Reg> add(List<Reg> list, Reg reg) {
        List<Reg> out = list == null ? new ArrayList<>(2) : list;
        out.add(reg);
        return out;
    }

    static List<String> nonNull(String... ids) {
        int n = 0;
        for (String id : ids) {
            if (id != null) {
                n++;
            }
        }
        String[] out = new String[n];
        int i = 0;
        for (String id : ids) {
            if (id != null) {
                out[i++] = id;
            }
        }
        return List.of(out);
    }
}
