package com.baobei.attribution.fold;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the fold keeps under one masked number: its registrations and the people (clients) behind it.
 * Registrations, visits and purchases read both; one map entry per number means one hash look-up per event
 * instead of one per kind of state (each look-up of a big project's map is a miss in the core's cache).
 */
final class SameNumber {

    /** The number's registrations that passed ID-1's form checks, in fold order; null until the first. */
    private List<Reg> regs;
    /** The number's people in order of appearance (the first has the plain client key); null until the first. */
    private List<Client> clients;
    /** REG-6: the names counted under the number, per channel and day; null until the first. */
    private List<QualityDays.Name> names;

    List<Reg> regs() {
        return regs == null ? List.of() : regs;
    }

    List<Client> clients() {
        return clients == null ? List.of() : clients;
    }

    List<QualityDays.Name> names() {
        return names == null ? List.of() : names;
    }

    void add(QualityDays.Name name) {
        if (names == null) {
            names = new ArrayList<>(2);
        }
        names.add(name);
    }

    void add(Reg reg) {
        if (regs == null) {
            regs = new ArrayList<>(2);
        }
        regs.add(reg);
    }

    void add(Client client) {
        if (clients == null) {
            clients = new ArrayList<>(1);
        }
        clients.add(client);
    }
}
