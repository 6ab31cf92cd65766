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
# BAOBEI_SERVICES (a comma-separated subset, e.g. "registration,visit"; default all four), BAOBEI_CONSOLE_PORT (8080;
# "off" runs no console).
# A process that dies is started again after 1 s, 2 s, 4 s ... (ADR 0017): BAOBEI_RESTART (on|off, default on),
# BAOBEI_RESTART_MAX_DELAY_SECONDS (30, the longest wait between restarts).
# --demo: the same on empty data in var/demo, then a generated month fed through the REST APIs and its summary.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

say() { printf '[run.sh] %s\n' "$*"; }

case "${1:-}" in
  -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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
  [[ -f console/target/console.jar ]] || return 0
  for s in "${services[@]}"; do [[ -f "$s-service/target/$s-service.jar" ]] || return 0; done
  if $demo; then [[ -f deploy/e2e/target/classes/com/baobei/demo/DemoPlatform.class && -d deploy/e2e/target/lib \
    && -z $(find deploy/e2e -name target -prune -o -type f -newer "$stamp" -print -quit) ]] || return 0; fi
  # any source or build file changed since the last build (the shared modules too: the services' jars hold them)
  [[ -n $(find pom.xml contracts deploy/pom.xml deploy/platform deploy/identity deploy/inputs deploy/security deploy/messaging console "${services[@]/%/-service}" \( -name target -o -name node_modules \) -prune \
          -o -type f -newer "$stamp" -print -quit) ]]
}

if needs_build; then
  modules=$(printf '%s-service,' "${services[@]}")deploy/identity,deploy/platform,console
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
# The launcher only starts and watches processes, so it runs small (serial collector, first JIT tier). The services
# and the broker it starts run for steady speed (both JIT tiers; the services the serial collector and a heap each, the
# broker G1: PlatformConfig; BAOBEI_SERVICE_JAVA_OPTS overrides the services').
main=(-Xmx128m -cp "deploy/platform/target/classes:deploy/platform/target/lib/*" com.baobei.platform.Platform)
if $demo; then main=(-Xmx256m -cp "deploy/e2e/target/classes:deploy/e2e/target/lib/*" com.baobei.demo.DemoPlatform); fi
console_port=${BAOBEI_CONSOLE_PORT:-8080}
if [[ $console_port == off ]]; then
  exec "$java_cmd" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dbaobei.root="$root" "${main[@]}" ${args[@]+"${args[@]}"}
fi

# The console (web pages, ADR 0018) starts once the identity provider answers: it reads the provider's discovery
# document when it starts. It stops with the platform, and like the platform's own processes (ADR 0017) it is started
# again when it dies (back-off 1 s doubling to 30 s; BAOBEI_RESTART=off turns this off).
identity="http://127.0.0.1:${BAOBEI_IDENTITY_PORT:-9000}"
start_console() {
  until curl -fs -o /dev/null "$identity/.well-known/openid-configuration"; do
    kill -0 "$platform_pid" 2>/dev/null || return 0
    sleep 1
  done
  mkdir -p "${BAOBEI_DATA_DIR:-var}/logs"
  local log="${BAOBEI_DATA_DIR:-var}/logs/console.log" delay=1 started first=true
  while kill -0 "$platform_pid" 2>/dev/null; do
    SERVER_PORT=$console_port BAOBEI_ISSUER_URI=$identity \
      BAOBEI_REGISTRATION_URL="http://127.0.0.1:${BAOBEI_REGISTRATION_PORT:-8081}" \
      BAOBEI_VISIT_URL="http://127.0.0.1:${BAOBEI_VISIT_PORT:-8082}" \
      BAOBEI_ATTRIBUTION_URL="http://127.0.0.1:${BAOBEI_ATTRIBUTION_PORT:-8083}" \
      BAOBEI_COMMISSION_URL="http://127.0.0.1:${BAOBEI_COMMISSION_PORT:-8084}" \
      "$java_cmd" -Xms64m -Xmx256m -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -jar console/target/console.jar >>"$log" 2>&1 &
    console_pid=$!
    echo "$console_pid" > "$console_pidfile"
    started=$(date +%s)
    until curl -fs -o /dev/null "http://127.0.0.1:$console_port/actuator/health/readiness"; do
      if ! kill -0 "$console_pid" 2>/dev/null; then say "The console did not start: see $log"; break; fi
      sleep 1
    done
    if kill -0 "$console_pid" 2>/dev/null; then
      if $first; then
        say "Console (web pages, 中文 / English): http://127.0.0.1:$console_port  (log: $log)"
        say "  log in with any demo user, password demo: huajing.jiayuan-01 (channel agent, phone pages),"
        say "  hj-bj-c01 (sales desk), hj-bj-sm (site manager), huajing.finance (finance)"
        first=false
      else
        say "The console is back: http://127.0.0.1:$console_port"
      fi
      wait "$console_pid" || true
    fi
    if [[ ${BAOBEI_RESTART:-on} == off ]]; then say "The console exited; not restarted (BAOBEI_RESTART=off)"; return 0; fi
    kill -0 "$platform_pid" 2>/dev/null || return 0
    # a console that ran for a minute starts the back-off again
    if (( $(date +%s) - started > 60 )); then delay=1; fi
    say "The console exited; starting it again in $delay s (see $log)"
    sleep "$delay"
    delay=$(( delay * 2 > 30 ? 30 : delay * 2 ))
  done
}
# Background jobs of a script ignore SIGINT: Ctrl-C reaches this shell, which passes it on as SIGTERM (the platform's
# shutdown hook stops everything it started, as on Ctrl-C).
"$java_cmd" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dbaobei.root="$root" "${main[@]}" ${args[@]+"${args[@]}"} &
platform_pid=$!
console_pidfile="${BAOBEI_DATA_DIR:-var}/console.pid"
rm -f "$console_pidfile"
stop_console() {
  local pid
  pid=$(cat "$console_pidfile" 2>/dev/null || true)
  if [[ -n $pid ]]; then kill "$pid" 2>/dev/null || true; fi
  rm -f "$console_pidfile"
}
# the starter goes first, so that it does not start the console again while everything stops
trap 'kill "$console_starter" 2>/dev/null || true; stop_console; kill -TERM "$platform_pid" 2>/dev/null || true' INT TERM
start_console &
console_starter=$!
status=0
wait "$platform_pid" || status=$?
# a signal interrupts the first wait: wait again until the platform has stopped everything it started
while kill -0 "$platform_pid" 2>/dev/null; do wait "$platform_pid" || status=$?; done
kill "$console_starter" 2>/dev/null || true
stop_console
exit "$status"
