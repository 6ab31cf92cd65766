package com.baobei.commission.ledger;

/** Who a charge is against. Both are deducted from the channel's statement; the channel recovers an agent's fine itself. */
public enum FineTarget { CHANNEL, AGENT }
