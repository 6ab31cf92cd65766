package com.baobei.attribution.fold;

import com.baobei.attribution.fold.rules.Reg6Quality;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * REG-6's counts per channel and calendar day, kept while folding: how many distinct clients (number and
 * surname) the channel registered that day, and how many of them came within a registration's validity.
 * Counted when each registration is counted and when it is first visited, while its facts are at hand,
 * instead of in a sweep over every registration at the end.
 */
final class QualityDays {

    /**
     * One client (number and surname) a channel registered on one day, shared by that day's registrations of
     * the client. Kept with the number ({@link SameNumber}): a number has a few, found by a look through them
     * instead of a map of every registered name (a miss in the cache per registration).
     */
    static final class Name {

        private final String channel;
        private final LocalDate date;
        private final String surname;
        private final int[] day;
        private boolean visited;

        private Name(String channel, LocalDate date, String surname, int[] day) {
            this.channel = channel;
            this.date = date;
            this.surname = surname;
            this.day = day;
        }

        private boolean is(String channel, LocalDate date, String surname) {
            return this.channel.equals(channel) && this.date.equals(date) && this.surname.equals(surname);
        }
    }

    private record ChannelDay(String channel, LocalDate day) {
    }

    /** Per channel and day: {registered clients, visited clients}. */
    private final Map<ChannelDay, int[]> counts = new HashMap<>();

    /**
     * A registration that passed ID-1 and REG-8 now counts: its client is counted once for its channel and day.
     * {@code number} holds the names already counted under the registration's number.
     */
    Name counted(Reg reg, SameNumber number) {
        String surname = reg.surname.strip();
        List<Name> names = number.names();
        for (int i = 0; i < names.size(); i++) {
            Name name = names.get(i);
            if (name.is(reg.channel, reg.day, surname)) {
                return name;
            }
        }
        int[] day = counts.computeIfAbsent(new ChannelDay(reg.channel, reg.day), k -> new int[2]);
        day[0]++;
        moved(day);
        Name name = new Name(reg.channel, reg.day, surname, day);
        number.add(name);
        return name;
    }

    /** The registration's client came within its validity: the client counts as visited for that day. */
    void visited(Reg reg) {
        Name name = reg.name;
        if (name != null && !name.visited) {
            name.visited = true;
            name.day[1]++;
            moved(name.day);
        }
    }

    /**
     * ADR 0031: the disputes whose proposal read a day's counts, by the day's counts (the array itself); null while
     * the fold is not read for resuming. A count that moves marks them ({@link Marks}).
     */
    private java.util.IdentityHashMap<int[], List<DisputeRec>> readers;
    private Marks marks;

    /** From now on, remember who reads a day and mark them when its counts move. */
    void track(Marks marks) {
        this.marks = marks;
        if (readers == null) {
            readers = new java.util.IdentityHashMap<>();
        }
    }

    private void moved(int[] day) {
        if (marks != null) {
            List<DisputeRec> read = readers.get(day);
            if (read != null) {
                read.forEach(marks::mark);
            }
        }
    }

    /** {@link #poor(Reg)}, read by {@code reader}'s proposal: remembered, so that a change of the day's counts marks it. */
    boolean poor(Reg reg, DisputeRec reader) {
        if (readers == null) {
            return poor(reg);
        }
        int[] day = counts.computeIfAbsent(new ChannelDay(reg.channel, reg.day), k -> new int[2]);
        List<DisputeRec> read = readers.computeIfAbsent(day, k -> new ArrayList<>(2));
        if (!read.contains(reader)) {
            read.add(reader);
        }
        return Reg6Quality.poorDay(day[0], day[1], reg.policy);
    }

    /** REG-6 for the channel and calendar day of a registration. */
    boolean poor(Reg reg) {
        int[] day = counts.get(new ChannelDay(reg.channel, reg.day));
        return day != null && Reg6Quality.poorDay(day[0], day[1], reg.policy);
    }

    /**
     * RPT-1 reads the counts REG-6 judged, not a second count: {registered clients, visited clients} of a channel's
     * day, zeros when the channel registered nobody that day who counted.
     */
    int[] counts(String channel, LocalDate date) {
        int[] day = counts.get(new ChannelDay(channel, date));
        return day == null ? new int[2] : day.clone();
    }

    record AgentDay(String channel, String agent, LocalDate day) {
    }

    /**
     * RPT-1's per-agent figures, counted as REG-6 counts a channel's: a client is a number and surname registered
     * that day by a registration that counted (past ID-1 and REG-8), once however often, and visited when any of
     * those registrations was ({@link #visited}). REG-6 judges channels only, so this runs only for a report.
     */
    static Map<AgentDay, int[]> agentCounts(List<Reg> regs) {
        Map<AgentDay, Map<String, Boolean>> names = new HashMap<>();
        for (Reg reg : regs) {
            if (reg.counted && reg.name != null) {
                names.computeIfAbsent(new AgentDay(reg.channel, reg.agent, reg.day), k -> new HashMap<>())
                        .merge(reg.masked + '\n' + reg.surname.strip(), reg.visited, Boolean::logicalOr);
            }
        }
        Map<AgentDay, int[]> out = new HashMap<>();
        names.forEach((day, clients) -> out.put(day, new int[] {clients.size(),
                (int) clients.values().stream().filter(Boolean::booleanValue).count()}));
        return out;
    }
}
