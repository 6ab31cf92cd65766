#!/usr/bin/env bash
# ./run.sh [--fresh] [--demo]
# Runs the whole system on this machine with nothing but a JDK 17: builds what is missing, starts a Kafka broker
# (KRaft) and PostgreSQL from Maven Central artifacts and the identity provider, creates the topics and databases,
# starts the four services and prints their addresses and how to get a token. Ctrl-C stops everything. Data lives in
# var/ and survives restarts; --fresh starts empty.
# Settings (environment): BAOBEI_KAFKA_PORT (19092), BAOBEI_POSTGRES_PORT (15432), BAOBEI_KAFKA_CONTROLLER_PORT (any),
# BAOBEI_REGISTRATION_PORT (8081), BAOBEI_VISIT_PORT (8082), BAOBEI_ATTRIBUTION_PORT (8083),
# BAOBEI_COMMISSION_PORT (8084), BAOBEI_IDENTITY_PORT (9000), BAOBEI_IDENTITY_USERS (a users file; default the demo
# month's people, password demo), BAOBEI_READY_TIMEOUT_SECONDS (300), BAOBEI_SERVICE_JAVA_OPTS,
# BAOBEI_SERVICES (a comma-separated subset, e.g. "registration,visit"; default all four).
# A process that dies is started again after 1 s, 2 s, 4 s ... (ADR 0017): BAOBEI_RESTART (on|off, default on),
# BAOBEI_RESTART_MAX_DELAY_SECONDS (30, the longest wait between restarts).
# --demo: the same on empty data in var/demo, then a generated month fed through the REST APIs and its summary.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

say() { printf '[run.sh] %s\n' "$*"; }

case "${1:-}" in
  -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac
demo=false
args=()
for arg in "$@"; do
  if [[ $arg == --demo ]]; then demo=true; else args+=("$arg"); fi
done
if $demo; then export BAOBEI_DATA_DIR=${BAOBEI_DATA_DIR:-var/demo}; fi

java_cmd=java
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then java_cmd="$JAVA_HOME/bin/java"; fi
if ! command -v "$java_cmd" >/dev/null 2>&1; then
  say "Java 17 or newer is needed: install a JDK 17 and put it on the PATH (or set JAVA_HOME)."; exit 1
fi
java_version=$("$java_cmd" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
if (( ${java_version%%.*} < 17 )); then
  say "Java $java_version found; Java 17 or newer is needed (set JAVA_HOME to a JDK 17)."; exit 1
fi

# A second launcher would rebuild jars under the running services: refuse before building anything.
lock="${BAOBEI_DATA_DIR:-var}/platform.lock"
if [[ -s "$lock" ]]; then
  pid=$(tr -dc '0-9' < "$lock")
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && grep -qE 'com.baobei.(platform.Platform|demo.DemoPlatform)' "/proc/$pid/cmdline" 2>/dev/null; then
    say "Baobei is already running from this folder (launcher pid $pid). Stop it with Ctrl-C in its terminal or \`kill $pid\`."
    exit 1
  fi
fi

service_list=${BAOBEI_SERVICES:-registration,visit,attribution,commission}
services=(${service_list//,/ })
stamp=deploy/platform/target/run.sh.built
needs_build() {
  [[ -f "$stamp" && -d deploy/platform/target/lib && -f deploy/platform/target/classes/com/baobei/platform/Platform.class ]] || return 0
  [[ -f deploy/identity/target/identity.jar ]] || return 0
  for s in "${services[@]}"; do [[ -f "$s-service/target/$s-service.jar" ]] || return 0; done
  if $demo; then [[ -f deploy/e2e/target/classes/com/baobei/demo/DemoPlatform.class && -d deploy/e2e/target/lib \
    && -z $(find deploy/e2e -name target -prune -o -type f -newer "$stamp" -print -quit) ]] || return 0; fi
  # any source or build file changed since the last build
  [[ -n $(find pom.xml contracts deploy/pom.xml deploy/platform deploy/identity "${services[@]/%/-service}" \( -name target -o -name node_modules \) -prune \
          -o -type f -newer "$stamp" -print -quit) ]]
}

if needs_build; then
  modules=$(printf '%s-service,' "${services[@]}")deploy/identity,deploy/platform
  if $demo; then modules+=,deploy/e2e; fi
  say "Building the services and the platform (./mvnw -q -B package -DskipTests; the first time takes a few minutes)..."
  started=$SECONDS
  mkdir -p deploy/platform/target
  touch "$stamp.next"
  if ! ./mvnw -q -B -Dstyle.color=never package -DskipTests -pl "$modules" -am; then
    say "The build failed (output above). Fix it, or run ./mvnw verify to see the tests."
    exit 1
  fi
  mv "$stamp.next" "$stamp"
  say "Built in $((SECONDS - started)) s."
else
  say "Build is up to date."
fi

say "Starting the platform (Ctrl-C stops everything)..."
main=(-Xmx128m -cp "deploy/platform/target/classes:deploy/platform/target/lib/*" com.baobei.platform.Platform)
if $demo; then main=(-Xmx256m -cp "deploy/e2e/target/classes:deploy/e2e/target/lib/*" com.baobei.demo.DemoPlatform); fi
exec "$java_cmd" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dbaobei.root="$root" "${main[@]}" ${args[@]+"${args[@]}"}
