package com.baobei.commission.agreement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** A settlement period: calendar days from {@code start} to {@code end}, both inclusive, in the agreement's zone (COM-2). */
public record Period(LocalDate start, LocalDate end) implements Comparable<Period> {

    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts: " + start + ".." + end);
        }
    }

    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public boolean naturalMonth() {
        return start.getDayOfMonth() == 1 && end.equals(YearMonth.from(start).atEndOfMonth());
    }

    /** {@code 2024-03} for a natural month, else {@code 2016-03-15..2016-04-30}. */
    public String label() {
        return naturalMonth() ? YearMonth.from(start).toString() : start + ".." + end;
    }

    @Override
    public int compareTo(Period other) {
        return start.compareTo(other.start);
    }

    @Override
    public String toString() {
        return label();
    }
}
