/** Appends many new registrations to Axon's event store in one statement batch (history imports, ADR 0034). */
package com.baobei.registration.intake.persistence;
