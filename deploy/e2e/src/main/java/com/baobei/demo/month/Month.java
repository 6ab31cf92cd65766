package com.baobei.demo.month;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A month at the sales offices: the cast, the policies and agreements, and every step. Steps with a business time
 * come first, in business-time order; then those the server dates (registrations made live, disputes, rulings,
 * fines), in the order they are to be fed.
 *
 * @param firstDay the month's first day; the month ends the day before {@link #feedDay()}
 */
public record Month(long seed, LocalDate firstDay, int days, ZoneId zone, List<Tenant> tenants,
                    List<Project> projects, List<Channel> channels, List<Agreement> agreements, List<Step> steps) {

    public Month {
        tenants = List.copyOf(tenants);
        projects = List.copyOf(projects);
        channels = List.copyOf(channels);
        agreements = List.copyOf(agreements);
        steps = List.copyOf(steps);
    }

    public LocalDate lastDay() {
        return firstDay.plusDays(days - 1L);
    }

    /** The day the month is fed: disputes, rulings and live registrations carry this day's server time. */
    public LocalDate feedDay() {
        return firstDay.plusDays(days);
    }

    public Project project(String id) {
        return projects.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no project " + id));
    }

    public Channel channel(String id) {
        return channels.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no channel " + id));
    }

    public Set<HardCase> hardCases() {
        Set<HardCase> all = EnumSet.noneOf(HardCase.class);
        steps.forEach(s -> all.addAll(s.cases()));
        return all;
    }

    public <T extends Step> List<T> steps(Class<T> type) {
        return steps.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
