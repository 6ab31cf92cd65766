/** The request's W3C trace, kept with the events it caused so the published records continue it (ADR 0026). */
package com.baobei.registration.tracing;
