/**
 * The local copy of the disputes channels raised (ADR 0020), read from {@code baobei.registration.events}: a ruling
 * is only for a dispute this copy knows, in the caller's tenant, at the dispute's project and about its client.
 */
package com.baobei.visit.dispute;
