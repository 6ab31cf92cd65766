package com.baobei.commission.statements;

import com.baobei.commission.agreement.Agreement;
import com.baobei.commission.ledger.ChannelLedger;
import com.baobei.commission.persistence.AdjustmentRepository;
import com.baobei.commission.persistence.AgreementRepository;
import com.baobei.commission.persistence.DealRepository;
import com.baobei.commission.persistence.FineRepository;
import com.baobei.commission.persistence.StatementRepository;
import org.springframework.stereotype.Component;

/** Reads one channel's facts in one project of a tenant and hands them to the pure ledger. */
@Component
public class LedgerLoader {

    private final AgreementRepository agreements;
    private final DealRepository deals;
    private final FineRepository fines;
    private final StatementRepository statements;
    private final AdjustmentRepository adjustments;

    public LedgerLoader(AgreementRepository agreements, DealRepository deals, FineRepository fines,
                        StatementRepository statements, AdjustmentRepository adjustments) {
        this.agreements = agreements;
        this.deals = deals;
        this.fines = fines;
        this.statements = statements;
        this.adjustments = adjustments;
    }

    public java.time.ZoneId zoneOf(String tenantId, String projectId, String channelId) {
        return agreements.find(tenantId, projectId, channelId).map(s -> s.agreement().zone())
                .orElse(Agreement.DEFAULT_ZONE);
    }

    public ChannelLedger load(String tenantId, String projectId, String channelId) {
        Agreement agreement = agreements.find(tenantId, projectId, channelId).map(AgreementRepository.Stored::agreement)
                .orElse(null);
        return ChannelLedger.build(new ChannelLedger.Input(tenantId, projectId, channelId, agreement,
                deals.forChannel(tenantId, projectId, channelId), fines.forChannel(tenantId, projectId, channelId),
                statements.issuedFor(tenantId, projectId, channelId),
                adjustments.approvedFor(tenantId, projectId, channelId)));
    }
}
