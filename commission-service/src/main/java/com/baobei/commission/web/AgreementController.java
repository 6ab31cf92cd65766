package com.baobei.commission.web;

import com.baobei.commission.agreements.AgreementService;
import com.baobei.commission.errors.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A channel's agreement for one project (COM-1..3, PUR-3). */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/channels/{channelId}/agreement")
public class AgreementController {

    private final AgreementService agreements;

    public AgreementController(AgreementService agreements) {
        this.agreements = agreements;
    }

    @PutMapping
    public AgreementView put(@PathVariable String projectId, @PathVariable String channelId,
                             @RequestBody AgreementBody body,
                             @RequestHeader(value = Caller.ACTOR, required = false) String actor,
                             @RequestHeader(value = Caller.ROLE, required = false) String role) {
        String by = Caller.of(actor, role).requireActor();
        return AgreementView.of(agreements.put(body.toAgreement(projectId, channelId), by));
    }

    @GetMapping
    public AgreementView get(@PathVariable String projectId, @PathVariable String channelId) {
        return agreements.get(projectId, channelId).map(AgreementView::of)
                .orElseThrow(() -> new NotFoundException("no agreement of channel " + channelId + " in project "
                        + projectId));
    }
}
