/** PostgreSQL through plain JDBC: the inbox of events, the projections, the outbox and the policy versions. */
package com.baobei.attribution.persistence;
