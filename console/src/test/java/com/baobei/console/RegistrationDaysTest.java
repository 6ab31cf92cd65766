package com.baobei.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The date filter counts days in Beijing time: 23:30 UTC is already the next day at the office. */
class RegistrationDaysTest {

    private static final LocalDate DEC_7 = LocalDate.parse("2026-12-07");

    @Test
    void aDayIsTheOfficesDayBothEndsIncluded() {
        assertThat(RegistrationDays.within("2026-12-06T16:30:00Z", DEC_7, DEC_7)).isTrue();   // 00:30 on the 7th
        assertThat(RegistrationDays.within("2026-12-06T15:59:59Z", DEC_7, DEC_7)).isFalse();  // 23:59 on the 6th
        assertThat(RegistrationDays.within("2026-12-07T15:59:59Z", null, DEC_7)).isTrue();
        assertThat(RegistrationDays.within("2026-12-07T16:00:00Z", null, DEC_7)).isFalse();
    }

    @Test
    void noBoundsKeepEverythingAndAnUnreadableTimeIsLeftOutOnlyWhenFiltering() {
        assertThat(RegistrationDays.within(null, null, null)).isTrue();
        assertThat(RegistrationDays.within("yesterday", DEC_7, null)).isFalse();
    }
}
