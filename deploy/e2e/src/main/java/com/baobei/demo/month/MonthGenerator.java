package com.baobei.demo.month;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The demo month, generated from a seed: a pure function of (seed, first day). The same seed and first day give the
 * same month, step for step; the first day only moves the calendar.
 */
public final class MonthGenerator {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final int DAYS = 30;
    public static final long DEFAULT_SEED = 20_260_301L;

    private MonthGenerator() {
    }

    public static Month generate(long seed, LocalDate firstDay) {
        MonthBuilder b = new MonthBuilder(seed, firstDay, DAYS, ZONE);
        Cast.write(b, firstDay);
        OrdinaryDays ordinary = new OrdinaryDays(b);
        for (String project : new String[] {Cast.BINJIANG, Cast.YUNTING, Cast.HUPAN}) {
            ordinary.write(b.project(project));
        }
        new HardCases(b, ordinary).write();
        return b.build();
    }

    /** The month that ended yesterday: what {@code ./run.sh --demo} feeds today. */
    public static LocalDate firstDayOfMonthEndingBefore(LocalDate today) {
        return today.minusDays(DAYS);
    }
}
