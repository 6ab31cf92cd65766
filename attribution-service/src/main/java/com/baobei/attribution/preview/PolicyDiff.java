package com.baobei.attribution.preview;

import com.baobei.attribution.fold.ClientDecision;
import com.baobei.attribution.fold.DisputeDecision;
import com.baobei.attribution.fold.Outcome;
import com.baobei.attribution.fold.PurchaseDecision;
import com.baobei.attribution.fold.VerdictDecision;
import com.baobei.contracts.Explanation;
import com.baobei.contracts.attribution.OwnershipChanged;
import com.baobei.contracts.attribution.PurchaseAttributed;
import com.baobei.contracts.attribution.RegistrationVerdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a policy change would change: two outcomes of the same events compared decision by decision. Two
 * decisions differ when what they decide differs (a verdict and its end, an owner and the protection's end, who
 * earns a purchase, a dispute's status and proposal), not when only the policy version they cite or the wording
 * of the reason does: every decision after the candidate's first day cites a new version number.
 */
public final class PolicyDiff {

    private PolicyDiff() {
    }

    public enum Kind { VERDICT, OWNER, PURCHASE, DISPUTE }

    /** One side of a changed decision: what it decided, for whom, and why. */
    public record Side(String outcome, String channelId, String until, List<String> ruleIds, String reasonZh,
                       String reasonEn) {

        static Side of(String outcome, String channelId, Object until, Explanation why) {
            return new Side(outcome, channelId, until == null ? null : until.toString(), why.ruleIds(), why.reasonZh(),
                    why.reasonEn());
        }

        /** What the decision decides, without its wording. */
        boolean decidesAs(Side other) {
            return Objects.equals(outcome, other.outcome) && Objects.equals(channelId, other.channelId)
                    && Objects.equals(until, other.until) && ruleIds.equals(other.ruleIds);
        }
    }

    /**
     * One decision that would differ. {@code id} is the registration, client, purchase or dispute; a side is null
     * when the decision exists under one policy only (a client the new rules never give an owner record).
     */
    public record Change(Kind kind, String id, String maskedPhone, Side before, Side after) {
    }

    /** How many decisions of a kind were compared and how many would differ. */
    public record Count(int compared, int changed) {
    }

    public record Result(Map<Kind, Count> counts, List<Change> changes) {
    }

    public static Result compare(Outcome before, Outcome after) {
        Map<Kind, Count> counts = new LinkedHashMap<>();
        List<Change> changes = new ArrayList<>();
        compare(Kind.VERDICT, before.verdicts(), after.verdicts(), d -> d.verdict().registrationId(),
                d -> d.verdict().maskedPhone(), PolicyDiff::verdict, counts, changes);
        compare(Kind.OWNER, before.clients(), after.clients(), ClientDecision::clientKey,
                d -> d.current().maskedPhone(), PolicyDiff::owner, counts, changes);
        compare(Kind.PURCHASE, before.purchases(), after.purchases(), d -> d.attribution().purchaseId(),
                d -> null, PolicyDiff::purchase, counts, changes);
        compare(Kind.DISPUTE, before.disputes(), after.disputes(), DisputeDecision::disputeId,
                d -> null, PolicyDiff::dispute, counts, changes);
        return new Result(counts, changes);
    }

    private static <D> void compare(Kind kind, List<D> before, List<D> after, Function<D, String> id,
                                    Function<D, String> masked, Function<D, Side> side,
                                    Map<Kind, Count> counts, List<Change> changes) {
        Map<String, D> was = new LinkedHashMap<>();
        before.forEach(d -> was.put(id.apply(d), d));
        Map<String, D> will = new LinkedHashMap<>();
        after.forEach(d -> will.put(id.apply(d), d));
        int changed = 0;
        for (Map.Entry<String, D> entry : was.entrySet()) {
            D next = will.get(entry.getKey());
            Side old = side.apply(entry.getValue());
            Side now = next == null ? null : side.apply(next);
            if (now == null || !old.decidesAs(now)) {
                changed++;
                changes.add(new Change(kind, entry.getKey(), masked.apply(entry.getValue()), old, now));
            }
        }
        for (Map.Entry<String, D> entry : will.entrySet()) {
            if (!was.containsKey(entry.getKey())) {
                changed++;
                changes.add(new Change(kind, entry.getKey(), masked.apply(entry.getValue()), null,
                        side.apply(entry.getValue())));
            }
        }
        counts.put(kind, new Count(Math.max(was.size(), will.size()), changed));
    }

    private static Side verdict(VerdictDecision decision) {
        RegistrationVerdict v = decision.verdict();
        return Side.of(v.verdict().name(), v.channelId(), v.validUntil(), v.explanation());
    }

    private static Side owner(ClientDecision decision) {
        OwnershipChanged o = decision.current();
        return Side.of(o.ownerKind() + "/" + o.status(), o.channelId(), o.protectedUntil(), o.explanation());
    }

    private static Side purchase(PurchaseDecision decision) {
        PurchaseAttributed p = decision.attribution();
        return Side.of(p.channelId() == null ? "NO_CHANNEL" : "CHANNEL", p.channelId(), null, p.explanation());
    }

    private static Side dispute(DisputeDecision decision) {
        return Side.of(decision.status().name(), decision.proposedOwnerChannelId(), null, decision.explanation());
    }
}
