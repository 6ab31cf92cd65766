package com.baobei.commission.web;

import com.baobei.commission.agreement.Problem;
import com.baobei.commission.errors.InvalidRequestException;
import com.baobei.commission.ledger.Limits;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** {@code 2024-03} (the period containing 1 March) or {@code 2024-03-15} (the period containing that day). */
final class PeriodParam {

    private PeriodParam() {
    }

    static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = value.length() == 7 ? YearMonth.parse(value).atDay(1) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(List.of(new Problem(field, "a month (2024-03) or a day (2024-03-15)")));
        }
        List<Problem> problems = new ArrayList<>();
        Limits.day(field, day, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return day;
    }
}
