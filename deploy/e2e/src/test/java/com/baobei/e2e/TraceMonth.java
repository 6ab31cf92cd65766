package com.baobei.e2e;

import com.baobei.demo.month.Month;
import com.baobei.demo.month.MonthBuilder;
import com.baobei.demo.month.Step;
import com.baobei.demo.month.Tenant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * {@link OneTraceIT}'s month, in a tenant of its own on the {@link SharedPlatform}: an imported registration,
 * brought and buying (the desk's trace), and a live one (the agent's trace). Written once here because the shared
 * platform's identity provider needs its people before the suite runs.
 */
record TraceMonth(Month month, Step.Register imported, Step.Subscribe purchased, Step.Register registered) {

    static final String TENANT = "trace";
    static final String PROJECT = "one-trace";
    static final ZoneId ZONE = OneBuyerMonth.ZONE;

    static TraceMonth of(LocalDate firstDay) {
        // the buyer's registration comes from the channel's own system (an import, no traceparent): the desk's trace
        OneBuyerMonth start = OneBuyerMonth.of(26, firstDay, new Tenant(TENANT, "追踪置业"), PROJECT, "追踪·一期");
        MonthBuilder b = start.builder();
        // today, through POST /api/v1/registrations: the agent's trace
        Step.Register registered = b.registerLive(PROJECT, "alpha", "alpha-01",
                b.personOtherThan(start.buyer().surname()), null);
        return new TraceMonth(b.build(), start.registered(), start.purchased(), registered);
    }
}
