package com.baobei.e2e.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's resident memory now and at its peak since it started, as Linux counts it ({@code /proc/<pid>/status}). */
public record ProcessMemory(long residentKb, long peakResidentKb) {

    public static ProcessMemory of(long pid) {
        try {
            long resident = -1;
            long peak = -1;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    resident = kilobytes(line);
                } else if (line.startsWith("VmHWM:")) {
                    peak = kilobytes(line);
                }
            }
            return new ProcessMemory(resident, peak);
        } catch (IOException e) {
            throw new UncheckedIOException("the memory of process " + pid, e);
        }
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    @Override
    public String toString() {
        return String.format("%d MB (peak %d MB)", residentKb / 1024, peakResidentKb / 1024);
    }
}
