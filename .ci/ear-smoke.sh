#!/usr/bin/env bash
# Smoke test of the EAR on a real Payara Server 6 with PostgreSQL.
#
#   .ci/ear-smoke.sh            (after ./mvnw -B -DskipTests package, or after ./mvnw verify)
#
# Unzips Payara Server into a temporary directory, points the application at a fresh PostgreSQL
# database (crm_ear) through JVM options, deploys crm-ear/target/crm.ear at "/", waits for
# /health/ready, then makes one authenticated API call (API key by HTTP Basic admin, then
# GET /api/customers with the bearer key). The domain is always stopped on exit.
#
# Needs: PostgreSQL on 127.0.0.1:5432 (trust auth for user postgres, or PGPASSWORD), curl,
# unzip, nothing listening on 8080 / 4848.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

EAR="${EAR:-$ROOT/crm-ear/target/crm.ear}"
DB_HOST="${CRM_EAR_DB_HOST:-127.0.0.1}"
DB_PORT="${CRM_EAR_DB_PORT:-5432}"
DB_USER="${CRM_EAR_DB_USER:-postgres}"
DB_NAME="crm_ear"
HTTP_PORT=8080
ADMIN_PORT=4848
READY_TIMEOUT="${CRM_EAR_READY_TIMEOUT:-180}"
export CRM_ADMIN_PASSWORD="${CRM_ADMIN_PASSWORD:-ear-admin-Secret-2026}"
PAYARA_VERSION="$(sed -n 's:.*<payara.server.version>\(.*\)</payara.server.version>.*:\1:p' pom.xml | head -1)"

T0=$(date +%s)
STEP_T=$T0
STEP_NAME=""
step() {
  local now
  now=$(date +%s)
  if [[ -n "$STEP_NAME" ]]; then
    printf '[ear-smoke] %-40s %4ss\n' "$STEP_NAME" "$((now - STEP_T))"
  fi
  STEP_NAME="$1"
  STEP_T=$now
  [[ -n "$1" ]] && echo "[ear-smoke] >>> $1"
  return 0
}
fail() {
  echo "[ear-smoke] FAILED: $*" >&2
  exit 1
}

[[ -f "$EAR" ]] || fail "no EAR at $EAR: build it first (./mvnw -B -DskipTests package)"
[[ -n "$PAYARA_VERSION" ]] || fail "payara.server.version not found in pom.xml"
for cmd in curl unzip psql pg_isready; do
  command -v "$cmd" >/dev/null || fail "$cmd is not installed"
done
for port in $HTTP_PORT $ADMIN_PORT; do
  if ss -ltn "( sport = :$port )" | grep -q LISTEN; then
    fail "something already listens on port $port (ss -ltnp); Payara Server needs 8080 and 4848"
  fi
done

WORK="$(mktemp -d /tmp/crm-ear-smoke.XXXXXX)"
ASADMIN="$WORK/payara6/bin/asadmin"
ASADMIN_TIMEOUT="${CRM_EAR_ASADMIN_TIMEOUT:-240}"
# Every asadmin call is bounded: a server that never answers must not hold CI for long.
asadmin() {
  timeout "$ASADMIN_TIMEOUT" "$ASADMIN" "$@"
}
DOMAIN_STARTED=false

cleanup() {
  local rc=$?
  step ""
  if [[ "$DOMAIN_STARTED" == true ]]; then
    if [[ $rc -ne 0 ]]; then
      echo "[ear-smoke] ---- last lines of server.log ----"
      tail -n 80 "$WORK/payara6/glassfish/domains/domain1/logs/server.log" 2>/dev/null || true
      echo "[ear-smoke] ----------------------------------"
    fi
    echo "[ear-smoke] stopping the domain"
    asadmin stop-domain domain1 >/dev/null 2>&1 || true
    # If the server did not answer asadmin, end it by the process id it wrote.
    local pidfile="$WORK/payara6/glassfish/domains/domain1/config/pid"
    if [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      kill "$(cat "$pidfile")" 2>/dev/null || true
      sleep 5
      kill -9 "$(cat "$pidfile")" 2>/dev/null || true
    fi
  fi
  if [[ $rc -eq 0 ]]; then
    rm -rf "$WORK"
  else
    echo "[ear-smoke] kept $WORK for inspection"
  fi
  echo "[ear-smoke] total $(( $(date +%s) - T0 ))s, exit $rc"
}
trap cleanup EXIT

step "fetch Payara Server $PAYARA_VERSION"
./mvnw -q -B -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
  -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" \
  -DoutputDirectory="$WORK" -Dmdep.stripVersion=true
unzip -q "$WORK/payara.zip" -d "$WORK"
[[ -x "$ASADMIN" ]] || fail "asadmin not found in the Payara zip"
# Only 8080 and 4848 are fixed. The server's other listeners (HTTPS 8181, IIOP 3700/3820/3920,
# JMX 8686, JMS 7676) move to free ports: a port already taken there makes the server exit at start
# while start-domain keeps waiting.
port_taken() { ss -ltn "( sport = :$1 )" | grep -q LISTEN; }
next_free=20000
take_free_port() {  # sets FREE_PORT (no subshell, so that successive calls differ)
  while port_taken "$next_free"; do next_free=$((next_free + 1)); done
  FREE_PORT=$next_free
  next_free=$((next_free + 1))
}
DOMAIN_XML="$WORK/payara6/glassfish/domains/domain1/config/domain.xml"
for default_port in 8181 3700 3820 3920 8686; do
  take_free_port
  sed -i "s/port=\"$default_port\"/port=\"$FREE_PORT\"/" "$DOMAIN_XML"
done
take_free_port
sed -i -E "s/(name=\"JMS_PROVIDER_PORT\"[^>]*value=\")7676\"/\1$FREE_PORT\"/" "$DOMAIN_XML"

step "fresh database $DB_NAME"
pg_isready -q -h "$DB_HOST" -p "$DB_PORT" || fail "PostgreSQL does not answer on $DB_HOST:$DB_PORT"
psql -q -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres \
  -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" -c "CREATE DATABASE $DB_NAME"

step "start domain and configure the database"
DOMAIN_STARTED=true
asadmin start-domain domain1
# asadmin splits JVM options at ':' unless it is escaped with a backslash.
DB_URL_ESCAPED="jdbc\\:postgresql\\://$DB_HOST\\:$DB_PORT/$DB_NAME"
asadmin create-jvm-options "-Dcrm.db.url=$DB_URL_ESCAPED"
asadmin create-jvm-options "-Dcrm.db.user=$DB_USER"
if [[ -n "${PGPASSWORD:-}" ]]; then
  asadmin create-jvm-options "-Dcrm.db.password=$PGPASSWORD"
fi
asadmin create-jvm-options "-Dcrm.admin.password=$CRM_ADMIN_PASSWORD"
asadmin restart-domain domain1

step "deploy crm.ear"
asadmin deploy --name crm "$EAR"

step "wait for /health/ready"
BASE="http://127.0.0.1:$HTTP_PORT"
deadline=$(( $(date +%s) + READY_TIMEOUT ))
status=000
until [[ "$status" == 200 ]]; do
  if (( $(date +%s) > deadline )); then
    curl -s "$BASE/health/ready" || true
    echo
    fail "/health/ready did not answer 200 within ${READY_TIMEOUT}s (last status $status)"
  fi
  sleep 2
  status=$(curl -s -o "$WORK/ready.json" -w '%{http_code}' "$BASE/health/ready" || true)
done
cat "$WORK/ready.json"; echo
grep -q '"crm-database"' "$WORK/ready.json" \
  || fail "/health/ready is 200 but has no crm-database check: the application is not the one answering"

step "authenticated API call"
status=$(curl -s -o "$WORK/key.json" -w '%{http_code}' -u "admin:$CRM_ADMIN_PASSWORD" \
  -H 'Content-Type: application/json' -H 'Accept: application/json' \
  -d '{"name":"ear-smoke","role":"ADMIN"}' "$BASE/api/api-keys" || true)
if [[ "$status" != 201 ]]; then
  cat "$WORK/key.json" 2>/dev/null; echo
  fail "POST /api/api-keys with HTTP Basic admin answered $status, expected 201 (is security in this build?)"
fi
KEY=$(sed -n 's/.*"key"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' "$WORK/key.json")
[[ -n "$KEY" ]] || fail "POST /api/api-keys answered 201 without a \"key\": $(cat "$WORK/key.json")"
status=$(curl -s -o "$WORK/customers.json" -w '%{http_code}' -H "Authorization: Bearer $KEY" \
  -H 'Accept: application/json' "$BASE/api/customers" || true)
if [[ "$status" != 200 ]]; then
  cat "$WORK/customers.json" 2>/dev/null; echo
  fail "GET /api/customers with the API key answered $status, expected 200"
fi
echo "[ear-smoke] GET /api/customers: 200"

step "stop domain"
asadmin stop-domain domain1
DOMAIN_STARTED=false
echo "[ear-smoke] OK"
