package com.baobei.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceParentTest {

    private static final String SAMPLED = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void a_version_00_traceparent_names_its_trace_id() {
        assertThat(TraceParent.valid(SAMPLED)).contains(SAMPLED);
        assertThat(TraceParent.traceId(SAMPLED)).contains("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void malformed_or_zero_ids_are_not_carried() {
        assertThat(TraceParent.valid(null)).isEmpty();
        assertThat(TraceParent.valid("")).isEmpty();
        assertThat(TraceParent.valid("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01")).isEmpty();
        assertThat(TraceParent.valid("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")).isEmpty();
        assertThat(TraceParent.valid("00-00000000000000000000000000000000-00f067aa0ba902b7-01")).isEmpty();
        assertThat(TraceParent.valid("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01")).isEmpty();
        assertThat(TraceParent.valid(SAMPLED + "-extra")).isEmpty();
    }
}
