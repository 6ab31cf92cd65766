package com.baobei.attribution.fold;

import static com.baobei.attribution.fold.Because.rules;
import static com.baobei.attribution.fold.VisitSteps.nonNull;

import com.baobei.attribution.fold.rules.Pur1OwnerEarns;
import com.baobei.attribution.fold.rules.Pur2Order;
import com.baobei.attribution.fold.rules.Pur3Exclusions;
import com.baobei.attribution.fold.rules.Pur4RelatedBuyers;
import com.baobei.attribution.fold.rules.Pur5CompanionBuys;
import com.baobei.attribution.fold.rules.Pur8Cancellation;
import com.baobei.attribution.fold.rules.Reg7Insiders;
import com.baobei.attribution.fold.rules.Vis3Companions;
import com.baobei.attribution.fold.rules.Vis6Lapse;
import com.baobei.attribution.fold.rules.Dsp2Rulings;
import com.baobei.attribution.policy.ProjectPolicy;
import com.baobei.contracts.attribution.OwnershipChanged.OwnerKind;
import com.baobei.contracts.attribution.OwnershipChanged.Status;
import com.baobei.contracts.visit.PurchaseCancelled;
import com.baobei.contracts.visit.Purchased;
import com.baobei.contracts.visit.Visited;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A purchase, attributed when its first stage is folded (PUR-1…PUR-5, REG-7), cancelled by PUR-8. */
final class PurchaseSteps {

    private final ProjectFold f;

    PurchaseSteps(ProjectFold fold) {
        this.f = fold;
    }

    void onPurchased(int seq, Purchased data) {
        if (data.purchaseId() == null) {
            return;
        }
        PurchaseRec known = f.purchasesById.get(data.purchaseId());
        Instant at = f.times[seq];
        if (known != null) {
            f.mark(known);
            if (data.stage() == Purchased.Stage.CONTRACT && known.contractedAt == null) {
                known.contractedAt = at;
                known.contractSeq = seq;
            } else if (data.stage() == Purchased.Stage.SUBSCRIPTION && known.subscribedAt == null) {
                known.subscribedAt = at;
            }
            return;
        }
        if (!ProjectFold.wellFormedMasked(data.maskedPhone())) {
            return; // a purchase the office cannot place on a client; the visit service never sends one
        }
        ProjectPolicy policy = f.policyAt[seq];
        PurchaseRec p = new PurchaseRec(seq, data, at, f.days.day(at, policy.zone()), policy);
        if (data.stage() == Purchased.Stage.CONTRACT) {
            p.contractedAt = at;
            p.contractSeq = seq;
        }
        p.subscribedAt = at;
        f.purchasesById.put(p.purchaseId, p);
        p.index = f.purchaseList.size();
        f.purchaseList.add(p);
        f.mark(p);
        f.purchaseIds.add(p.purchaseId, p.seq);
        Client c = f.person(data.maskedPhone(), data.buyerSurname(), data.phoneHash(), null);
        p.buyer = c;
        f.applyDeadlines(c, at);
        attribute(p, c);
        p.kindBefore = c.kind;
        p.channelBefore = c.channel;
        p.agentBefore = c.agent;
        if (c.purchases.isEmpty()) {
            c.purchases = new ArrayList<>(1);
        }
        c.purchases.add(p);
        c.activePurchases++;
        c.pending = false;
        c.pendingReg = null;
        c.claim = null;
        OwnerKind kind;
        String channel;
        String agent;
        if (c.ruling != null) {
            kind = c.ruling.kind;
            channel = c.ruling.channel;
            agent = c.ruling.agent;
        } else if (p.channel != null) {
            kind = OwnerKind.CHANNEL;
            channel = p.channel;
            agent = p.agent;
        } else if (p.excluded && c.kind != OwnerKind.NONE) {
            kind = c.kind;
            channel = c.channel;
            agent = c.agent;
        } else {
            kind = OwnerKind.OFFICE;
            channel = null;
            agent = null;
        }
        // the entry rests on what the purchase rests on: the same rules and events
        f.set(c, kind, channel, agent, Status.PURCHASED, c.from, c.until,
                p.because.reworded(policy.version(), f.reasons.of((earner, x, y) -> new Reasons.Text(
                        "客户已认购" + (earner == null ? "。" : "，归渠道 " + earner + "。"),
                        "The client bought" + (earner == null ? "." : "; channel " + earner + "'s deal.")), channel, null, null)));
    }

    /**
     * Which channel earns the deal, decided at the deposit in this order: REG-7, DSP-2, PUR-5, PUR-4, PUR-1/PUR-2, PUR-3.
     * A deal decided by a protection also cites what opened or extended it, or ended the one before (the client's
     * {@link Client#protectionChain()}): PUR-1 alone would not say why that protection was there.
     */
    private void attribute(PurchaseRec p, Client c) {
        Purchased data = p.data;
        ProjectPolicy policy = p.policy;
        int v = policy.version();
        Instant at = p.depositAt;
        if (Reg7Insiders.excluded(data.insider(), c.insider)) {
            if (!c.insider) {
                c.insider = true;
                c.insiderSeq = p.seq;
            }
            none(p, new Because(v, "买受人为开发商员工或其直系亲属，无渠道佣金。",
                    "No channel: the buyer is the developer's employee or a direct relative.",
                    rules(Reg7Insiders.ID), p.seq, c.insiderSeq));
            return;
        }
        if (c.ruling != null) {
            earn(p, c.ruling.channel, c.ruling.agent, new Because(v, "该客户已有裁定，成交按裁定归属。",
                    "The client's ruling decides: the deal follows it.",
                    rules(Dsp2Rulings.ID, "DSP-3"), p.seq, c.ruling.seq));
            exclusions(p, c);
            return;
        }
        VisitRec spot = c.lastVisit;
        if (spot != null && spot.data.kind() == Visited.Kind.COMPANION && spot.channelAfter != null
                && !spot.pendingAfter && c.decidingVisit == spot
                && Pur5CompanionBuys.onTheSpot(spot.day, p.depositDay)) {
            earn(p, spot.channelAfter, spot.agentAfter, new Band(v).companion(spot, p).with(c.protectionChain()));
            exclusions(p, c);
            return;
        }
        String own = Pur2Order.visitedBefore(c.firstVisitAt, at) ? c.protectingChannel() : null;
        Purchased.RelatedParty related = data.relatedParty();
        if (related != null) {
            if (Pur4RelatedBuyers.relationShown(related)) {
                Client a = relatedClient(related);
                if (a != null && a != c) {
                    f.applyDeadlines(a, at);
                    String theirs = a.ruling != null ? a.ruling.channel
                            : Pur2Order.visitedBefore(a.firstVisitAt, at) ? a.protectingChannel() : null;
                    if (theirs != null && (own == null || theirs.equals(own)
                            || Pur4RelatedBuyers.relatedWins(a.confirmedAt, c.confirmedAt))) {
                        earn(p, theirs, a.ruling != null ? a.ruling.agent : a.agent, new Because(v,
                                "以亲属（" + related.relation() + "）名义购买，亲属关系有证明，归" + (own == null || theirs.equals(own)
                                        ? "所涉渠道 " : "最早确认的渠道 ") + theirs + "。",
                                "Bought in the name of a shown relative (" + related.relation() + ") of channel "
                                        + theirs + "'s client" + (own == null || theirs.equals(own) ? "." : ": earliest confirmed wins."),
                                rules(Pur4RelatedBuyers.ID), p.seq, a.confirmedSeq, c.confirmedSeq)
                                .with(a.ruling != null ? null : a.protectionChain()));
                        exclusions(p, c);
                        return;
                    }
                    if (own != null && theirs != null) {
                        earn(p, own, c.agent, new Because(v, "亲属双方分属不同渠道，买受人一方确认在先，归渠道 " + own + "。",
                                "Both relatives are channels' clients; the buyer's channel " + own + " confirmed first.",
                                rules(Pur4RelatedBuyers.ID, Pur1OwnerEarns.ID), p.seq, a.confirmedSeq, c.confirmedSeq)
                                .with(c.protectionChain()));
                        exclusions(p, c);
                        return;
                    }
                }
            }
            if (own != null) {
                earn(p, own, c.agent, new Because(v, "亲属关系未提供证明，不予认定，按买受人自己的渠道 " + own + "。",
                        "The relation is not shown with evidence: the buyer's own channel " + own + ".",
                        rules(Pur4RelatedBuyers.ID, Pur1OwnerEarns.ID), p.seq, c.confirmedSeq).with(c.protectionChain()));
                exclusions(p, c);
                return;
            }
        }
        if (own != null) {
            earn(p, own, c.agent, new Because(v, "认购时客户在渠道 " + own + " 的保护期内，归该渠道。",
                    "Subscribed inside channel " + own + "'s protection: that channel's deal.",
                    rules(Pur1OwnerEarns.ID), p.seq, c.confirmedSeq).with(c.protectionChain()));
            exclusions(p, c);
            return;
        }
        if (!Pur2Order.visitedBefore(c.firstVisitAt, at)) {
            none(p, new Band(v).noVisit(p));
            return;
        }
        none(p, new Because(v, c.pending ? "到访确认单未签齐，客户不在任何渠道保护期内，无渠道佣金。"
                : "认购时客户不在任何渠道保护期内，无渠道佣金。",
                c.pending ? "No channel: the visit form was never fully signed, so no channel's protection covers the client."
                        : "No channel: no channel's protection covered the client at the subscription.",
                c.pending ? rules(Pur1OwnerEarns.ID, "VIS-1") : rules(Pur1OwnerEarns.ID), p.seq, c.decidingSeq)
                .with(c.protectionChain()));
    }

    /** PUR-3: excluded unit types; an existing buyer's repeat purchase earns only the channel of the earlier deal. */
    private void exclusions(PurchaseRec p, Client c) {
        int v = p.policy.version();
        if (Pur3Exclusions.excludedUnit(p.data.unitType(), p.policy)) {
            p.excluded = true;
            p.because = new Because(v, "车位等不计渠道佣金的房源类型（" + p.data.unitType() + "）。",
                    "No channel commission for this unit type (" + p.data.unitType() + ").",
                    nonNull(Pur3Exclusions.ID), p.seq);
            p.channel = null;
            p.agent = null;
            return;
        }
        PurchaseRec earlier = null;
        for (int qAt = 0; qAt < c.purchases.size(); qAt++) {
            PurchaseRec q = c.purchases.get(qAt);
            if (q.seq < p.seq && q.activeAt(p.depositAt)) {
                earlier = q;
            }
        }
        if (earlier != null && !Pur3Exclusions.repeatAllowed(earlier.channel, p.channel)) {
            p.excluded = true;
            p.because = new Because(v, "老业主再次购买，且前次成交非该渠道，不计渠道佣金。",
                    "No channel: a repeat purchase by an existing buyer whose earlier deal was not this channel's.",
                    rules(Pur3Exclusions.ID), p.seq, earlier.seq);
            p.channel = null;
            p.agent = null;
        }
    }

    private Client relatedClient(Purchased.RelatedParty related) {
        if (related.phoneHash() != null) {
            Client byHash = f.clientsByHash.get(related.phoneHash());
            if (byHash != null) {
                return byHash;
            }
        }
        if (related.maskedPhone() == null) {
            return null;
        }
        List<Client> cs = f.matching(related.maskedPhone(), related.surname());
        for (int cAt = 0; cAt < cs.size(); cAt++) {
            Client c = cs.get(cAt);
            if (c.hash == null || related.phoneHash() == null || c.hash.equals(related.phoneHash())) {
                return c;
            }
        }
        return null;
    }

    private static void earn(PurchaseRec p, String channel, String agent, Because because) {
        p.channel = channel;
        p.agent = channel == null ? null : agent;
        p.because = because;
    }

    private static void none(PurchaseRec p, Because because) {
        p.channel = null;
        p.agent = null;
        p.because = because;
    }

    /** PUR-8: the purchase is undone; the buyer is no longer a buyer and falls back to the protection left. */
    void onCancelled(int seq, PurchaseCancelled data) {
        PurchaseRec p = data.purchaseId() == null ? null : f.purchasesById.get(data.purchaseId());
        if (p == null || p.cancelledAt != null) {
            return;
        }
        Instant at = f.times[seq];
        f.mark(p);
        p.cancelledAt = at;
        p.cancelSeq = seq;
        Client c = p.buyer;
        f.mark(c);
        c.activePurchases--;
        if (c.activePurchases > 0 || c.status != Status.PURCHASED) {
            return;
        }
        int v = f.policyAt[seq].version();
        Because because = new Because(v, "认购已退，客户恢复退房前的归属状态。",
                "The purchase was cancelled: the client is back to the ownership it had before.",
                rules(Pur8Cancellation.ID), p.seq, seq);
        if (c.ruling != null) {
            f.set(c, c.ruling.kind, c.ruling.channel, c.ruling.agent, Status.PROTECTED, c.from, c.until, because);
            return;
        }
        if (c.until != null && at.isBefore(Vis6Lapse.endsAt(c.until, c.zone, f.days))) {
            f.set(c, p.kindBefore, p.channelBefore, p.agentBefore, Status.PROTECTED, c.from, c.until, because);
            return;
        }
        c.from = null;
        c.until = null;
        c.protection = null;
        f.set(c, OwnerKind.NONE, null, null, Status.PUBLIC, null, null, because);
    }

    /** Reasons shared by several paths. */
    private record Band(int version) {

        Because companion(VisitRec spot, PurchaseRec p) {
            return new Because(version, "随确认客户同来、此前未被确认的亲友当场认购，归渠道 " + spot.channelAfter + "。",
                    "A companion of a confirmed client, never confirmed before, subscribed on the spot: channel "
                            + spot.channelAfter + "'s.",
                    rules(Pur5CompanionBuys.ID, Vis3Companions.ID), spot.seq, p.seq);
        }

        Because noVisit(PurchaseRec p) {
            return new Because(version, "认购前客户未曾到访，无渠道佣金。",
                    "No channel: the first visit must come before the subscription.",
                    rules(Pur2Order.ID), p.seq);
        }
    }
}
