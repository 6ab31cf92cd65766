package com.baobei.commission.ledger;

import com.baobei.commission.agreement.Period;

/** The words of an adjustment line, in Chinese for the office and English for everyone else. */
final class Reasons {

    private Reasons() {
    }

    static String zh(AdjustmentCause cause, Period period) {
        String p = period.label();
        return switch (cause) {
            case CANCELLED -> "退房/退订，冲回 " + p + " 已结佣金";
            case REATTRIBUTED -> "成交改判归属，调整 " + p + " 佣金";
            case LATE_DEAL -> p + " 结算单出具后补计的成交";
            case CHANGED -> "成交信息变更，调整 " + p + " 佣金";
            case MOVED -> "成交改计入其他结算期，冲回 " + p + " 佣金";
            case TIER_MOVED -> p + " 跳点档位变动";
            case AGREEMENT_CHANGED -> "合作协议变更，调整 " + p + " 佣金";
            case FINE -> p + " 罚款或没收佣金的调整";
            case MANUAL -> "人工调整（" + p + "）";
        };
    }

    static String en(AdjustmentCause cause, Period period) {
        String p = period.label();
        return switch (cause) {
            case CANCELLED -> "cancelled (PUR-8): reverses commission issued for " + p;
            case REATTRIBUTED -> "re-attributed: commission issued for " + p + " moves";
            case LATE_DEAL -> "deal attributed after " + p + " was issued";
            case CHANGED -> "deal facts changed after " + p + " was issued";
            case MOVED -> "deal now accrues in another period: reverses " + p;
            case TIER_MOVED -> "tier of " + p + " moved (COM-1)";
            case AGREEMENT_CHANGED -> "agreement changed after " + p + " was issued";
            case FINE -> "fine or forfeiture for " + p + ", issued already";
            case MANUAL -> "manual adjustment (" + p + ")";
        };
    }
}
