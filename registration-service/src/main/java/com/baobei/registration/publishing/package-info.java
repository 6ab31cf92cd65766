/** From the event store to Kafka, in the public language, with no loss (ADR 0002). */
package com.baobei.registration.publishing;
