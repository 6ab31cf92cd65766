package com.baobei.attribution.fold;

import static com.baobei.attribution.fold.Because.rules;

import com.baobei.attribution.fold.rules.Dsp2Rulings;
import com.baobei.attribution.fold.rules.Id3LinkedNumbers;
import com.baobei.attribution.fold.rules.Vis6Lapse;
import com.baobei.contracts.attribution.OwnershipChanged.OwnerKind;
import com.baobei.contracts.attribution.OwnershipChanged.Status;
import com.baobei.contracts.registration.Disputed;
import com.baobei.contracts.visit.DisputeRuled;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A ruling (DSP-2) applied at its business time: it overrides the automatic owner of the dispute's
 * client until re-ruled. Numbers it links (ID-3) merge into one client group sharing the ruling, and
 * the first confirmed channel among them wins.
 */
final class RulingStep {

    private final ProjectFold f;

    RulingStep(ProjectFold fold) {
        this.f = fold;
    }

    void onRuled(int seq, DisputeRuled data) {
        Instant at = f.times[seq];
        int version = f.policyAt[seq].version();
        DisputeRec dispute = data.disputeId() == null ? null : f.disputesById.get(data.disputeId());
        if (dispute == null && data.disputeId() != null) {
            f.disputesMissed.add(data.disputeId());
        }
        List<Client> group = targets(dispute, seq);
        if (group.isEmpty() || data.ownerKind() == null) {
            return;
        }
        String surname = dispute != null ? dispute.data.clientSurname() : group.get(0).surname;
        boolean linked = false;
        for (String number : data.linkedMaskedPhones()) {
            if (!ProjectFold.wellFormedMasked(number)) {
                continue;
            }
            List<Client> found = f.matching(number, surname);
            if (found.isEmpty()) {
                SameNumber same = f.numbers.get(number);
                found = same == null ? List.of() : same.clients();
            }
            for (Client c : found) {
                addOnce(group, c);
                linked = true;
            }
        }
        for (int i = 0; i < group.size(); i++) {
            Client c = group.get(i);
            if (c.group != null) {
                for (Client member : c.group) {
                    addOnce(group, member);
                }
            }
        }
        RulingRec ruling = new RulingRec(seq, data, at, version, dispute);
        if (dispute != null) {
            if (dispute.ruling != null && !Dsp2Rulings.supersedes(at, data.level(), dispute.ruling.at,
                    dispute.ruling.data.level())) {
                return;
            }
            dispute.ruling = ruling;
            f.mark(dispute);
        }
        decideOwner(ruling, group, at, linked);
        boolean byId3 = ruling.byFirstConfirmed;
        List<String> ids = linked || byId3 ? rules(Dsp2Rulings.ID, Id3LinkedNumbers.ID) : rules(Dsp2Rulings.ID);
        // 1: the ruling links numbers; 2: the first confirmed channel decided (ID-3)
        int how = (linked ? 1 : 0) + (byId3 ? 2 : 0);
        Because because = new Because(version, f.reasons.of((ways, kind, channel) -> new Reasons.Text(
                        ((ways & 1) != 0 ? "裁定将多个号码认定为同一客户；" : "") + ((ways & 2) != 0 ? "按首个确认的渠道，" : "")
                                + "客户经裁定归" + (kind == OwnerKind.CHANNEL ? "渠道 " + channel : "案场") + "，直至再次裁定。",
                        ((ways & 1) != 0 ? "The ruling links the numbers as one client; " : "")
                                + ((ways & 2) != 0 ? "the first confirmed channel wins: " : "") + "ruled to "
                                + (kind == OwnerKind.CHANNEL ? "channel " + channel : "the office") + " until re-ruled."),
                        how, ruling.kind, ruling.channel),
                ids, dispute == null ? -1 : dispute.seq, seq, ruling.firstConfirmedSeq);
        for (Client c : group) {
            f.applyDeadlines(c, at);
            if (c.ruling != null && c.ruling != ruling
                    && !Dsp2Rulings.supersedes(at, data.level(), c.ruling.at, c.ruling.data.level())) {
                continue;
            }
            c.ruling = ruling;
            c.group = group;
            c.claim = null;
            c.pending = false;
            if (c.pendingReg != null) {
                c.pendingReg.inUse = false;
                c.pendingReg = null;
            }
            if (c.until == null || !at.isBefore(Vis6Lapse.endsAt(c.until, c.zone, f.days))) {
                c.from = null;
                c.until = null;
            }
            Status status = c.activePurchases > 0 ? Status.PURCHASED : Status.PROTECTED;
            f.set(c, ruling.kind, ruling.channel, ruling.agent, status, c.from, c.until, because);
        }
    }

    /**
     * The owner a ruling gives. Linked numbers (ID-3) are one client and the first confirmed channel
     * among them wins; without links, or when none of them was ever confirmed by a channel, the
     * ruling's own owner decides (DSP-2).
     */
    private void decideOwner(RulingRec ruling, List<Client> group, Instant at, boolean linked) {
        DisputeRuled data = ruling.data;
        boolean unnamed = data.ownerKind() == DisputeRuled.OwnerKind.CHANNEL && data.channelId() == null;
        if (linked || unnamed) {
            Client first = null;
            for (Client c : group) {
                if (c.confirmedChannel != null && c.confirmedAt != null && !c.confirmedAt.isAfter(at)
                        && (first == null || Id3LinkedNumbers.confirmedEarlier(c.confirmedAt, first.confirmedAt))) {
                    first = c;
                }
            }
            if (first != null) {
                ruling.byFirstConfirmed = true;
                ruling.kind = OwnerKind.CHANNEL;
                ruling.channel = first.confirmedChannel;
                ruling.agent = first.confirmedAgent;
                ruling.firstConfirmedSeq = first.confirmedSeq;
                return;
            }
        }
        if (data.ownerKind() == DisputeRuled.OwnerKind.OFFICE || data.channelId() == null) {
            ruling.kind = OwnerKind.OFFICE;
            return;
        }
        ruling.kind = OwnerKind.CHANNEL;
        ruling.channel = data.channelId();
        ruling.agent = data.agentId();
    }

    /** The clients a dispute is about: a late claim's buyer, the claimed registration's client, or the name. */
    List<Client> targets(DisputeRec dispute, int seq) {
        List<Client> out = new ArrayList<>(2);
        if (dispute == null) {
            String key = f.event(seq).clientKey();
            String masked = key == null ? null : key.substring(key.lastIndexOf(':') + 1);
            if (ProjectFold.wellFormedMasked(masked)) {
                SameNumber same = f.numbers.get(masked);
                if (same != null) {
                    out.addAll(same.clients());
                }
            }
            return out;
        }
        Client known = disputeClient(f, dispute);
        if (known != null) {
            out.add(known);
            return out;
        }
        Disputed d = dispute.data;
        if (ProjectFold.wellFormedMasked(d.maskedPhone()) && d.clientSurname() != null && !d.clientSurname().isBlank()) {
            out.add(f.newClient(d.maskedPhone(), d.clientSurname(), null));
        }
        return out;
    }

    static Client disputeClient(ProjectFold f, DisputeRec dispute) {
        Disputed d = dispute.data;
        if (d.kind() == Disputed.Kind.LATE_CLAIM && d.purchaseId() != null) {
            PurchaseRec p = f.purchasesById.get(d.purchaseId());
            if (p != null) {
                return p.buyer;
            }
        }
        if (d.registrationId() != null) {
            Reg reg = f.regsById.get(d.registrationId());
            if (reg != null && reg.client != null && reg.masked.equals(d.maskedPhone())) {
                return reg.client;
            }
        }
        if (d.maskedPhone() == null) {
            return null;
        }
        List<Client> found = f.matching(d.maskedPhone(), d.clientSurname());
        return found.isEmpty() ? null : found.get(0);
    }

    private static void addOnce(List<Client> list, Client c) {
        for (Client x : list) {
            if (x == c) {
                return;
            }
        }
        list.add(c);
    }
}
