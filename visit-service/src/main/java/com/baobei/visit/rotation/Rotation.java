package com.baobei.visit.rotation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.baobei.visit.shared.ConflictingStateException;
import com.baobei.visit.shared.InvalidCommandException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The reception queue of one project on one day (轮序接待). Its state is only the order of the
 * consultants on duty and who took the last turn; every event carries the order after it, so the
 * office's view of the queue needs no copy of these rules.
 */
@Aggregate
public class Rotation {

    @AggregateIdentifier
    private String rotationId;
    private List<String> queue = List.of();
    private String lastTurn;

    protected Rotation() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetRotation command) {
        if (command.consultants().isEmpty()) {
            throw new InvalidCommandException("consultants", "ROT-1: at least one consultant on duty");
        }
        if (new HashSet<>(command.consultants()).size() != command.consultants().size()) {
            throw new InvalidCommandException("consultants", "ROT-1: a consultant is on duty once");
        }
        apply(new RotationSet(command.rotationId(), command.tenantId(), command.projectId(), command.day(),
                command.consultants(), command.setBy(), command.setAt()));
    }

    @CommandHandler
    public Reception handle(ReceiveNaturalVisit command) {
        String head = queue.get(0);
        if (command.consultantId() != null && !command.consultantId().equals(head)) {
            return Reception.by(command.consultantId(), false, "ROT-2",
                    "received out of turn by the consultant named (the one the client asked for)");
        }
        List<String> after = new ArrayList<>(queue.subList(1, queue.size()));
        after.add(head);
        apply(new TurnTaken(rotationId, command.visitId(), head, after));
        return Reception.by(head, true, "ROT-1", "the head of the day's rotation receives and goes to the back");
    }

    @CommandHandler
    public Reception handle(ReceiveMarketResearcher command) {
        return Reception.by(queue.get(queue.size() - 1), false, "VIS-8",
                "a market researcher is received by the last consultant in the rotation and takes no turn");
    }

    /** ROT-4: the first consultant in the queue among the route's; they go to the back, the others keep their places. */
    @CommandHandler
    public Reception handle(ReceiveRouted command) {
        String first = queue.stream().filter(command.eligible()::contains).findFirst().orElseThrow(() ->
                new ConflictingStateException("consultantId", "ROT-4: no consultant of the agencies channel "
                        + command.channelId() + " is routed to is on duty; add one to the rotation or name them"));
        List<String> after = new ArrayList<>(queue);
        after.remove(first);
        after.add(first);
        apply(new TurnTaken(rotationId, command.visitId(), first, after));
        return new Reception(first, true, List.of("ROT-4", "ROT-1"), "channel " + command.channelId()
                + " is routed to some agencies: " + first + " is the first of their consultants in the rotation", false);
    }

    @CommandHandler
    public void handle(ReportDeclined command) {
        String consultant = command.consultantId() == null ? queue.get(0) : command.consultantId();
        if (consultant.equals(queue.get(0))) {
            apply(new ServiceDeclined(rotationId, consultant, false, queue, command.reportedBy(), command.reportedAt()));
            return;
        }
        if (!consultant.equals(lastTurn)) {
            throw new ConflictingStateException("consultantId", "ROT-2: only the consultant at the head, or the one "
                    + "who took the last turn, keeps the head when a client declines");
        }
        List<String> after = new ArrayList<>(queue);
        after.remove(consultant);
        after.add(0, consultant);
        apply(new ServiceDeclined(rotationId, consultant, true, after, command.reportedBy(), command.reportedAt()));
    }

    @EventSourcingHandler
    void on(RotationSet event) {
        this.rotationId = event.rotationId();
        this.queue = List.copyOf(event.queue());
        this.lastTurn = null;
    }

    @EventSourcingHandler
    void on(TurnTaken event) {
        this.queue = List.copyOf(event.queueAfter());
        this.lastTurn = event.consultantId();
    }

    @EventSourcingHandler
    void on(ServiceDeclined event) {
        this.queue = List.copyOf(event.queueAfter());
        this.lastTurn = null;
    }
}
