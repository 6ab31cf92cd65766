/** Kafka adapters: the thin listener, dead letters, the outbox relay, topic declarations and the broker health check. */
package com.baobei.attribution.kafka;
