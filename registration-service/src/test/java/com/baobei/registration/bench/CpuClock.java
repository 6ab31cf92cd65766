package com.baobei.registration.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** The CPU time the two registration benchmarks read: the whole JVM's, and the service's own threads'. */
final class CpuClock {

    private CpuClock() {
    }

    /**
     * CPU time of this JVM: the service, the load generator and the embedded Kafka broker (PostgreSQL is its own
     * process). On a shared machine it says what the work costs when the wall clock is taken by other work.
     */
    static long processNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time so far of {Tomcat's request threads, the kafka-publisher processor's thread}. */
    static long[] serviceThreadsNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[2];
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            int kind = thread.getName().startsWith("http-nio-") ? 0
                    : thread.getName().contains("kafka-publisher") ? 1 : -1;
            long nanos = kind < 0 ? -1 : threads.getThreadCpuTime(thread.getId());
            if (nanos > 0) {
                cpu[kind] += nanos;
            }
        }
        return cpu;
    }
}
