package com.baobei.attribution.fold;

import com.baobei.contracts.attribution.RegistrationVerdict;

import com.baobei.contracts.attribution.OwnershipChanged;
import com.baobei.contracts.attribution.OwnershipChanged.OwnerKind;
import com.baobei.contracts.attribution.OwnershipChanged.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One person of the project while folding. Under one masked number there may be several (ID-2): the
 * first has the plain client key, the others a suffix ({@code ~2}, {@code ~3}) in order of appearance.
 */
final class Client extends Marked {

    final String key;
    final String masked;
    String surname;
    String hash;

    OwnerKind kind = OwnerKind.NONE;
    String channel;
    String agent;
    Status status;
    /** The protection window (also the reserved one while a visit is pending). */
    LocalDate from;
    LocalDate until;
    ZoneId zone;

    /** Owned through a visit whose form is pending (VIS-1). */
    boolean pending;
    Reg pendingReg;
    /** The accepted registration that makes the client REGISTERED before any visit. */
    Reg claim;
    VisitRec decidingVisit;
    int decidingSeq = -1;
    /**
     * Why the protection the client is in was opened (VIS-4, VIS-2, VIS-3, PUR-6 …), then each extension (VIS-5):
     * what a purchase inside it rests on besides PUR-1. Null while no protection is open (none yet, pending, lapsed).
     */
    Because protection;
    /** The VIS-6 lapse that ended the client's last protection, or null: why an earlier owner no longer holds them. */
    Because lapse;

    Instant confirmedAt;
    int confirmedSeq = -1;
    String confirmedChannel;
    String confirmedAgent;
    Instant firstVisitAt;
    VisitRec lastVisit;

    boolean insider;
    int insiderSeq = -1;
    RulingRec ruling;
    List<Client> group;

    /** Its place in the order the fold made its kind of item (ADR 0031: the slot of its decision). */
    int index;

    final List<Reg> regs = new ArrayList<>(2);
    /** Its purchases, in fold order; an empty shared list until the first (most clients never buy). */
    List<PurchaseRec> purchases = List.of();
    int activePurchases;

    /** Every change of owner or status, oldest first, as published; {@code lastBecause} is why the last one was made. */
    final List<OwnershipChanged> history = new ArrayList<>(4);
    Because lastBecause;
    /** The decision last read off this client's history, and the history's length then ({@link Decisions}). */
    ClientDecision decided;
    int decidedEntries;

    /**
     * What the last read of the decisions made while applying this client's passed deadlines (ADR 0031), in the order
     * made: explanations, and history entries with the explanation each was made from. A later read that makes an
     * equal one takes the kept object instead, so the decisions made from it stay the same objects and neither they
     * nor the reconciler's comparison are redone for the many clients whose deadlines passed long ago.
     */
    List<Object> readMemo;
    int readMemoAt;

    Client(String key, String masked, String surname, String hash) {
        this.key = key;
        this.masked = masked;
        this.surname = surname;
        this.hash = hash;
    }

    /** What decided the protection the client is in, or was last in: the lapse before it, its opening and extensions. */
    Because protectionChain() {
        if (lapse == null) {
            return protection;
        }
        return protection == null ? lapse : lapse.with(protection);
    }

    /** Owned in the sense of REG-2 and VIS-9: protected, pending, bought or ruled. */
    boolean owned() {
        return ruling != null || pending || status == Status.PROTECTED || status == Status.PURCHASED;
    }

    /** The channel whose protection covers the client now (PUR-1), or null. */
    String protectingChannel() {
        if (kind != OwnerKind.CHANNEL || pending) {
            return null;
        }
        return status == Status.PROTECTED || status == Status.PURCHASED ? channel : null;
    }

    /**
     * What applying deadlines may change of this client and its pending registration, as a way to put it back:
     * decisions read off a state that later events will be folded on from apply the last deadlines as of the
     * latest event, which a whole fold applies only when the client is next touched (ADR 0031).
     */
    Runnable saved() {
        boolean wasPending = pending;
        Reg reg = pendingReg;
        LocalDate wasFrom = from;
        LocalDate wasUntil = until;
        Because wasLapse = lapse;
        Because wasProtection = protection;
        Reg wasClaim = claim;
        OwnerKind wasKind = kind;
        String wasChannel = channel;
        String wasAgent = agent;
        Status wasStatus = status;
        int entries = history.size();
        Because wasLast = lastBecause;
        boolean regInUse = reg != null && reg.inUse;
        RegistrationVerdict.Verdict regVerdict = reg == null ? null : reg.verdict;
        Because regBecause = reg == null ? null : reg.because;
        return () -> {
            pending = wasPending;
            pendingReg = reg;
            from = wasFrom;
            until = wasUntil;
            lapse = wasLapse;
            protection = wasProtection;
            claim = wasClaim;
            kind = wasKind;
            channel = wasChannel;
            agent = wasAgent;
            status = wasStatus;
            while (history.size() > entries) {
                history.remove(history.size() - 1);
            }
            lastBecause = wasLast;
            if (reg != null) {
                reg.inUse = regInUse;
                reg.verdict = regVerdict;
                reg.because = regBecause;
            }
        };
    }
}
