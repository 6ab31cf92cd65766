package com.baobei.e2e;

import com.baobei.demo.month.Month;
import com.baobei.demo.month.Person;
import com.baobei.demo.month.Step;
import com.baobei.demo.month.Tenant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * {@link ErasureEndToEndIT}'s month, in a tenant of its own on the {@link SharedPlatform}: a channel registers a
 * client, who visits and buys; that buyer's number is the one erased. Written once here because the shared platform's
 * identity provider needs its people before the suite runs.
 */
record ErasureMonth(Month month, Person buyer, Step.Register registered, Step.Subscribe purchased) {

    static final String TENANT = "erasure";
    static final String PROJECT = "erase-one";
    static final ZoneId ZONE = OneBuyerMonth.ZONE;

    static ErasureMonth of(LocalDate firstDay) {
        OneBuyerMonth start = OneBuyerMonth.of(33, firstDay, new Tenant(TENANT, "删除置业"), PROJECT, "删除·一期");
        return new ErasureMonth(start.builder().build(), start.buyer(), start.registered(), start.purchased());
    }
}
