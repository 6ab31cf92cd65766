package com.baobei.commission.export;

import com.baobei.commission.ledger.AdjustmentCause;
import com.baobei.commission.ledger.ChargeKind;
import com.baobei.commission.ledger.DealStatus;
import com.baobei.commission.ledger.FineReason;
import com.baobei.commission.ledger.FineTarget;
import com.baobei.commission.ledger.StatementState;
import com.baobei.contracts.UnitType;

/**
 * The Chinese words of a statement file (ADR 0032): finance offices read statuses, kinds and causes in Chinese; the
 * rule ids and event ids stay as they are, so a line can still be traced.
 */
public final class Words {

    private Words() {
    }

    public static String status(DealStatus status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case COMMISSIONABLE -> "计佣";
            case EXCLUDED -> "不计佣";
            case CANCELLED -> "已退订";
        };
    }

    public static String state(StatementState state) {
        return state == StatementState.ISSUED ? "已出具" : "未出具（随时重算）";
    }

    public static String cause(AdjustmentCause cause) {
        return switch (cause) {
            case CANCELLED -> "退订冲回";
            case REATTRIBUTED -> "改判归属";
            case LATE_DEAL -> "补计成交";
            case CHANGED -> "成交变更";
            case MOVED -> "改计结算期";
            case TIER_MOVED -> "跳点变动";
            case AGREEMENT_CHANGED -> "协议变更";
            case FINE -> "罚款调整";
            case MANUAL -> "人工调整";
        };
    }

    public static String kind(ChargeKind kind) {
        return switch (kind) {
            case FINE -> "罚款";
            case FORFEIT -> "没收佣金";
            case WITHHELD -> "暂停支付";
            case CARRIED_FORWARD -> "上期结转";
        };
    }

    public static String reason(FineReason reason) {
        if (reason == null) {
            return "";
        }
        return switch (reason) {
            case FORBIDDEN_ZONE -> "禁区拉客";
            case ON_SITE_QUARREL -> "现场争吵";
            case POACHING -> "抢客";
            case OTHER -> "其他";
        };
    }

    public static String target(FineTarget target) {
        if (target == null) {
            return "";
        }
        return target == FineTarget.AGENT ? "经纪人" : "渠道公司";
    }

    public static String unitType(UnitType type) {
        if (type == null) {
            return "";
        }
        return switch (type) {
            case RESIDENTIAL -> "住宅";
            case COMMERCIAL -> "商铺";
            case OFFICE -> "写字楼";
            case PARKING -> "车位";
            case STORAGE -> "储藏室";
        };
    }
}
