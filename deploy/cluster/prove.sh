#!/bin/bash
# Proves the container path on this machine (ADR 0025): builds every image without a registry
# (deploy/cluster/images.sh), starts docker-compose.yml with fresh random secrets, and then, through the gateway
# with real tokens from the identity provider: defines one developer's master data, sends a stream of
# registrations, kills one of the three Kafka brokers in the middle of it and starts it again, and checks that every
# accepted registration's verdict is on baobei.<tenant>.attribution.verdicts exactly once. Prints its figures and
# the topics' replication; exits non-zero if a verdict is missing or doubled. Slow (minutes): not part of
# ./mvnw verify.
#
#   deploy/cluster/prove.sh            as root, with docker.io, docker-compose and debootstrap, and dockerd running
#
# Settings (environment): PROVE_REGISTRATIONS (400), PROVE_KILL_AT (1/3 of them), PROVE_RESTART_AT (2/3),
# PROVE_DOWN_SECONDS (30, the least time the broker stays down), PROVE_START_TIMEOUT_SECONDS (1800), PROVE_RESTART_TIMEOUT_SECONDS (600), PROVE_VERDICT_TIMEOUT_SECONDS (300),
# PROVE_BROKER (kafka-2), PROVE_GATEWAY_PORT (18080), PROVE_KEEP=1 leaves the stack running (else down -v),
# PROVE_SKIP_IMAGES=1 uses images already built; images.sh's settings (BAOBEI_IMAGE_PREFIX, DEBIAN_MIRROR, ...).
set -euo pipefail
# all of it in one block: bash reads it whole before running it, so editing this file cannot upset a running proof
{
cd "$(dirname "$0")/../.."
started=$(date +%s)

total=${PROVE_REGISTRATIONS:-400}
kill_at=${PROVE_KILL_AT:-$((total / 3))}
restart_at=${PROVE_RESTART_AT:-$((2 * total / 3))}
victim=${PROVE_BROKER:-kafka-2}
down_seconds=${PROVE_DOWN_SECONDS:-30}
port=${PROVE_GATEWAY_PORT:-18080}
project=baobeiprove
tenant=huajing
gateway=http://127.0.0.1:$port
verdicts_topic=baobei.$tenant.attribution.verdicts

say() { printf '[prove %4ss] %s\n' "$(($(date +%s) - started))" "$*"; }
fail() { say "FAILED: $*"; exit 1; }

work=$(mktemp -d /var/tmp/baobei-prove.XXXXXX)
chmod 700 "$work"
env_file=$work/compose.env
compose() { docker-compose -p "$project" --env-file "$env_file" "$@"; }
container() { docker ps -aq --filter "label=com.docker.compose.project=$project" \
  --filter "label=com.docker.compose.service=$1" | head -1; }
cleanup() {
  local status=$?
  if [ "${PROVE_KEEP:-0}" = 1 ]; then
    say "left running (PROVE_KEEP=1): docker-compose -p $project --env-file $env_file down -v"
  else
    if [ $status -ne 0 ]; then
      compose ps || true
      for service in registration attribution "$victim"; do
        say "last lines of $service:"; compose logs --no-color --tail 15 "$service" 2>/dev/null || true
      done
    fi
    compose down -v --remove-orphans > /dev/null 2>&1 || true
    rm -rf "$work"
  fi
}
trap cleanup EXIT

# --- images and stack --------------------------------------------------------------------------------------------
if [ "${PROVE_SKIP_IMAGES:-0}" != 1 ]; then
  say "building the images offline (deploy/cluster/images.sh)"
  deploy/cluster/images.sh
fi
secret() { tr -dc A-Za-z0-9 < /dev/urandom | head -c 32 || true; }
{
  for variable in POSTGRES_PASSWORD DB_REGISTRATION_PASSWORD DB_VISIT_PASSWORD DB_ATTRIBUTION_PASSWORD \
      DB_COMMISSION_PASSWORD BAOBEI_PII_DEFAULT_SECRET KAFKA_ADMIN_PASSWORD KAFKA_REGISTRATION_PASSWORD \
      KAFKA_VISIT_PASSWORD KAFKA_ATTRIBUTION_PASSWORD KAFKA_COMMISSION_PASSWORD KAFKA_HUAJING_PARTNER_PASSWORD; do
    printf '%s=%s\n' "$variable" "$(secret)"
  done
  # the demo month's people (password "demo"): this stack is thrown away at the end
  printf 'BAOBEI_IDENTITY_USERS=%s\n' "$(pwd)/deploy/identity/src/main/resources/demo-users.yml"
  printf 'BAOBEI_GATEWAY_PORT=%s\n' "$port"
  [ -n "${BAOBEI_IMAGE_PREFIX:-}" ] && printf 'BAOBEI_IMAGE_PREFIX=%s\n' "$BAOBEI_IMAGE_PREFIX"
  [ -n "${BAOBEI_IMAGE_TAG:-}" ] && printf 'BAOBEI_IMAGE_TAG=%s\n' "$BAOBEI_IMAGE_TAG"
} > "$env_file"
chmod 600 "$env_file"

say "docker-compose up (3 KRaft brokers, PostgreSQL, identity provider, 4 services, gateway)"
compose down -v --remove-orphans > /dev/null 2>&1 || true
# a busy machine (two cores shared with builds) has taken 15 minutes to start all of it
deadline=$(($(date +%s) + ${PROVE_START_TIMEOUT_SECONDS:-1800}))
# docker-compose v1 gives up on a dependency that is slow to become healthy on a busy machine: ask again (it starts
# only what is not running yet), but not once it succeeded, or the finished init step would run again
until compose up -d > "$work/up.log" 2>&1; do
  [ "$(date +%s)" -gt "$deadline" ] && { cat "$work/up.log"; fail "docker-compose up did not succeed"; }
  say "docker-compose up: $(grep -m1 ERROR "$work/up.log" || tail -1 "$work/up.log"); again in 10 s"
  sleep 10
done
for service in kafka-1 kafka-2 kafka-3 postgres identity registration visit attribution commission gateway; do
  while true; do
    id=$(container "$service")
    health=$( [ -n "$id" ] && docker inspect --format '{{if .State.Health}}{{.State.Health.Status}}{{end}}' "$id" || true)
    [ "$health" = healthy ] && break
    [ "$(date +%s)" -gt "$deadline" ] && fail "$service is not healthy ($health)"
    sleep 5
  done
done
say "all healthy; published ports: $(docker ps --filter "label=com.docker.compose.project=$project" \
  --format '{{.Ports}}' | grep -o '[0-9.:]*->[0-9]*/tcp' | sort -u | tr '\n' ' ')"

# --- Kafka, as admin from inside a broker that stays up ----------------------------------------------------------
witness=kafka-1; [ "$victim" = kafka-1 ] && witness=kafka-3
kafka() {
  docker exec -e KAFKA_HEAP_OPTS=-Xmx192m "$(container "$witness")" bash -c '
    printf "security.protocol=SASL_PLAINTEXT\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\" password=\"%s\";\n" "$BAOBEI_KAFKA_ADMIN_PASSWORD" > /tmp/prove.properties
    tool=$1; shift
    /opt/kafka/bin/$tool --bootstrap-server kafka-1:9094,kafka-2:9094,kafka-3:9094 "$@"' prove "$@"
}

# --- master data and tokens, through the gateway -----------------------------------------------------------------
token() {
  curl -sf -u "$1:demo" -d grant_type=client_credentials "$gateway/identity/oauth2/token" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
admin=$(token $tenant.admin); [ -n "$admin" ] || fail "no token for $tenant.admin"
agent=$(token $tenant.jiayuan-01); [ -n "$agent" ] || fail "no token for $tenant.jiayuan-01"
put() {
  local code
  code=$(curl -s -o "$work/answer" -w '%{http_code}' -X PUT -H "Authorization: Bearer $admin" \
    -H 'Content-Type: application/json' -d "$2" "$gateway/registration/api/v1/master-data/$1")
  case "$code" in 2*) ;; *) fail "PUT $1 answered $code: $(cat "$work/answer")" ;; esac
}
put tenant '{"name":"华景置业"}'
put projects/hj-binjiang '{"name":"华景滨江","salesOffice":"滨江售楼处","openingDate":"2024-01-01","salesFrom":"2024-01-01","salesTo":"2035-12-31","unitTypes":["RESIDENTIAL"]}'
put channels/jiayuan '{"name":"家园房产","kind":"AGENCY","agreementFrom":"2024-01-01","agreementTo":"2035-12-31","projectIds":["hj-binjiang"]}'
put channels/jiayuan/agents/jiayuan-01 '{"name":"孙志强"}'
say "master data defined by $tenant.admin (tenant, project hj-binjiang, channel jiayuan, agent jiayuan-01)"

# --- the stream --------------------------------------------------------------------------------------------------
say "sending $total registrations as $tenant.jiayuan-01; $victim is killed after $((kill_at - 1)) and started" \
  "after $((restart_at - 1)) or more, once down ${down_seconds} s"
: > "$work/accepted"; : > "$work/refused"
surnames=(王 李 张 刘 陈 杨 黄 赵 吴 周)
for i in $(seq 1 "$total"); do
  if [ "$i" -eq "$kill_at" ]; then
    docker kill "$(container "$victim")" > /dev/null
    killed_at=$(date +%s)
    say "killed $victim (docker kill) after $((i - 1)) registrations"
  fi
  # back at two thirds, but not before it has been down PROVE_DOWN_SECONDS with registrations still coming
  if [ "$i" -ge "$restart_at" ] && [ -n "${killed_at:-}" ] && [ -z "${restarted_after:-}" ] \
      && [ $(($(date +%s) - killed_at)) -ge "$down_seconds" ]; then
    docker start "$(container "$victim")" > /dev/null
    restarted_after=$((i - 1))
    say "started $victim again after $restarted_after registrations, $(($(date +%s) - killed_at)) s down"
  fi
  # a different client each time: 13x****nnnn
  masked="13$((5 + i / 10000 % 5))****$(printf '%04d' $((i % 10000)))"
  body="{\"tenantId\":\"$tenant\",\"projectId\":\"hj-binjiang\",\"channelId\":\"jiayuan\",\"channelKind\":\"AGENCY\",\"agentId\":\"jiayuan-01\",\"clientSurname\":\"${surnames[$((i % 10))]}\",\"maskedPhone\":\"$masked\"}"
  code=$(curl -s -m 60 -o "$work/answer" -w '%{http_code}' -H "Authorization: Bearer $agent" \
    -H 'Content-Type: application/json' -H "Idempotency-Key: prove-$i" -d "$body" \
    "$gateway/registration/api/v1/registrations" || true)
  case "$code" in
    # the answer has no final newline, and sed would keep it that way
    2*) printf '%s\n' "$(sed -n 's/.*"registrationId":"\([^"]*\)".*/\1/p' "$work/answer")" >> "$work/accepted" ;;
    *) printf '%s %s\n' "$code" "$(head -c 200 "$work/answer")" >> "$work/refused" ;;
  esac
done
if [ -z "${restarted_after:-}" ]; then
  sleep $((down_seconds - ($(date +%s) - killed_at) > 0 ? down_seconds - ($(date +%s) - killed_at) : 0))
  docker start "$(container "$victim")" > /dev/null
  restarted_after=$total
  say "started $victim again after the stream, $(($(date +%s) - killed_at)) s down"
fi
accepted=$(sort -u "$work/accepted" | wc -l)
refused=$(wc -l < "$work/refused")
say "stream done: $accepted accepted, $refused refused"
[ "$refused" -gt 0 ] && { say "refusals by status:"; cut -d' ' -f1 "$work/refused" | sort | uniq -c; }
[ "$accepted" -gt 0 ] || fail "no registration was accepted"

victim_health=""
back_by=$(($(date +%s) + ${PROVE_RESTART_TIMEOUT_SECONDS:-600}))
while [ "$victim_health" != healthy ]; do
  [ "$(date +%s)" -gt "$back_by" ] && fail "$victim did not come back"
  sleep 5
  victim_health=$(docker inspect --format '{{.State.Health.Status}}' "$(container "$victim")")
done
say "$victim healthy again"

# --- the verdicts --------------------------------------------------------------------------------------------------
read_verdicts() {
  kafka kafka-console-consumer.sh --consumer.config /tmp/prove.properties --topic "$verdicts_topic" \
    --from-beginning --isolation-level read_committed --timeout-ms 20000 2>/dev/null \
    | sed -n 's/.*"data":{"registrationId":"\([^"]*\)".*/\1/p' > "$work/verdicts" || true
}
wait_until=$(($(date +%s) + ${PROVE_VERDICT_TIMEOUT_SECONDS:-300}))
while true; do
  read_verdicts
  present=$(sort -u "$work/verdicts" | grep -cxFf - "$work/accepted" || true)
  [ "$present" -ge "$accepted" ] && break
  [ "$(date +%s)" -gt "$wait_until" ] && break
  say "verdicts so far for $present of $accepted accepted registrations; waiting"
  sleep 10
done
records=$(wc -l < "$work/verdicts")
distinct=$(sort -u "$work/verdicts" | wc -l)
duplicates=$(sort "$work/verdicts" | uniq -d | wc -l)
missing=$(sort -u "$work/accepted" | grep -cvxFf <(sort -u "$work/verdicts") || true)
strays=$(sort -u "$work/verdicts" | grep -cvxFf <(sort -u "$work/accepted") || true)

say "topics (replication factor, in-sync replicas, min.insync.replicas):"
kafka kafka-topics.sh --command-config /tmp/prove.properties --describe \
  --topic 'baobei\.(registration\.events|huajing\.attribution\.verdicts)' 2> /dev/null | sed 's/^/    /'
for topic in baobei.registration.events "$verdicts_topic"; do
  printf '    %s: %s\n' "$topic" "$(kafka kafka-configs.sh --command-config /tmp/prove.properties --describe --all \
    --entity-type topics --entity-name "$topic" 2>/dev/null | grep -o 'min.insync.replicas=[0-9]*' | head -1)"
done
under=$(kafka kafka-topics.sh --command-config /tmp/prove.properties --describe --under-replicated-partitions \
  2>/dev/null | grep -c Partition || true)

cat <<FIGURES
==== figures ====
registrations sent           $total
accepted (2xx)               $accepted
refused                      $refused
broker killed / restarted    $victim after $((kill_at - 1)) / $restarted_after registrations
verdict records              $records
registrations with a verdict $distinct
duplicates                   $duplicates
missing                      $missing
verdicts of no accepted one  $strays
under-replicated partitions  $under (after the restart)
elapsed                      $(($(date +%s) - started)) s
=================
FIGURES
[ "$missing" -eq 0 ] || fail "$missing accepted registrations have no verdict"
[ "$duplicates" -eq 0 ] || fail "$duplicates registrations have more than one verdict"
say "PASSED: every accepted registration's verdict is on $verdicts_topic exactly once"
exit 0
}
