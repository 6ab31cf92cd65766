/** Persistence settings Axon needs on PostgreSQL (bytea payloads), and its event store without the shared cache. */
package com.baobei.visit.config;
