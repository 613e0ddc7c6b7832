#!/usr/bin/env bash
# Measures the customer API at a million customers on PostgreSQL and prints the figures.
#   bench/run.sh            # seeds crm_bench once (about 2.5 min), then measures
#   BENCH_COUNT=100000 bench/run.sh
# Needs: PostgreSQL on 127.0.0.1:5432 (trust), a built crm-web/target/crm.war, `hey` (installed if absent).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_DB:-crm_bench}
COUNT=${BENCH_COUNT:-1000000}
PORT=${BENCH_PORT:-8585}
PASSWORD=bench-Secret-2026
BASE=http://127.0.0.1:$PORT
PSQL="psql -U postgres -h 127.0.0.1 -qAt"

command -v hey >/dev/null || { apt-get update -qq && apt-get install -y -qq hey >/dev/null; }
[ -f crm-web/target/crm.war ] || ./mvnw -q -B -DskipTests package

if [ "$($PSQL -c "select count(*) from pg_database where datname = '$DB'")" = 0 ]; then
  $PSQL -c "create database $DB"
  fresh=1
else
  fresh=0
fi

log=$(mktemp -d)/micro.log
CRM_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB CRM_DB_USER=postgres CRM_ADMIN_PASSWORD=$PASSWORD \
  java -Xmx1g -jar crm-web/target/payara-micro.jar --deploy crm-web/target/crm.war --contextroot / \
  --port "$PORT" --nocluster >"$log" 2>&1 &
micro=$!
trap 'kill $micro 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready")" = 200 ] && break
  sleep 1
done

if [ "$fresh" = 1 ] || [ "$($PSQL -c "select count(*) from customer" "$DB")" -lt "$COUNT" ]; then
  echo "seeding $COUNT customers ..."
  start=$(date +%s)
  $PSQL -v count="$COUNT" -f bench/seed-customers.sql "$DB" >/dev/null
  echo "seeded in $(( $(date +%s) - start )) s"
fi

key=$(curl -sf -u "admin:$PASSWORD" -H 'Content-Type: application/json' \
  -d '{"name":"bench-'"$RANDOM"'","role":"ADMIN"}' "$BASE/api/api-keys" | sed -E 's/.*"key":"([^"]+)".*/\1/')
auth="Authorization: Bearer $key"

measure() { # name, url
  local out
  out=$(hey -n 200 -c 4 -H "$auth" "$2")
  printf '%-44s p50 %8s s  p95 %8s s  p99 %8s s  %s req/s  status %s\n' "$1" \
    "$(grep -E '^\s+50% in' <<<"$out" | awk '{print $3}')" \
    "$(grep -E '^\s+95% in' <<<"$out" | awk '{print $3}')" \
    "$(grep -E '^\s+99% in' <<<"$out" | awk '{print $3}')" \
    "$(grep 'Requests/sec' <<<"$out" | awk '{print $2}')" \
    "$(grep -E '^\s+\[[0-9]+\]' <<<"$out" | awk '{print $1 $2}' | tr '\n' ' ')"
}

echo "customers in $DB: $($PSQL -c 'select count(*) from customer where archived_at is null' "$DB")"
enc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$1"; }
measure "list, first page (50, by reading)" "$BASE/api/customers?limit=50"
next=$(curl -sf -H "$auth" "$BASE/api/customers?limit=50&sort=name" | sed -E 's/.*"next":"([^"]+)".*/\1/')
measure "list, next page by cursor" "$BASE/api/customers?limit=50&cursor=$next"
measure "list, filter lifecycle=CHURNED by since" "$BASE/api/customers?limit=50&lifecycle=CHURNED&sort=-customerSince"
measure "search rare kana (スズモリ)" "$BASE/api/customers?q=$(enc スズモリ)"
measure "search hiragana reading (すずもり)" "$BASE/api/customers?q=$(enc すずもり)"
measure "search surname kana (サトウ, 1/30 of rows)" "$BASE/api/customers?q=$(enc サトウ)"
measure "search 2-char kanji (鈴森)" "$BASE/api/customers?q=$(enc 鈴森)"
measure "search e-mail (hanako.suzumori)" "$BASE/api/customers?q=hanako.suzumori"
measure "search phone (090-1234)" "$BASE/api/customers?q=090-1234"
measure "search external id (BENCH-4711)" "$BASE/api/customers?q=BENCH-4711"
id=$($PSQL -c "select min(id) from customer where archived_at is null" "$DB")
measure "get one customer" "$BASE/api/customers/$id"

# Creation throughput through the bulk endpoint: 20 requests of 1,000 new customers.
body=$(mktemp)
run=$RANDOM
start=$(date +%s.%N)
for r in $(seq 1 20); do
  python3 - "$r" "$run" >"$body" <<'PY'
import json, sys
r, run = sys.argv[1], sys.argv[2]
items = [{"kind": "PERSON", "name": f"負荷 太郎{r}-{i}", "nameKana": "フカ タロウ", "relationshipType": "TRANSACTIONAL",
          "lifecycle": "ACTIVE", "customerSince": "2024-04-01", "email": f"load{run}-{r}-{i}@example.jp",
          "externalIds": [{"system": "bench", "id": f"{run}-{r}-{i}"}], "segments": ["関東"]} for i in range(1000)]
print(json.dumps({"items": items}))
PY
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "$auth" -H 'Content-Type: application/json' --data-binary @"$body" "$BASE/api/customers/bulk")
  [ "$code" = 200 ] || echo "bulk request $r answered $code"
done
end=$(date +%s.%N)
python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'bulk create: 20,000 customers in {s:.1f} s = {20000/s:,.0f} records/s')" "$start" "$end"

# Single creates, one request each (what a web shop does per order).
start=$(date +%s.%N)
for i in $(seq 1 200); do
  curl -s -o /dev/null -H "$auth" -H 'Content-Type: application/json' \
    -d '{"kind":"PERSON","name":"単発 花子'"$i"'","relationshipType":"TRANSACTIONAL","lifecycle":"ACTIVE","customerSince":"2024-04-01"}' \
    "$BASE/api/customers"
done
end=$(date +%s.%N)
python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'single create: 200 customers in {s:.1f} s = {200/s:,.0f} records/s (sequential)')" "$start" "$end"
