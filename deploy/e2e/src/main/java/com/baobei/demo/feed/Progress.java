package com.baobei.demo.feed;

import java.io.PrintStream;

/** A one-line progress bar on a terminal (stderr), redrawn in place; quiet when there is no output. */
public final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal = System.console() != null;
    private final int total;
    private final long started = System.nanoTime();
    private int done;
    private long lastDrawn;
    private int lastTenth;

    public Progress(PrintStream out, int total) {
        this.out = out;
        this.total = Math.max(1, total);
    }

    public static Progress none() {
        return new Progress(null, 1);
    }

    public void advance(int steps, String label) {
        done = Math.min(total, done + steps);
        long now = System.nanoTime();
        if (out == null) {
            return;
        }
        int filled = done * WIDTH / total;
        if (terminal && (now - lastDrawn > 100_000_000L || done == total)) {
            lastDrawn = now;
            out.printf("\r  [%s%s] %3d%%  %d/%d  %-40s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                    done * 100 / total, done, total, label.length() > 40 ? label.substring(0, 40) : label);
            out.flush();
        } else if (!terminal && done * 10 / total > lastTenth) {
            // not a terminal (a log file, CI): a line per tenth instead of redrawing
            lastTenth = done * 10 / total;
            out.printf("  [%s%s] %3d%%  %d/%d%n", "#".repeat(filled), ".".repeat(WIDTH - filled),
                    done * 100 / total, done, total);
        }
    }

    public void finish(String message) {
        if (out != null) {
            String line = message + String.format(" (%.0f s)", (System.nanoTime() - started) / 1e9);
            if (terminal) {
                out.printf("\r  [%s] 100%%  %d/%d  %-40s%n", "#".repeat(WIDTH), total, total, line);
            } else {
                out.printf("  %s%n", line);
            }
            out.flush();
        }
    }
}
