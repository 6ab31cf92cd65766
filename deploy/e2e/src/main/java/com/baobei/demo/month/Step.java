package com.baobei.demo.month;

import com.baobei.contracts.UnitType;
import com.baobei.contracts.registration.Disputed;
import com.baobei.contracts.visit.DisputeRuled;
import com.baobei.contracts.visit.Purchased.Relation;
import com.baobei.contracts.visit.Visited;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One thing that happens in the month, as a channel or the sales office would tell the system. Steps refer to each
 * other by {@code ref}s local to the month (the services assign the real ids). {@link #at()} is the business time;
 * null for what only the server's clock can date (live registrations, disputes, rulings, fines): those are fed
 * after the month, on the day of the feed.
 */
public sealed interface Step {

    Instant at();

    String projectId();

    Set<HardCase> cases();

    /** The day's consultants on duty, head of the queue first (ROT-1). */
    record Rotation(String projectId, LocalDate day, List<String> consultants, Instant at) implements Step {
        public Set<HardCase> cases() {
            return Set.of();
        }
    }

    /**
     * A channel's registration (报备). Month registrations come in through the import (their time is history);
     * {@code live} ones through {@code POST /api/v1/registrations} on the feed day (at is null).
     */
    record Register(String ref, String projectId, String channelId, String agentId, Person client, Instant at,
                    boolean live, Instant expectedVisitAt, Set<HardCase> cases) implements Step {
    }

    /** A registration the intake must refuse (ID-1): sent live, expected to get 400 naming the field. */
    record BadRegistration(String ref, String projectId, String channelId, String agentId, String clientSurname,
                           String maskedPhone, String field, Set<HardCase> cases) implements Step {
        public Instant at() {
            return null;
        }
    }

    /** The visit confirmation form (VIS-1): the three signatures, or invalid with a reason. */
    record Form(String agentSignature, String consultantSignature, String siteManagerSignature, boolean invalid,
                String invalidReason) {
    }

    /**
     * Someone at the sales office. {@code consultantId} null for a natural visit: the rotation's head receives;
     * {@code referrer} for PUR-6; {@code accompaniedVisitRef} for a companion (VIS-3).
     */
    record Visit(String ref, String projectId, Visited.Kind kind, Person client, Instant at, String consultantId,
                 String registrationRef, Form form, String accompaniedVisitRef, Person referrer, boolean insider,
                 Visited.NonClientReason nonClientReason, Set<HardCase> cases) implements Step {
    }

    /** Signatures completed later, or the site manager marking the form invalid (VIS-1). */
    record SignForm(String visitRef, String projectId, Form form, Instant at, Set<HardCase> cases) implements Step {
    }

    /** PUR-4: bought in the name of someone related to an earlier-confirmed client, with evidence. */
    record Related(Person person, Relation relation, List<String> evidenceRefs) {
    }

    /** A subscription (认购) of one unit; {@code ref} is the purchase id the office gives it. */
    record Subscribe(String ref, String projectId, String unitId, UnitType unitType, BigDecimal amount, Person buyer,
                     String consultantId, Related related, boolean insider, Instant at, Set<HardCase> cases)
            implements Step {
    }

    /** The contract (签约) of an earlier subscription. */
    record Contract(Subscribe subscription, Instant at, Set<HardCase> cases) implements Step {
        public String projectId() {
            return subscription.projectId();
        }
    }

    /** A purchase undone (退房 / 退订, PUR-8). */
    record Cancel(String purchaseRef, String projectId, String reason, Instant at, Set<HardCase> cases)
            implements Step {
    }

    /** A channel's dispute (DSP-1) or late claim on a buyer (PUR-7), raised on the feed day. */
    record Dispute(String ref, String projectId, String channelId, String agentId, Disputed.Kind kind, Person client,
                   String registrationRef, String purchaseRef, List<String> evidenceRefs, String statement,
                   Set<HardCase> cases) implements Step {
        public Instant at() {
            return null;
        }
    }

    /** The developer's ruling: the site manager first, the marketing manager on escalation (DSP-1, DSP-2). */
    record Ruling(String disputeRef, String projectId, Person client, DisputeRuled.OwnerKind ownerKind,
                  String channelId, String agentId, String rationale, DisputeRuled.Level level, String ruledBy,
                  Set<HardCase> cases) implements Step {
        public Instant at() {
            return null;
        }
    }

    /**
     * A fine (COM-4), recorded by the commission service in the period it is recorded.
     *
     * @param reason FORBIDDEN_ZONE, ON_SITE_QUARREL, POACHING or OTHER
     * @param target CHANNEL or AGENT
     * @param amount null: the rulebook's amount for the reason
     */
    record Fine(String ref, String projectId, String channelId, String reason, String target, String agentId,
                BigDecimal amount, String note, Set<HardCase> cases) implements Step {
        public Instant at() {
            return null;
        }
    }
}
