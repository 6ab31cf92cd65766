package com.baobei.e2e;

/** Reading one figure off a Prometheus scrape (the text exposition format), as an operator's Prometheus would. */
public final class PrometheusText {

    private PrometheusText() {
    }

    /** The first sample of {@code metric} (with or without labels); NaN when the scrape has none. */
    public static double sample(String text, String metric) {
        return text.lines().filter(line -> line.startsWith(metric + " ") || line.startsWith(metric + "{"))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(Double.NaN);
    }
}
