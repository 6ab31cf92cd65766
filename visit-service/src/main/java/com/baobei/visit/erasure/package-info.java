/**
 * PIPL erasure (issue 14, ADR 0033): a client's full number erased on request or after the tenant's retention period,
 * the request recorded (who, when, why, what), and carried to the other services as {@code visit.ErasureRequested.v1}.
 */
package com.baobei.visit.erasure;
