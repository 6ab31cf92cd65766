/** Persistence settings Axon needs on PostgreSQL (bytea payloads). */
package com.baobei.visit.config;
