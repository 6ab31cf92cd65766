package com.baobei.attribution.fold;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * What the pass changed since the decisions were last read off a state that is folded on (ADR 0031, third round):
 * the clients, registrations, purchases and disputes a step touched, and REG-6 days whose counts moved. With the
 * queue of the deadlines that the last read left ahead of it, they are the only items whose decision can differ from
 * the last read's: the next read visits them and keeps every other decision as it was.
 */
final class Marks {

    final List<Client> clients = new ArrayList<>();
    final List<Reg> regs = new ArrayList<>();
    final List<PurchaseRec> purchases = new ArrayList<>();
    final List<DisputeRec> disputes = new ArrayList<>();

    /** A deadline the last read saw ahead of it: when it passes, the item's decision may change. */
    private record Due(Instant at, Marked item) implements Comparable<Due> {
        @Override
        public int compareTo(Due o) {
            return at.compareTo(o.at);
        }
    }

    private final PriorityQueue<Due> deadlines = new PriorityQueue<>();
    /** How many registrations the last read read: those after it are new (a settled verdict is no sign of that). */
    int regsRead;
    /** What the last marked read visited: clients, registrations, purchases, disputes. */
    int[] reread = new int[4];

    /** Puts the item on its kind's list, once until the next read. */
    void mark(Marked item) {
        if (item.marked) {
            return;
        }
        if (item instanceof Client c) {
            clients.add(c);
        } else if (item instanceof Reg reg) {
            regs.add(reg);
        } else if (item instanceof PurchaseRec p) {
            purchases.add(p);
        } else {
            disputes.add((DisputeRec) item);
        }
        item.marked = true;
    }

    /** A deadline of a client (its protection or claim ends) or of a registration (it lapses) after the read's time. */
    void due(Instant at, Marked item) {
        deadlines.add(new Due(at, item));
    }

    /** Marks every item whose queued deadline is at or before {@code asOf}, and takes it from the queue. */
    void passed(Instant asOf) {
        while (!deadlines.isEmpty() && !deadlines.peek().at().isAfter(asOf)) {
            mark(deadlines.poll().item());
        }
    }

    /** After a read: nothing is marked. The queue stays. */
    void clear() {
        for (List<? extends Marked> marked : List.of(clients, regs, purchases, disputes)) {
            marked.forEach(item -> item.marked = false);
            marked.clear();
        }
    }

    int queued() {
        return deadlines.size();
    }
}
