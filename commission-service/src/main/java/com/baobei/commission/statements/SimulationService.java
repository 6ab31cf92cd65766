package com.baobei.commission.statements;

import com.baobei.commission.agreement.Agreement;
import com.baobei.commission.agreement.Problem;
import com.baobei.commission.errors.InvalidRequestException;
import com.baobei.commission.errors.NotFoundException;
import com.baobei.commission.ledger.Deal;
import com.baobei.commission.ledger.Fine;
import com.baobei.commission.ledger.ChannelLedger;
import com.baobei.commission.ledger.WhatIf;
import com.baobei.commission.ledger.WhatIfPreview;
import com.baobei.commission.persistence.AdjustmentRepository;
import com.baobei.commission.persistence.StatementRepository;
import com.baobei.commission.persistence.AgreementRepository;
import com.baobei.commission.persistence.DealRepository;
import com.baobei.commission.persistence.FineRepository;
import com.baobei.contracts.UnitType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What-if on an agreement and deals, given or live (COM-1), inside one tenant. Nothing is written. */
@Service
public class SimulationService {

    public static final String SIMULATED_CHANNEL = "simulated";

    private final AgreementRepository agreements;
    private final DealRepository deals;
    private final FineRepository fines;
    private final StatementRepository statements;
    private final AdjustmentRepository adjustments;
    private final Clock clock;

    public SimulationService(AgreementRepository agreements, DealRepository deals, FineRepository fines,
                             StatementRepository statements, AdjustmentRepository adjustments, Clock clock) {
        this.agreements = agreements;
        this.deals = deals;
        this.fines = fines;
        this.statements = statements;
        this.adjustments = adjustments;
        this.clock = clock;
    }

    /**
     * @param tenantId  the caller's tenant: live agreements, deals and fines are read from it only
     * @param agreement the agreement to try, or null for the live one of the channel
     * @param given     the deals to try (channel set to the simulated channel), or null for the channel's live deals
     * @param day       a day of the period, or null: the latest deal's period, else today's
     */
    public WhatIf.Result simulate(String tenantId, String projectId, String channelId, Agreement agreement, List<Deal> given,
                                  LocalDate day, BigDecimal extraAmount, UnitType extraUnit) {
        return simulate(tenantId, projectId, channelId, agreement, given, day, extraAmount, extraUnit, null);
    }

    /**
     * @param changes hypothetical cancellations, late deals, fines and adjustments; on live deals the result then
     *                previews the next open statement with every fact before and after them (ADR 0032)
     */
    @Transactional(readOnly = true)
    public WhatIf.Result simulate(String tenantId, String projectId, String channelId, Agreement agreement, List<Deal> given,
                                  LocalDate day, BigDecimal extraAmount, UnitType extraUnit, WhatIfChanges changes) {
        boolean live = projectId != null && channelId != null;
        if ((agreement == null || given == null) && !live) {
            throw new InvalidRequestException(List.of(new Problem("projectId",
                    "projectId and channelId are needed to use the live agreement or deals")));
        }
        if (extraAmount != null && extraAmount.signum() <= 0) {
            throw new InvalidRequestException(List.of(new Problem("oneMoreDealAmount", "must be positive")));
        }
        String project = projectId != null ? projectId : "simulation";
        String channel = channelId != null ? channelId : SIMULATED_CHANNEL;
        Agreement terms = agreement != null
                ? new Agreement(project, channel, 0, agreement.zone(), agreement.firstPeriodEnd(), agreement.versions())
                : agreements.find(tenantId, projectId, channelId).map(AgreementRepository.Stored::agreement)
                .orElseThrow(() -> new NotFoundException("no agreement of channel " + channelId + " in project "
                        + projectId));
        List<Deal> dealList = given != null ? given : deals.forChannel(tenantId, projectId, channelId);
        List<Fine> fineList = live && given == null ? fines.forChannel(tenantId, projectId, channelId) : List.of();
        LocalDate when = day != null ? day : dealList.stream()
                .map(Deal::subscribedAt).filter(java.util.Objects::nonNull).max(Comparator.naturalOrder())
                .map(i -> LocalDate.ofInstant(i, terms.zone()))
                .orElse(LocalDate.now(clock.withZone(terms.zone())));
        WhatIf.Result result = WhatIf.run(tenantId, project, channel, terms, dealList, fineList, when, extraAmount,
                extraUnit);
        if (!live || given != null) {
            if (changes != null) {
                throw new InvalidRequestException(List.of(new Problem("changes",
                        "previews changes on live data only: give projectId and channelId, and no deals")));
            }
            return result;
        }
        List<com.baobei.commission.ledger.Statement> issued = statements.issuedFor(tenantId, projectId, channelId);
        ChannelLedger.Input facts = new ChannelLedger.Input(tenantId, project, channel, terms, dealList, fineList,
                issued, adjustments.approvedFor(tenantId, projectId, channelId));
        // by default the statement where changes to issued periods land: the first open one after the latest issued
        LocalDate next = day != null ? day : issued.isEmpty() ? when : issued.get(issued.size() - 1).period().start();
        WhatIfPreview.Changes hypothetical = (changes == null ? new WhatIfChanges(null, null, null, null) : changes)
                .toFacts(project, channel, dealList, fineList, clock.instant());
        return result.with(WhatIfPreview.run(facts, hypothetical, next));
    }
}
