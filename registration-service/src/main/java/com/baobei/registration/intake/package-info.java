/** Intake of registrations (REG-8: only what comes through here counts): the aggregate and its events. */
package com.baobei.registration.intake;
