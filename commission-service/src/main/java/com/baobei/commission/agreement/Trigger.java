package com.baobei.commission.agreement;

/** COM-3: the stage at which a deal accrues commission; the accrual day decides the deal's period. */
public enum Trigger { SUBSCRIPTION, CONTRACT }
