/** Real Kafka and PostgreSQL for integration tests: containers when Docker works, embedded otherwise. */
package com.baobei.platform.testing;
