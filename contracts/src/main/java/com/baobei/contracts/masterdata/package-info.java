/**
 * Master data of a tenant (a developer): its profile, projects, channels, agents and consultants. Each type carries
 * the whole current state of one entity, so a reader keeps only the latest message per key (ADR 0014).
 */
package com.baobei.contracts.masterdata;
