package com.baobei.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** "My registrations" between two days, as the sales office counts days: in Asia/Shanghai, both ends included. */
final class RegistrationDays {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private RegistrationDays() {
    }

    static boolean within(String registeredAt, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return true;
        }
        if (registeredAt == null) {
            return false;
        }
        LocalDate day;
        try {
            day = Instant.parse(registeredAt).atZone(SHANGHAI).toLocalDate();
        } catch (DateTimeParseException unreadable) {
            return false;
        }
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
