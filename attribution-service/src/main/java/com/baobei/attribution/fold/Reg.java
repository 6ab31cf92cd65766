package com.baobei.attribution.fold;

import com.baobei.attribution.fold.rules.Id1Identity;
import com.baobei.attribution.policy.ProjectPolicy;
import com.baobei.contracts.attribution.RegistrationVerdict.Verdict;
import com.baobei.contracts.registration.Registered;
import java.time.Instant;
import java.time.LocalDate;

/** One registration while folding (mutable inside the fold only). */
final class Reg extends Marked {

    final int seq;
    /** The registration id, kept here because the verdicts are sorted by it. */
    final String id;
    final Registered data;
    final Instant at;
    final ProjectPolicy policy;
    final Instant validUntil;
    /** The calendar day of the registration in its policy's zone (REG-6 counts per day). */
    final LocalDate day;
    final String masked;
    final String surname;
    final String channel;
    final String agent;
    /** ID-1's number check, made once while the number is at hand. */
    final boolean wellFormedNumber;
    /** The envelope's client key, kept only for a number no client can have (the verdict is filed under it). */
    String envelopeKey;

    /** Its place in the order the fold made its kind of item (ADR 0031: the slot of its decision). */
    int index;

    Client client;
    Verdict verdict;
    Because because;
    /** It brought a visit whose form is still pending (VIS-1): neither used nor lapsing yet. */
    boolean inUse;
    /** Its client came within its validity (REG-6's visit rate). */
    boolean visited;
    /** REG-2 rejected it only because a client of the same name was owned: a form naming it may re-judge it (ID-2). */
    boolean blockedByOwnedClient;
    /** A signed form named it for a person other than the one it was first matched with (ID-2). */
    boolean matchedByForm;
    /** Counted towards REG-5 and REG-6: it passed ID-1 and REG-8. */
    boolean counted;
    /** Its client among the channel's registrations of its day (REG-6), once counted. */
    /** The verdict last read off this registration and the facts it was made of ({@link Decisions#verdict}). */
    VerdictDecision decided;
    Verdict decidedVerdict;
    Because decidedBecause;
    boolean decidedLapsed;
    Client decidedClient;
    QualityDays.Name name;

    Reg(int seq, Registered data, Instant at, LocalDate day, ProjectPolicy policy, Instant validUntil) {
        this.day = day;
        this.seq = seq;
        this.id = data.registrationId();
        this.data = data;
        this.at = at;
        this.policy = policy;
        this.validUntil = validUntil;
        this.masked = data.maskedPhone();
        this.surname = data.clientSurname();
        this.channel = data.channelId();
        this.agent = data.agentId();
        this.wellFormedNumber = Id1Identity.isMasked(masked);
    }

    boolean liveAt(Instant time) {
        return verdict == Verdict.ACCEPTED && !inUse && time.isBefore(validUntil);
    }
}
