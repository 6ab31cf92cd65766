package com.baobei.commission.ledger;

import java.math.BigDecimal;

/**
 * A fine as asked for. For FORBIDDEN_ZONE the amount is set by the escalation (leave it out) and
 * {@code agentId} names the agent who did it; for the other reasons {@code target} says who pays
 * and {@code amount} may override the rulebook's default (required for OTHER).
 */
public record FineRequest(String fineId, String projectId, String channelId, FineReason reason, FineTarget target,
                          String agentId, BigDecimal amount, String note) {
}
