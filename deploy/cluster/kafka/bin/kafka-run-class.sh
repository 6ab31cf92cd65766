#!/bin/bash
# The one launcher behind every command here: Debian's JRE, the jars in /opt/kafka/libs, log4j's configuration.
# KAFKA_HEAP_OPTS (default 256 MB, for the tools; the broker sets its own) and KAFKA_OPTS as in the Apache distribution.
exec java ${KAFKA_HEAP_OPTS:--Xmx256m} ${KAFKA_JVM_PERFORMANCE_OPTS:--XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExitOnOutOfMemoryError} \
  -Dlog4j.configuration=file:${KAFKA_LOG4J_CONFIG:-/opt/kafka/config/tools-log4j.properties} ${KAFKA_OPTS:-} \
  -cp '/opt/kafka/libs/*' "$@"
