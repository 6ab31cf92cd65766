package com.baobei.visit.reception;

import com.baobei.contracts.visit.Visited.Kind;
import com.baobei.contracts.visit.Visited.NonClientReason;
import com.baobei.visit.masterdata.Consultants;
import com.baobei.visit.pii.ClientContacts;
import com.baobei.visit.rotation.Reception;
import com.baobei.visit.rotation.ReceiveRouted;
import com.baobei.visit.routing.Rot4RoutingByChannel;
import com.baobei.visit.routing.Route;
import com.baobei.visit.rotation.ReceiveMarketResearcher;
import com.baobei.visit.rotation.ReceiveNaturalVisit;
import com.baobei.visit.rotation.RotationId;
import com.baobei.visit.shared.ConflictingStateException;
import com.baobei.visit.shared.InvalidCommandException;
import com.baobei.visit.shared.PhoneRef;
import com.baobei.visit.view.Routes;
import com.baobei.visit.view.RotationView;
import com.baobei.visit.view.RotationViews;
import com.baobei.visit.view.VisitView;
import com.baobei.visit.view.VisitViews;
import com.baobei.visit.visit.ReceptionNote;
import com.baobei.visit.visit.RecordVisit;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Decides who receives a visitor and records the visit, in the caller's transaction:
 * a natural first visit takes the rotation's turn (ROT-1), a market researcher goes to the last
 * consultant (VIS-8), a companion to the consultant of the client they came with (VIS-3), a
 * returning client to their original consultant or, when they are away or gone, their supervisor (VIS-9), a
 * channel's client by the project's routing (ROT-4). Each visit keeps the rule ids and reason of its reception.
 * Full numbers go to client_contact; commands and events get the masked number and the keyed hash.
 */
@Component
public class FrontDesk {

    private final CommandGateway commands;
    private final ClientContacts contacts;
    private final VisitViews visits;
    private final RotationViews rotations;
    private final Routes routes;
    private final Consultants consultants;
    private final ZoneId zone;

    public FrontDesk(CommandGateway commands, ClientContacts contacts, VisitViews visits, RotationViews rotations,
                     Routes routes, Consultants consultants, @Value("${baobei.visit.zone}") ZoneId zone) {
        this.commands = commands;
        this.contacts = contacts;
        this.visits = visits;
        this.rotations = rotations;
        this.routes = routes;
        this.consultants = consultants;
        this.zone = zone;
    }

    public void receive(Arrival a) {
        PhoneRef client = a.clientPhone() == null ? null : contacts.keep(a.tenantId(), a.clientPhone());
        String referrerHash = a.referrerPhone() == null ? null : contacts.keep(a.tenantId(), a.referrerPhone()).phoneHash();
        Reception reception = receptionOf(a, client);
        ReceptionNote note = reception.ruleIds().isEmpty() ? null
                : new ReceptionNote(reception.ruleIds(), reception.reason(), reception.outsideRouting());
        commands.sendAndWait(new RecordVisit(a.visitId(), a.tenantId(), a.projectId(), a.kind(), a.clientSurname(),
                client, reception.consultantId(), a.registrationId(), a.form(), a.accompaniedVisitId(), referrerHash,
                a.insider(), a.nonClientReason(), a.visitedAt(), a.recordedBy(), reception.turnTaken(),
                a.channelId(), note));
    }

    private Reception receptionOf(Arrival a, PhoneRef client) {
        String rotationId = RotationId.of(a.tenantId(), a.projectId(), LocalDate.ofInstant(a.visitedAt(), zone));
        if (a.kind() == Kind.NON_CLIENT) {
            if (a.nonClientReason() == NonClientReason.MARKET_RESEARCHER && a.consultantId() == null) {
                return onRotation(rotationId, new ReceiveMarketResearcher(rotationId, a.visitId()),
                        "VIS-8: no rotation for the day to find the last consultant; set it or name the consultant");
            }
            return new Reception(a.consultantId(), false);
        }
        if (a.kind() == Kind.COMPANION) {
            VisitView accompanied = accompanied(a);
            return new Reception(a.consultantId() != null ? a.consultantId() : accompanied.getConsultantId(), false);
        }
        if (a.kind() == Kind.RETURN) {
            return a.consultantId() != null
                    ? Reception.by(a.consultantId(), false, Vis9ReturningClient.RULE,
                            "a returning client, received by the consultant the desk named")
                    : Vis9ReturningClient.receive(originalConsultant(a, client),
                            id -> consultants.find(a.tenantId(), a.projectId(), id), onDuty(rotationId));
        }
        if (a.registrationId() != null) {
            return channelBrought(a, rotationId);
        }
        if (!rotations.existsById(rotationId) && a.consultantId() != null) {
            return new Reception(a.consultantId(), false);
        }
        return onRotation(rotationId, new ReceiveNaturalVisit(rotationId, a.visitId(), a.consultantId()),
                "ROT-1: no consultants on duty for the day; set the rotation or name the consultant");
    }

    /**
     * ROT-4: a channel the project routes goes to its agencies' consultants, and a consultant named outside them is
     * flagged; any other channel's client is received by the consultant named or, with none, the general rotation.
     */
    private Reception channelBrought(Arrival a, String rotationId) {
        Optional<Route> route = a.channelId() == null ? Optional.empty()
                : routes.of(a.tenantId(), a.projectId(), a.channelId());
        if (a.consultantId() != null) {
            return route.map(r -> Rot4RoutingByChannel.named(r, a.consultantId(),
                    consultants.agencyOf(a.tenantId(), a.projectId(), a.consultantId())))
                    .orElseGet(() -> new Reception(a.consultantId(), false));
        }
        if (route.isEmpty()) {
            return onRotation(rotationId, new ReceiveNaturalVisit(rotationId, a.visitId(), null),
                    "ROT-1: no consultants on duty for the day; set the rotation or name the consultant");
        }
        List<String> queue = rotations.findById(rotationId).map(RotationView::getQueue).orElseThrow(() ->
                new ConflictingStateException("consultantId", "ROT-4: no rotation for the day to find a consultant of "
                        + String.join(", ", route.get().agencies()) + "; set it or name the consultant"));
        List<String> eligible = Rot4RoutingByChannel.eligible(route.get(), queue,
                id -> consultants.agencyOf(a.tenantId(), a.projectId(), id));
        return commands.sendAndWait(new ReceiveRouted(rotationId, a.visitId(), a.channelId(), eligible));
    }

    /** VIS-9: who is on duty today, or null when no rotation is set (then nobody counts as away). */
    private Set<String> onDuty(String rotationId) {
        return rotations.findById(rotationId).map(r -> (Set<String>) new HashSet<>(r.getQueue())).orElse(null);
    }

    /**
     * Asks the day's rotation. Its absence is checked on the view (written in the same transactions
     * as the rotation's events) rather than by a failed load, which would doom the transaction.
     */
    private Reception onRotation(String rotationId, Object command, String noRotation) {
        if (!rotations.existsById(rotationId)) {
            throw new ConflictingStateException("consultantId", noRotation);
        }
        return commands.sendAndWait(command);
    }

    /** VIS-3: the visit a companion came with, in the same project. */
    private VisitView accompanied(Arrival a) {
        VisitView accompanied = visits.findById(a.accompaniedVisitId()).orElse(null);
        if (accompanied == null || !accompanied.getTenantId().equals(a.tenantId())
                || !accompanied.getProjectId().equals(a.projectId())
                || accompanied.getKind().equals(Kind.NON_CLIENT.name())) {
            throw new InvalidCommandException("accompaniedVisitId",
                    "VIS-3: no client visit " + a.accompaniedVisitId() + " in this project");
        }
        return accompanied;
    }

    /** VIS-9: the consultant who received the client first in this project. */
    private String originalConsultant(Arrival a, PhoneRef client) {
        List<VisitView> earliest = visits.earliestOfClient(a.tenantId(), a.projectId(), client.phoneHash(),
                PageRequest.of(0, 1));
        if (earliest.isEmpty()) {
            throw new ConflictingStateException("consultantId",
                    "VIS-9: no earlier visit of this client in this project; name the consultant");
        }
        return earliest.get(0).getConsultantId();
    }
}
