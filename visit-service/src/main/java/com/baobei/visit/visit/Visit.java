package com.baobei.visit.visit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.baobei.contracts.visit.VisitForm;
import com.baobei.contracts.visit.Visited.Kind;
import com.baobei.visit.shared.ConflictingStateException;
import com.baobei.visit.shared.InvalidCommandException;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One visit (到访). It records what the office saw; whether the visit confirms a channel's claim
 * is the attribution service's decision over the project's whole history.
 */
@Aggregate
public class Visit {

    @AggregateIdentifier
    private String visitId;
    private String tenantId;
    private String projectId;
    private Kind kind;
    private String maskedPhone;
    private String registrationId;
    private VisitForm form;

    protected Visit() {
    }

    @CommandHandler
    public Visit(RecordVisit command) {
        requireShape(command);
        VisitForm form = command.form() == null ? VisitForm.NONE : command.form();
        apply(new VisitRecorded(command.visitId(), command.tenantId(), command.projectId(), command.kind(),
                command.clientSurname(), command.client(), command.consultantId(), command.registrationId(),
                form, command.accompaniedVisitId(), command.referrerPhoneHash(), command.insider(),
                command.nonClientReason(), command.visitedAt(), command.recordedBy(), command.turnTaken(),
                command.channelId(), command.reception()));
    }

    /** VIS-1: a later signature completes the form; the site manager may instead mark it invalid. A final form stays. */
    @CommandHandler
    public void handle(SignVisitForm command) {
        if (kind == Kind.NON_CLIENT || registrationId == null) {
            throw new ConflictingStateException("visitId",
                    "VIS-1: only a channel-brought visit (one naming a registration) has a form to sign");
        }
        if (form.status() != VisitForm.Status.PENDING) {
            throw new ConflictingStateException("visitId", "VIS-1: the form is already " + form.status());
        }
        VisitForm next = new VisitForm(
                merge("agentSignature", form.agentSignature(), command.agentSignature()),
                merge("consultantSignature", form.consultantSignature(), command.consultantSignature()),
                merge("siteManagerSignature", form.siteManagerSignature(), command.siteManagerSignature()),
                command.invalid(), command.invalid() ? command.invalidReason() : null);
        VisitForms.requireConsistent(next, "");
        if (next.equals(form)) {
            throw new InvalidCommandException("form", "VIS-1: nothing to sign: no new signature and not invalid");
        }
        apply(new VisitFormChanged(visitId, tenantId, projectId, maskedPhone, next, command.signedAt(),
                command.signedBy()));
    }

    private static String merge(String field, String signed, String signing) {
        if (signing == null) {
            return signed;
        }
        if (signed != null && !signed.equals(signing)) {
            throw new ConflictingStateException(field, "VIS-1: already signed; a signature is not replaced");
        }
        return signing;
    }

    private static void requireShape(RecordVisit c) {
        if (c.kind() == Kind.NON_CLIENT) {
            if (c.nonClientReason() == null) {
                throw new InvalidCommandException("nonClientReason", "VIS-8: a non-client visit says why they came");
            }
            if (c.client() != null || c.clientSurname() != null || c.registrationId() != null
                    || c.accompaniedVisitId() != null || c.referrerPhoneHash() != null
                    || (c.form() != null && !c.form().equals(VisitForm.NONE))) {
                throw new InvalidCommandException("kind", "VIS-8: a non-client is not a client: no client, "
                        + "registration, form, companion or referrer");
            }
            return;
        }
        if (c.nonClientReason() != null) {
            throw new InvalidCommandException("nonClientReason", "only for kind NON_CLIENT (VIS-8)");
        }
        if (c.clientSurname() == null || c.clientSurname().isBlank()) {
            throw new InvalidCommandException("clientSurname", "ID-1: a client visit needs the client's surname");
        }
        if (c.client() == null) {
            throw new InvalidCommandException("clientPhone", "ID-2: a client visit needs the client's number");
        }
        if (c.consultantId() == null) {
            throw new InvalidCommandException("consultantId", "a client is received by a consultant");
        }
        if (c.kind() == Kind.COMPANION && c.accompaniedVisitId() == null) {
            throw new InvalidCommandException("accompaniedVisitId", "VIS-3: a companion names the visit they came with");
        }
        if (c.kind() != Kind.COMPANION && c.accompaniedVisitId() != null) {
            throw new InvalidCommandException("accompaniedVisitId", "VIS-3: only a COMPANION names an accompanied visit");
        }
        if (Objects.equals(c.referrerPhoneHash(), c.client().phoneHash())) {
            throw new InvalidCommandException("referrerPhone", "PUR-6: a client does not refer themselves");
        }
        if (c.channelId() != null && c.registrationId() == null) {
            throw new InvalidCommandException("channelId", "ROT-4: a channel is named with the registration it made");
        }
        if (c.form() != null && !c.form().equals(VisitForm.NONE)) {
            if (c.registrationId() == null) {
                throw new InvalidCommandException("form", "VIS-1: the visit form names the registration (registrationId)");
            }
            VisitForms.requireConsistent(c.form(), "form.");
        }
    }

    @EventSourcingHandler
    void on(VisitRecorded event) {
        this.visitId = event.visitId();
        this.tenantId = event.tenantId();
        this.projectId = event.projectId();
        this.kind = event.kind();
        this.maskedPhone = event.client() == null ? null : event.client().maskedPhone();
        this.registrationId = event.registrationId();
        this.form = event.form();
    }

    @EventSourcingHandler
    void on(VisitFormChanged event) {
        this.form = event.form();
    }
}
