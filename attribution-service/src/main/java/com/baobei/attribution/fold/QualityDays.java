package com.baobei.attribution.fold;

import com.baobei.attribution.fold.rules.Reg6Quality;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * REG-6's counts per channel and calendar day, kept while folding: how many distinct clients (number and
 * surname) the channel registered that day, and how many of them came within a registration's validity.
 * Counted when each registration is counted and when it is first visited, while its facts are at hand,
 * instead of in a sweep over every registration at the end.
 */
final class QualityDays {

    /** One client a channel registered on one day, shared by that day's registrations of the client. */
    static final class Name {

        private final int[] day;
        private boolean visited;

        private Name(int[] day) {
            this.day = day;
        }
    }

    private record ChannelDay(String channel, LocalDate day) {
    }

    private record DayName(String channel, LocalDate day, String masked, String surname) {
    }

    /** Per channel and day: {registered clients, visited clients}. */
    private final Map<ChannelDay, int[]> counts = new HashMap<>();
    private final Map<DayName, Name> names = new HashMap<>();

    /** A registration that passed ID-1 and REG-8 now counts: its client is counted once for its channel and day. */
    Name counted(Reg reg) {
        DayName key = new DayName(reg.channel, reg.day, reg.masked, reg.surname.strip());
        Name name = names.get(key);
        if (name == null) {
            int[] day = counts.computeIfAbsent(new ChannelDay(reg.channel, reg.day), k -> new int[2]);
            day[0]++;
            name = new Name(day);
            names.put(key, name);
        }
        return name;
    }

    /** The registration's client came within its validity: the client counts as visited for that day. */
    static void visited(Reg reg) {
        Name name = reg.name;
        if (name != null && !name.visited) {
            name.visited = true;
            name.day[1]++;
        }
    }

    /** REG-6 for the channel and calendar day of a registration. */
    boolean poor(Reg reg) {
        int[] day = counts.get(new ChannelDay(reg.channel, reg.day));
        return day != null && Reg6Quality.poorDay(day[0], day[1], reg.policy);
    }
}
