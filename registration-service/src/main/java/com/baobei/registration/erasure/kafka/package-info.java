/** Kafka adapter of the erasures: the visit topic's {@code visit.ErasureRequested.v1} in, nothing else (ADR 0033). */
package com.baobei.registration.erasure.kafka;
