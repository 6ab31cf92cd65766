/**
 * Master data of each tenant (ADR 0014): its profile, projects, channels, agents and consultants, each an Axon
 * aggregate whose events are the outbox of {@code baobei.masterdata.events}, and the gate every registration passes.
 */
package com.baobei.registration.masterdata;
