package com.baobei.commission.agreement;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * COM-2: natural months by default; or a custom first period from the agreement date to a fixed
 * date (XX住宅: signing date to 2016-04-30), then natural months. When the fixed date is not a
 * month end, the rest of that month is a short period of its own, so periods never overlap.
 *
 * @param agreementStart first day of the custom first period; ignored when {@code firstPeriodEnd} is null
 * @param firstPeriodEnd last day (inclusive) of the custom first period, or null for natural months only
 */
public record PeriodScheme(LocalDate agreementStart, LocalDate firstPeriodEnd) {

    public static final PeriodScheme NATURAL_MONTHS = new PeriodScheme(null, null);

    public PeriodScheme {
        if (firstPeriodEnd != null && (agreementStart == null || firstPeriodEnd.isBefore(agreementStart))) {
            throw new IllegalArgumentException("a custom first period needs a start on or before its end");
        }
    }

    public boolean hasCustomFirstPeriod() {
        return firstPeriodEnd != null;
    }

    public Period periodOf(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        if (!hasCustomFirstPeriod()) {
            return new Period(first, last);
        }
        if (!day.isBefore(agreementStart) && !day.isAfter(firstPeriodEnd)) {
            return new Period(agreementStart, firstPeriodEnd);
        }
        if (day.isBefore(agreementStart)) {
            LocalDate dayBefore = agreementStart.minusDays(1);
            return new Period(first, last.isAfter(dayBefore) ? dayBefore : last);
        }
        LocalDate dayAfter = firstPeriodEnd.plusDays(1);
        return new Period(first.isBefore(dayAfter) ? dayAfter : first, last);
    }

    public Period next(Period period) {
        return periodOf(period.end().plusDays(1));
    }

    public boolean isPeriodStart(LocalDate day) {
        return periodOf(day).start().equals(day);
    }
}
