/** The embedded platform: a real Kafka broker, a real PostgreSQL and the four services, started and stopped as one. */
package com.baobei.platform;
