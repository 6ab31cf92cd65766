package com.baobei.commission.agreement;

/** COM-1: what the tier table is measured in, within one settlement period. */
public enum TierBasis {
    /** number of commissionable deals (套数) */
    DEAL_COUNT,
    /** sum of commissionable deal amounts in CNY (成交金额) */
    DEAL_AMOUNT
}
