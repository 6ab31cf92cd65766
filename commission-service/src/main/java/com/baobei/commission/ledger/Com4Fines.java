package com.baobei.commission.ledger;

import com.baobei.commission.agreement.Problem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * COM-4 fines and their escalation (XX住宅 (四); 和成璟园 一, 三). A forbidden-zone offence is
 * counted per channel and project: the first costs the agent 500 and the company 10,000; the
 * second 50,000 and the period's commission; the third ends the agreement with nothing further paid.
 */
public final class Com4Fines {

    public static final String RULE = "COM-4";
    public static final BigDecimal FORBIDDEN_ZONE_FIRST_AGENT = new BigDecimal("500.00");
    public static final BigDecimal FORBIDDEN_ZONE_FIRST_COMPANY = new BigDecimal("10000.00");
    public static final BigDecimal FORBIDDEN_ZONE_SECOND = new BigDecimal("50000.00");
    public static final BigDecimal QUARREL_AGENT = new BigDecimal("1000.00");
    public static final BigDecimal QUARREL_STORE_MANAGER = new BigDecimal("5000.00");
    public static final BigDecimal POACHING = new BigDecimal("100000.00");

    private Com4Fines() {
    }

    public static List<Problem> problems(FineRequest request) {
        List<Problem> problems = new ArrayList<>();
        required("projectId", request.projectId(), problems);
        required("channelId", request.channelId(), problems);
        Limits.id("projectId", request.projectId(), Limits.SCOPE_ID_LENGTH, problems);
        Limits.id("channelId", request.channelId(), Limits.ID_LENGTH, problems);
        if (request.reason() == null) {
            problems.add(new Problem("reasonCode", "required: FORBIDDEN_ZONE, ON_SITE_QUARREL, POACHING or OTHER"));
            return problems;
        }
        Limits.id("fineId", request.fineId(), Limits.ID_LENGTH, problems);
        Limits.id("agentId", request.agentId(), Limits.ID_LENGTH, problems);
        Limits.text("note", request.note(), Limits.NOTE_LENGTH, problems);
        if (request.reason() == FineReason.FORBIDDEN_ZONE) {
            if (request.amount() != null) {
                problems.add(new Problem("amount", "leave it out: COM-4 escalation sets the amount of a forbidden-zone offence"));
            }
            if (request.target() == FineTarget.AGENT) {
                problems.add(new Problem("target", "a forbidden-zone offence counts against the channel; name the agent in agentId"));
            }
            return problems;
        }
        FineTarget target = targetOf(request);
        if (target == FineTarget.AGENT && request.agentId() == null) {
            problems.add(new Problem("agentId", "required when the target is AGENT"));
        }
        if (request.amount() == null) {
            if (request.reason() == FineReason.OTHER) {
                problems.add(new Problem("amount", "required for reason OTHER"));
            }
        } else if (request.amount().signum() == 0) {
            problems.add(new Problem("amount", "must be positive"));
        } else {
            Limits.money("amount", request.amount(), problems);
        }
        return problems;
    }

    /** ID-4: a full phone number in any of the fine's texts (422, not a malformed request). */
    public static List<Problem> personalData(FineRequest request) {
        List<Problem> problems = new ArrayList<>();
        Limits.noFullPhone("fineId", request.fineId(), problems);
        Limits.noFullPhone("projectId", request.projectId(), problems);
        Limits.noFullPhone("channelId", request.channelId(), problems);
        Limits.noFullPhone("agentId", request.agentId(), problems);
        Limits.noFullPhone("note", request.note(), problems);
        return problems;
    }

    /**
     * Whether a recorded fine is what this request would record: the same project, channel, reason, agent and note,
     * and for the reasons that take one the same target and amount (left out, the rulebook's default). The offence
     * number and consequences were decided when it was recorded and are not asked for.
     */
    public static boolean sameFacts(Fine recorded, FineRequest request) {
        if (!recorded.projectId().equals(request.projectId()) || !recorded.channelId().equals(request.channelId())
                || recorded.reason() != request.reason() || !Objects.equals(recorded.agentId(), request.agentId())
                || !Objects.equals(recorded.note(), request.note())) {
            return false;
        }
        if (request.reason() == FineReason.FORBIDDEN_ZONE) {
            return request.amount() == null && request.target() != FineTarget.AGENT;
        }
        if (recorded.charges().size() != 1) {
            return false;
        }
        Charge charge = recorded.charges().get(0);
        FineTarget target = targetOf(request);
        BigDecimal amount = request.amount() != null ? request.amount() : defaultAmount(request.reason(), target);
        return charge.target() == target && charge.amount().compareTo(amount) == 0;
    }

    private static void required(String field, String value, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, "required"));
        }
    }

    private static FineTarget targetOf(FineRequest request) {
        return request.target() == null ? FineTarget.CHANNEL : request.target();
    }

    /**
     * Decides a valid request against the channel's earlier fines in the project.
     *
     * @throws IllegalArgumentException when {@link #problems} is not empty
     */
    public static Fine decide(FineRequest request, Collection<Fine> earlier, Instant recordedAt, String recordedBy) {
        List<Problem> problems = problems(request);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.toString());
        }
        if (request.reason() == FineReason.FORBIDDEN_ZONE) {
            int offence = 1 + (int) earlier.stream()
                    .filter(f -> f.reason() == FineReason.FORBIDDEN_ZONE)
                    .filter(f -> f.projectId().equals(request.projectId()) && f.channelId().equals(request.channelId()))
                    .count();
            return forbiddenZone(request, offence, recordedAt, recordedBy);
        }
        FineTarget target = targetOf(request);
        BigDecimal amount = request.amount() != null ? Money.fen(request.amount()) : defaultAmount(request.reason(), target);
        String agent = target == FineTarget.AGENT ? request.agentId() : null;
        return new Fine(request.fineId(), request.projectId(), request.channelId(), request.agentId(), request.reason(),
                1, FineConsequence.NONE, List.of(new Charge(target, agent, amount)), recordedAt, recordedBy,
                request.note());
    }

    private static Fine forbiddenZone(FineRequest request, int offence, Instant recordedAt, String recordedBy) {
        List<Charge> charges = new ArrayList<>();
        FineConsequence consequence;
        if (offence == 1) {
            charges.add(new Charge(FineTarget.CHANNEL, null, FORBIDDEN_ZONE_FIRST_COMPANY));
            if (request.agentId() != null) {
                charges.add(new Charge(FineTarget.AGENT, request.agentId(), FORBIDDEN_ZONE_FIRST_AGENT));
            }
            consequence = FineConsequence.NONE;
        } else if (offence == 2) {
            charges.add(new Charge(FineTarget.CHANNEL, null, FORBIDDEN_ZONE_SECOND));
            consequence = FineConsequence.PERIOD_FORFEITED;
        } else {
            consequence = FineConsequence.AGREEMENT_TERMINATED;
        }
        return new Fine(request.fineId(), request.projectId(), request.channelId(), request.agentId(),
                FineReason.FORBIDDEN_ZONE, offence, consequence, charges, recordedAt, recordedBy, request.note());
    }

    private static BigDecimal defaultAmount(FineReason reason, FineTarget target) {
        return switch (reason) {
            case ON_SITE_QUARREL -> target == FineTarget.AGENT ? QUARREL_AGENT : QUARREL_STORE_MANAGER;
            case POACHING -> POACHING;
            default -> throw new IllegalArgumentException("no default amount for " + reason);
        };
    }
}
