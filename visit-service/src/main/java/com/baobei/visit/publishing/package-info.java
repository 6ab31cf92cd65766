/** From the event store to Kafka, in the public language, with no loss and no full phone number (ID-4). */
package com.baobei.visit.publishing;
