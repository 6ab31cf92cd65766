package com.baobei.commission.web;

import com.baobei.commission.agreement.Agreement;
import com.baobei.commission.agreement.Problem;
import com.baobei.commission.agreements.AgreementService;
import com.baobei.commission.errors.InvalidRequestException;
import com.baobei.commission.errors.NotFoundException;
import com.baobei.commission.errors.UnprocessableException;
import com.baobei.commission.ledger.Limits;
import com.baobei.commission.masterdata.MasterDataChecks;
import com.baobei.security.Allowed;
import com.baobei.security.Caller;
import com.baobei.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A channel's agreement for one project of the caller's tenant (COM-1..3, PUR-3). */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/channels/{channelId}/agreement")
public class AgreementController {

    private final AgreementService agreements;

    private final MasterDataChecks masterData;

    public AgreementController(AgreementService agreements,
            MasterDataChecks masterData) {
        this.masterData = masterData;
        this.agreements = agreements;
    }

    /** Finance only: a channel that could set its own rate could pay itself. */
    @Allowed({Role.FINANCE})
    @PutMapping
    @Operation(summary = "Put a channel's agreement (tier table, trigger, scope, periods)",
            description = "Role FINANCE. The project is one of the token's tenant; updatedBy is the token's subject.")
    @ApiResponse(responseCode = "200", description = "Stored as a new revision, or unchanged if the terms are the same")
    @ApiResponse(responseCode = "400", description = "A bad tier table or field (problem+json names it)")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only finance sets agreements")
    @ApiResponse(responseCode = "422", description = "The project or channel is not in the tenant's master data "
            + "(ADR 0014), or a unit id holds a full phone number (ID-4); problem+json names it")
    public AgreementView put(@PathVariable String projectId, @PathVariable String channelId,
                             @RequestBody AgreementBody body, Caller caller) {
        List<Problem> problems = new ArrayList<>();
        Limits.id("projectId", projectId, Limits.SCOPE_ID_LENGTH, problems);
        Limits.id("channelId", channelId, Limits.ID_LENGTH, problems);
        problems.addAll(body.inputProblems());
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        if (!body.personalData().isEmpty()) {
            throw new UnprocessableException(body.personalData());
        }
        Agreement agreement = body.toAgreement(projectId, channelId);
        // a malformed agreement is a 400 first; then it must name master data the tenant has (422, ADR 0014)
        if (!agreement.problems().isEmpty()) {
            throw new InvalidRequestException(agreement.problems());
        }
        masterData.require(caller.tenant(), projectId, channelId, null);
        return AgreementView.of(agreements.put(caller.tenant(), agreement, caller.subject()));
    }

    @Allowed({Role.CHANNEL_MANAGER, Role.FINANCE, Role.TENANT_ADMIN})
    @GetMapping
    @Operation(summary = "A channel's agreement, every default made explicit",
            description = "Roles FINANCE and TENANT_ADMIN (any channel of their tenant), CHANNEL_MANAGER (their own "
                    + "channel).")
    @ApiResponse(responseCode = "200", description = "The agreement and its revision")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Not a role that reads agreements, or another channel's")
    @ApiResponse(responseCode = "404", description = "No agreement of this channel in this project of the tenant")
    public AgreementView get(@PathVariable String projectId, @PathVariable String channelId, Caller caller) {
        Access.requireChannel(caller, channelId, Role.FINANCE, Role.TENANT_ADMIN);
        return agreements.get(caller.tenant(), projectId, channelId).map(AgreementView::of)
                .orElseThrow(() -> new NotFoundException("no agreement of channel " + channelId + " in project "
                        + projectId));
    }
}
