package com.baobei.e2e.hostile;

import com.baobei.e2e.hostile.HostileInputIT.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The suite's report: cases per service, answers by status, answers of 500 or more, what the batch stored or
 * published, and the cases answered otherwise than they should be, grouped by service and kind: counted, or
 * each with its answer.
 */
final class Report {

    private Report() {
    }

    static String of(List<Answer> answers, Map<String, Integer> casesPerOperation, List<String> storedOrPublished,
                     int controlStatus, List<String> controlChanges, boolean everyCase) {
        StringBuilder out = new StringBuilder("\nHostile input (issue 12) against the running services\n");
        Map<String, List<Answer>> byService = new TreeMap<>();
        answers.forEach(a -> byService.computeIfAbsent(a.hostile().service(), s -> new ArrayList<>()).add(a));
        byService.forEach((service, list) -> {
            Map<Integer, Integer> statuses = new TreeMap<>();
            list.forEach(a -> statuses.merge(a.status(), 1, Integer::sum));
            long refused = list.stream().filter(a -> a.wrong() == null).count();
            long errors = list.stream().filter(a -> a.status() >= 500).count();
            out.append(String.format("  %-13s %5d cases  %5d refused as they should be  %3d answers >= 500  by "
                    + "status %s%n", service, list.size(), refused, errors, statuses));
        });
        out.append(String.format("  %-13s %5d cases  %5d refused as they should be  %3d answers >= 500%n", "all",
                answers.size(), answers.stream().filter(a -> a.wrong() == null).count(),
                answers.stream().filter(a -> a.status() >= 500).count()));
        out.append("Write endpoints (from /v3/api-docs) and their cases\n");
        casesPerOperation.forEach((operation, count) -> out.append(String.format("  %4d  %s%n", count, operation)));
        out.append("Stored or published by the hostile batch: ")
                .append(storedOrPublished.isEmpty() ? "nothing" : storedOrPublished.size() + " counts changed")
                .append('\n');
        storedOrPublished.forEach(change -> out.append("  ").append(change).append('\n'));
        out.append("Control (one valid registration): HTTP ").append(controlStatus).append(", ")
                .append(controlChanges.size()).append(" counts changed ").append(controlChanges).append('\n');

        Map<String, Map<String, List<Answer>>> failing = new TreeMap<>();
        for (Answer a : answers) {
            if (a.wrong() != null) {
                failing.computeIfAbsent(a.hostile().service(), s -> new TreeMap<>())
                        .computeIfAbsent(a.hostile().kind(), k -> new ArrayList<>()).add(a);
            }
        }
        out.append("Cases answered otherwise, by service and kind\n");
        failing.forEach((service, kinds) -> {
            out.append("  ").append(service).append('\n');
            kinds.forEach((kind, list) -> {
                out.append(String.format("    %-45s %4d  e.g. %s%n", kind, list.size(),
                        list.get(0).hostile().endpoint() + " " + nullToEmpty(list.get(0).hostile().field())));
                if (!everyCase) {
                    return;
                }
                list.forEach(a -> out.append("        ").append(a.hostile().endpoint()).append(' ')
                        .append(nullToEmpty(a.hostile().field())).append(": ").append(a.wrong()).append('\n'));
            });
        });
        return out.toString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
