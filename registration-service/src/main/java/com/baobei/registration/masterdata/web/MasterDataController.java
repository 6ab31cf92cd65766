package com.baobei.registration.masterdata.web;

import com.baobei.contracts.masterdata.MasterDataKeys.Kind;
import com.baobei.registration.masterdata.Agent;
import com.baobei.registration.masterdata.Channel;
import com.baobei.registration.masterdata.Consultant;
import com.baobei.registration.masterdata.InvalidMasterDataException;
import com.baobei.registration.masterdata.MasterDataRules;
import com.baobei.registration.masterdata.MasterEntity;
import com.baobei.registration.masterdata.Problem;
import com.baobei.registration.masterdata.Project;
import com.baobei.registration.masterdata.TenantProfile;
import com.baobei.registration.masterdata.persistence.MasterDataTable;
import com.baobei.registration.masterdata.web.Requests.AgentRequest;
import com.baobei.registration.masterdata.web.Requests.ChannelRequest;
import com.baobei.registration.masterdata.web.Requests.ConsultantRequest;
import com.baobei.registration.masterdata.web.Requests.ProjectRequest;
import com.baobei.registration.masterdata.web.Requests.TenantRequest;
import com.baobei.security.Allowed;
import com.baobei.security.Caller;
import com.baobei.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Master data of the caller's tenant (ADR 0014). A PUT is the entity's whole new state; the same state again
 * changes and publishes nothing. Every change is published on {@code baobei.masterdata.events}.
 */
@RestController
@RequestMapping("/api/v1/master-data")
@ApiResponse(responseCode = "401", description = "No valid bearer token")
@ApiResponse(responseCode = "403", description = "Only the tenant admin writes master data; the office reads it, channel "
        + "people their own channel, its agents and the projects it works at (docs/security.md)")
class MasterDataController {

    private final MasterDataWrites writes;
    private final MasterDataTable table;

    MasterDataController(MasterDataWrites writes, MasterDataTable table) {
        this.writes = writes;
        this.table = table;
    }

    @Operation(summary = "The tenant's profile (开发商): name, active")
    @ApiResponse(responseCode = "200", description = "Stored; published when it changed")
    @ApiResponse(responseCode = "400", description = "A field breaks a rule (problem+json names it)")
    @ApiResponse(responseCode = "403", description = "Only the tenant admin writes master data")
    @Allowed({Role.TENANT_ADMIN})
    @PutMapping("/tenant")
    MasterEntity putTenant(Caller caller, @RequestBody TenantRequest body) {
        Readers.requireWriter(caller);
        return writes.define(caller.tenant(), caller.subject(),
                new TenantProfile(Texts.clean(body.name()), Requests.active(body.active())));
    }

    @Operation(summary = "The tenant's profile")
    @ApiResponse(responseCode = "404", description = "Not defined yet")
    @Allowed({Role.CONSULTANT, Role.SITE_MANAGER, Role.MARKETING_MANAGER, Role.TENANT_ADMIN})
    @GetMapping("/tenant")
    MasterEntity tenant(Caller caller) {
        Readers.require(caller, false);
        return table.tenant(caller.tenant()).orElseThrow(() -> notFound("the tenant has no profile yet"));
    }

    @Operation(summary = "Create or change a project (项目): sales office, opening day, sales period, unit types")
    @ApiResponse(responseCode = "200", description = "Stored; published when it changed")
    @ApiResponse(responseCode = "400", description = "A field breaks a rule (problem+json names it)")
    @Allowed({Role.TENANT_ADMIN})
    @PutMapping("/projects/{projectId}")
    MasterEntity putProject(Caller caller, @PathVariable String projectId, @RequestBody ProjectRequest body) {
        Readers.requireWriter(caller);
        requireId("projectId", projectId);
        return writes.define(caller.tenant(), caller.subject(), new Project(projectId, Texts.clean(body.name()),
                Texts.clean(body.salesOffice()), body.openingDate(), body.salesFrom(), body.salesTo(),
                body.unitTypes(), Requests.active(body.active())));
    }

    @Operation(summary = "The tenant's projects",
            description = "Office people limited to some projects see those; channel people the projects their "
                    + "channel works at.")
    @Allowed({Role.CHANNEL_AGENT, Role.CHANNEL_MANAGER, Role.CONSULTANT, Role.SITE_MANAGER, Role.MARKETING_MANAGER,
            Role.TENANT_ADMIN})
    @GetMapping("/projects")
    List<MasterEntity> projects(Caller caller) {
        Readers.require(caller, true);
        Stream<Project> projects = table.all(caller.tenant(), Kind.PROJECT).stream().map(Project.class::cast);
        if (Readers.office(caller)) {
            return projects.filter(p -> caller.worksAt(p.projectId())).map(MasterEntity.class::cast).toList();
        }
        Optional<Channel> own = table.channel(caller.tenant(), caller.channel());
        return projects.filter(p -> own.isPresent() && own.get().worksAt(p.projectId()))
                .map(MasterEntity.class::cast).toList();
    }

    @Operation(summary = "Create or change a channel (渠道): kind, agreement period, the projects it works at")
    @ApiResponse(responseCode = "200", description = "Stored; published when it changed")
    @ApiResponse(responseCode = "400", description = "A field breaks a rule (problem+json names it)")
    @ApiResponse(responseCode = "422", description = "It names a project that does not exist")
    @Allowed({Role.TENANT_ADMIN})
    @PutMapping("/channels/{channelId}")
    MasterEntity putChannel(Caller caller, @PathVariable String channelId, @RequestBody ChannelRequest body) {
        Readers.requireWriter(caller);
        requireId("channelId", channelId);
        return writes.define(caller.tenant(), caller.subject(), new Channel(channelId, Texts.clean(body.name()),
                body.kind(), body.agreementFrom(), body.agreementTo(), body.projectIds(),
                Requests.active(body.active())));
    }

    @Operation(summary = "The tenant's channels", description = "Channel people see their own channel only.")
    @Allowed({Role.CHANNEL_AGENT, Role.CHANNEL_MANAGER, Role.CONSULTANT, Role.SITE_MANAGER, Role.MARKETING_MANAGER,
            Role.TENANT_ADMIN})
    @GetMapping("/channels")
    List<MasterEntity> channels(Caller caller) {
        Readers.require(caller, true);
        return table.all(caller.tenant(), Kind.CHANNEL).stream()
                .filter(c -> Readers.office(caller) || ((Channel) c).channelId().equals(caller.channel())).toList();
    }

    @Operation(summary = "Create or change an agent (经纪人) of a channel")
    @ApiResponse(responseCode = "200", description = "Stored; published when it changed")
    @ApiResponse(responseCode = "422", description = "The channel does not exist")
    @Allowed({Role.TENANT_ADMIN})
    @PutMapping("/channels/{channelId}/agents/{agentId}")
    MasterEntity putAgent(Caller caller, @PathVariable String channelId, @PathVariable String agentId,
                          @RequestBody AgentRequest body) {
        Readers.requireWriter(caller);
        requireId("channelId", channelId);
        requireId("agentId", agentId);
        return writes.define(caller.tenant(), caller.subject(),
                new Agent(channelId, agentId, Texts.clean(body.name()), Requests.active(body.active())));
    }

    @Operation(summary = "The agents of a channel", description = "Channel people: their own channel only.")
    @Allowed({Role.CHANNEL_AGENT, Role.CHANNEL_MANAGER, Role.CONSULTANT, Role.SITE_MANAGER, Role.MARKETING_MANAGER,
            Role.TENANT_ADMIN})
    @GetMapping("/channels/{channelId}/agents")
    List<MasterEntity> agents(Caller caller, @PathVariable String channelId) {
        Readers.require(caller, true);
        if (!Readers.office(caller)) {
            caller.requireChannel(channelId);
        }
        return table.children(caller.tenant(), Kind.AGENT, channelId);
    }

    @Operation(summary = "Create or change a property consultant (置业顾问) of a project, with their supervisor and agency (代理公司: ROT-3, ROT-4)")
    @ApiResponse(responseCode = "200", description = "Stored; published when it changed")
    @ApiResponse(responseCode = "422", description = "The project or the supervisor does not exist")
    @Allowed({Role.TENANT_ADMIN})
    @PutMapping("/projects/{projectId}/consultants/{consultantId}")
    MasterEntity putConsultant(Caller caller, @PathVariable String projectId, @PathVariable String consultantId,
                               @RequestBody ConsultantRequest body) {
        Readers.requireWriter(caller);
        requireId("projectId", projectId);
        requireId("consultantId", consultantId);
        return writes.define(caller.tenant(), caller.subject(), new Consultant(projectId, consultantId,
                Texts.clean(body.name()), Texts.clean(body.supervisorId()), Texts.clean(body.agencyId()),
                Requests.active(body.active())));
    }

    @Operation(summary = "The consultants of a project")
    @Allowed({Role.CONSULTANT, Role.SITE_MANAGER, Role.MARKETING_MANAGER, Role.TENANT_ADMIN})
    @GetMapping("/projects/{projectId}/consultants")
    List<MasterEntity> consultants(Caller caller, @PathVariable String projectId) {
        Readers.require(caller, false);
        caller.requireProject(projectId);
        return table.children(caller.tenant(), Kind.CONSULTANT, projectId);
    }

    private static void requireId(String field, String value) {
        List<Problem> problems = new ArrayList<>();
        MasterDataRules.id(value, field, problems);
        if (!problems.isEmpty()) {
            throw new InvalidMasterDataException(problems);
        }
    }

    private static ResponseStatusException notFound(String reason) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, reason);
    }
}
