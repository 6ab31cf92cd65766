package com.baobei.visit.reception;

import com.baobei.visit.calls.CallRotaId;
import com.baobei.visit.calls.CallTaken;
import com.baobei.visit.calls.TakeCall;
import com.baobei.visit.pii.ClientContacts;
import com.baobei.visit.shared.PhoneRef;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The hotline (ROT-3): a call is recorded on the project's call rota, which says whose it is. A caller's full number,
 * when shown, goes to client_contact like a visitor's; the command and event get the masked number and hash.
 */
@Component
public class Hotline {

    private final CommandGateway commands;
    private final ClientContacts contacts;
    private final ZoneId zone;

    public Hotline(CommandGateway commands, ClientContacts contacts, @Value("${baobei.visit.zone}") ZoneId zone) {
        this.commands = commands;
        this.contacts = contacts;
        this.zone = zone;
    }

    public CallTaken take(String tenantId, String projectId, String callId, Instant calledAt, String callerSurname,
                          String callerPhone, String takenByAgencyId, String recordedBy) {
        PhoneRef caller = callerPhone == null ? null : contacts.keep(tenantId, callerPhone);
        return commands.sendAndWait(new TakeCall(CallRotaId.of(tenantId, projectId), callId,
                LocalDate.ofInstant(calledAt, zone), calledAt, callerSurname, caller, takenByAgencyId, recordedBy));
    }
}
