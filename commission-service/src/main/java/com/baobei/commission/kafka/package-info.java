/** Kafka adapters: the thin attribution listener with its dead-letter handling, topics, the outbox relay, readiness. */
package com.baobei.commission.kafka;
