package com.baobei.visit.reception;

import com.baobei.contracts.visit.Visited.Kind;
import com.baobei.contracts.visit.Visited.NonClientReason;
import com.baobei.visit.pii.ClientContacts;
import com.baobei.visit.rotation.Reception;
import com.baobei.visit.rotation.ReceiveMarketResearcher;
import com.baobei.visit.rotation.ReceiveNaturalVisit;
import com.baobei.visit.rotation.RotationId;
import com.baobei.visit.shared.ConflictingStateException;
import com.baobei.visit.shared.InvalidCommandException;
import com.baobei.visit.shared.PhoneRef;
import com.baobei.visit.view.RotationViews;
import com.baobei.visit.view.VisitView;
import com.baobei.visit.view.VisitViews;
import com.baobei.visit.visit.RecordVisit;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Decides who receives a visitor and records the visit, in the caller's transaction:
 * a natural first visit takes the rotation's turn (ROT-1), a market researcher goes to the last
 * consultant (VIS-8), a companion to the consultant of the client they came with (VIS-3), a
 * returning client to their original consultant (VIS-9). Full numbers go to client_contact;
 * commands and events get the masked number and the keyed hash.
 */
@Component
public class FrontDesk {

    private final CommandGateway commands;
    private final ClientContacts contacts;
    private final VisitViews visits;
    private final RotationViews rotations;
    private final ZoneId zone;

    public FrontDesk(CommandGateway commands, ClientContacts contacts, VisitViews visits, RotationViews rotations,
                     @Value("${baobei.visit.zone}") ZoneId zone) {
        this.commands = commands;
        this.contacts = contacts;
        this.visits = visits;
        this.rotations = rotations;
        this.zone = zone;
    }

    public void receive(Arrival a) {
        PhoneRef client = a.clientPhone() == null ? null : contacts.keep(a.tenantId(), a.clientPhone());
        String referrerHash = a.referrerPhone() == null ? null : contacts.keep(a.tenantId(), a.referrerPhone()).phoneHash();
        Reception reception = receptionOf(a, client);
        commands.sendAndWait(new RecordVisit(a.visitId(), a.tenantId(), a.projectId(), a.kind(), a.clientSurname(),
                client, reception.consultantId(), a.registrationId(), a.form(), a.accompaniedVisitId(), referrerHash,
                a.insider(), a.nonClientReason(), a.visitedAt(), a.recordedBy(), reception.turnTaken()));
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
            return new Reception(a.consultantId() != null ? a.consultantId() : originalConsultant(a, client), false);
        }
        if (a.registrationId() != null) {
            return new Reception(a.consultantId(), false);
        }
        if (!rotations.existsById(rotationId) && a.consultantId() != null) {
            return new Reception(a.consultantId(), false);
        }
        return onRotation(rotationId, new ReceiveNaturalVisit(rotationId, a.visitId(), a.consultantId()),
                "ROT-1: no consultants on duty for the day; set the rotation or name the consultant");
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
