/**
 * PIPL erasure (ADR 0033) as it reaches this service: {@code visit.ErasureRequested.v1} deletes the evidence files of
 * the client's disputes, keeping their SHA-256. Registrations hold masked numbers only and stay as they are.
 */
package com.baobei.registration.erasure;
