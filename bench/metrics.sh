#!/usr/bin/env bash
# Measures the metrics API at a million customers, three million answers, two million purchases, a
# million cases and ten million interactions on PostgreSQL, side by side with the bare SQL aggregate over the raw rows, and prints the figures.
#   bench/metrics.sh                 # seeds crm_bench once (customers, feedback, purchases, cases,
#                                    # interactions), then measures
#   BENCH_ANSWERS=300000 bench/metrics.sh
# Needs: PostgreSQL on 127.0.0.1:5432 (trust), a built crm-web/target/crm.war, `hey` (installed if absent).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_DB:-crm_bench}
COUNT=${BENCH_COUNT:-1000000}
ANSWERS=${BENCH_ANSWERS:-3000000}
PURCHASES=${BENCH_PURCHASES:-2000000}
CASES=${BENCH_CASES:-1000000}
INTERACTIONS=${BENCH_INTERACTIONS:-10000000}
PORT=${BENCH_PORT:-8585}
PASSWORD=bench-Secret-2026
BASE=http://127.0.0.1:$PORT
PSQL="psql -U postgres -h 127.0.0.1 -qAt"
WAR=${BENCH_WAR:-crm-web/target/crm.war}
MICRO=${BENCH_MICRO:-crm-web/target/payara-micro.jar}

command -v hey >/dev/null || { apt-get update -qq && apt-get install -y -qq hey >/dev/null; }
[ -f "$WAR" ] || ./mvnw -q -B -DskipTests package
[ "$($PSQL -c "select count(*) from pg_database where datname = '$DB'")" = 1 ] || $PSQL -c "create database $DB"

micro=
start_server() {
  local log
  log=$(mktemp -d)/micro.log
  CRM_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB CRM_DB_USER=postgres CRM_ADMIN_PASSWORD=$PASSWORD \
    java -Xmx1g -jar "$MICRO" --deploy "$WAR" --contextroot / \
    --port "$PORT" --nocluster >"$log" 2>&1 &
  micro=$!
  local began
  began=$(date +%s)
  for _ in $(seq 1 1800); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready")" = 200 ] && break
    sleep 1
  done
  echo "server ready in $(( $(date +%s) - began )) s$(grep -c 'rollup was made' "$log" | sed 's/^0$//; s/.\+/, rollups made at start: &/')"
}
trap '[ -n "$micro" ] && kill $micro 2>/dev/null || true' EXIT
start_server

seeded=
if [ "$($PSQL -c "select count(*) from customer" "$DB")" -lt "$COUNT" ]; then
  echo "seeding $COUNT customers ..."
  $PSQL -v count="$COUNT" -f bench/seed-customers.sql "$DB" >/dev/null
  seeded=1
fi
if [ "$($PSQL -c "select count(*) from feedback where id >= 100000000" "$DB")" -lt "$ANSWERS" ]; then
  echo "seeding $ANSWERS pieces of feedback ..."
  began=$(date +%s)
  $PSQL -v answers="$ANSWERS" -v customers="$COUNT" -f bench/seed-feedback.sql "$DB" >/dev/null
  echo "seeded in $(( $(date +%s) - began )) s"
  seeded=1
fi
if [ "$($PSQL -c "select count(*) from purchase where id >= 100000000" "$DB")" -lt "$PURCHASES" ]; then
  echo "seeding $PURCHASES purchases ..."
  began=$(date +%s)
  $PSQL -v purchases="$PURCHASES" -v customers="$COUNT" -f bench/seed-purchases.sql "$DB" >/dev/null
  echo "seeded in $(( $(date +%s) - began )) s"
  seeded=1
fi
if [ "$($PSQL -c "select count(*) from service_case where id >= 100000000" "$DB")" -lt "$CASES" ]; then
  echo "seeding $CASES cases ..."
  began=$(date +%s)
  $PSQL -v cases="$CASES" -v customers="$COUNT" -f bench/seed-cases.sql "$DB" >/dev/null
  echo "seeded in $(( $(date +%s) - began )) s"
  seeded=1
fi
if [ "$($PSQL -c "select count(*) from interaction where id >= 20000000" "$DB")" -lt "$INTERACTIONS" ]; then
  echo "seeding $INTERACTIONS interactions ..."
  began=$(date +%s)
  $PSQL -c "delete from interaction where id >= 20000000" "$DB"
  $PSQL -v count="$INTERACTIONS" -f bench/seed-interactions.sql "$DB" >/dev/null
  echo "seeded in $(( $(date +%s) - began )) s"
  seeded=1
fi
if [ -n "$seeded" ]; then
  echo "restarting, so that the server makes the rollups from what was seeded"
  $PSQL -c "delete from metric_feedback_day" -c "delete from metric_customer" -c "delete from metric_purchase_day" -c "delete from metric_case" -c "delete from metric_contact" "$DB"
  kill $micro; wait $micro 2>/dev/null || true
  start_server
fi
echo "customers: $($PSQL -c 'select count(*) from customer' "$DB"), feedback: $($PSQL -c 'select count(*) from feedback' "$DB"), purchases: $($PSQL -c 'select count(*) from purchase' "$DB"), cases: $($PSQL -c 'select count(*) from service_case' "$DB"), rollup rows: $($PSQL -c 'select count(*) from metric_feedback_day' "$DB") (feedback), $($PSQL -c 'select (select count(*) from metric_customer_day) + (select count(*) from metric_churn)' "$DB") (customers), $($PSQL -c 'select count(*) from metric_purchase_day' "$DB") (purchases; $($PSQL -c 'select count(*) from metric_purchase_buyer' "$DB") buyer days), $($PSQL -c 'select (select count(*) from metric_case_day) + (select count(*) from metric_case_resolved)' "$DB") (cases), $($PSQL -c 'select (select count(*) from metric_contact_day) + (select count(*) from metric_response_day)' "$DB") (contacts; $($PSQL -c 'select count(*) from metric_response_second' "$DB") response seconds), interactions: $($PSQL -c 'select count(*) from interaction' "$DB")"

key=$(curl -sf -u "admin:$PASSWORD" -H 'Content-Type: application/json' \
  -d '{"name":"bench-'"$RANDOM"'","role":"ADMIN"}' "$BASE/api/api-keys" | sed -E 's/.*"key":"([^"]+)".*/\1/')
auth="Authorization: Bearer $key"

# p50 and p95 in ms of: the API over HTTP (hey, 100 requests, 4 at a time) and the bare SQL aggregate
# over the raw rows (20 runs in psql, one at a time: no HTTP, no JSON, no second query).
api() {
  local out
  out=$(hey -n 100 -c 4 -H "$auth" "$1")
  [ -z "$(grep -E '^\s+\[[0-9]+\]' <<<"$out" | grep -v '\[200\]')" ] || { echo "not 200: $1" >&2; }
  printf '%s %s' "$(grep -E '^\s+50% in' <<<"$out" | awk '{printf "%.0f", $3 * 1000}')" \
    "$(grep -E '^\s+95% in' <<<"$out" | awk '{printf "%.0f", $3 * 1000}')"
}
bare() {
  for _ in $(seq 1 20); do
    psql -U postgres -h 127.0.0.1 -qAt -c '\timing on' -c "$1" "$DB" | grep '^Time:' | awk '{print $2}'
  done | sort -n | awk '{a[NR]=$1} END {printf "%.0f %.0f", a[int(NR*0.5)+0], a[int(NR*0.95)+0]}'
}
NPS="count(*) filter (where nps >= 9), count(*) filter (where nps between 7 and 8), count(*) filter (where nps <= 6)"
row() { # name, API query, bare SQL
  read -r a50 a95 <<<"$(api "$BASE/api/metrics/$2")"
  read -r b50 b95 <<<"$(bare "$3")"
  printf '%-40s %8s %8s %10s %10s %8s\n' "$1" "$a50" "$a95" "$b50" "$b95" \
    "$(python3 -c "print(f'{$a95 / max($b95, 1):.2f}')")"
}
span() { echo "received_at >= timestamptz '$1 00:00:00+09' and received_at < timestamptz '$2 00:00:00+09' + interval '1 day'"; }
seg="customer_id in (select customer_id from customer_segment where label = '関東')"

# Warm-up, not counted: the server's first requests of a kind compile their code paths.
for m in nps csat ces reviews retention churn referrals clv resolution fcr compliance response-time; do
  hey -n 40 -c 4 -H "$auth" "$BASE/api/metrics/$m?from=2025-12-01&to=2026-11-30&groupBy=month" >/dev/null
done
printf '\n%-40s %8s %8s %10s %10s %8s\n' "request" "API p50" "API p95" "bare p50" "bare p95" "API/bare"
printf '%-40s %8s %8s %10s %10s %8s\n' "" "ms" "ms" "ms" "ms" "(p95)"
row "NPS, one month" "nps?from=2026-10-01&to=2026-10-31" "select $NPS from feedback where $(span 2026-10-01 2026-10-31)"
row "NPS, one year" "nps?from=2025-12-01&to=2026-11-30" "select $NPS from feedback where $(span 2025-12-01 2026-11-30)"
row "NPS, three years" "nps?from=2023-12-01&to=2026-11-30" "select $NPS from feedback where $(span 2023-12-01 2026-11-30)"
row "NPS, three years by month" "nps?from=2023-12-01&to=2026-11-30&groupBy=month" \
  "select date_trunc('month', received_at at time zone 'Asia/Tokyo'), $NPS from feedback where $(span 2023-12-01 2026-11-30) group by 1"
row "NPS, a year, one segment (関東)" "nps?from=2025-12-01&to=2026-11-30&segment=%E9%96%A2%E6%9D%B1" \
  "select $NPS from feedback where $(span 2025-12-01 2026-11-30) and $seg"
row "NPS, a year, one segment by month" "nps?from=2025-12-01&to=2026-11-30&segment=%E9%96%A2%E6%9D%B1&groupBy=month" \
  "select date_trunc('month', received_at at time zone 'Asia/Tokyo'), $NPS from feedback where $(span 2025-12-01 2026-11-30) and $seg group by 1"
row "NPS, three years by agent" "nps?from=2023-12-01&to=2026-11-30&groupBy=agent" \
  "select agent, $NPS from feedback where $(span 2023-12-01 2026-11-30) group by agent"
row "CSAT, a year by channel" "csat?from=2025-12-01&to=2026-11-30&groupBy=channel" \
  "select channel, count(*) filter (where csat * 10 >= csat_scale * 8), count(csat), sum(csat) from feedback where $(span 2025-12-01 2026-11-30) group by channel"
row "CES, a quarter" "ces?from=2026-07-01&to=2026-09-30" \
  "select count(*) filter (where ces <= 2), count(ces), sum(ces) from feedback where $(span 2026-07-01 2026-09-30)"
row "reviews, three years" "reviews?from=2023-12-01&to=2026-11-30" \
  "select count(stars), sum(stars) from feedback where $(span 2023-12-01 2026-11-30)"
# Retention and churn: S, E, N and lost counted over the customers themselves.
counted="lifecycle <> 'PROSPECT' and archived_at is null"
retention() { # SQL of the first day, of the day after the last
  echo "count(*) filter (where customer_since < $1 and (churned_on is null or churned_on >= $1)),
    count(*) filter (where customer_since < $2 and (churned_on is null or churned_on >= $2)),
    count(*) filter (where customer_since >= $1 and customer_since < $2),
    count(*) filter (where customer_since < $1 and churned_on >= $1 and churned_on < $2)"
}
year="date '2025-12-01'" next="date '2026-12-01'"
cseg="id in (select customer_id from customer_segment where label = '関東')"
row "retention, one year" "retention?from=2025-12-01&to=2026-11-30" \
  "select $(retention "$year" "$next") from customer where $counted"
row "churn, one year, one segment (関東)" "churn?from=2025-12-01&to=2026-11-30&segment=%E9%96%A2%E6%9D%B1" \
  "select $(retention "$year" "$next") from customer where $counted and $cseg"
row "churn, one year by segment" "churn?from=2025-12-01&to=2026-11-30&groupBy=segment" \
  "select label, $(retention "$year" "$next") from customer join customer_segment on customer_id = id where $counted group by label"
row "retention, three years by quarter" "retention?from=2023-12-01&to=2026-11-30&groupBy=quarter" \
  "select q, $(retention q "(q + interval '3 months')") from customer, generate_series(date '2023-12-01', date '2026-09-01', interval '3 months') q where $counted group by q"
# Lifetime value in yen: revenue and buyers to date, and the year's revenue, orders and distinct
# buyers (the bare query leaves out the year's churn, which the API reads from the customer rollup).
clv() { # end (day after the last, Tokyo midnight as SQL)
  echo "sum(amount) filter (where purchased_at < $1), count(distinct customer_id) filter (where purchased_at < $1),
    sum(amount) filter (where purchased_at >= $1 - interval '365 days' and purchased_at < $1),
    count(*) filter (where purchased_at >= $1 - interval '365 days' and purchased_at < $1),
    count(distinct customer_id) filter (where purchased_at >= $1 - interval '365 days' and purchased_at < $1)"
}
pend="timestamptz '2026-12-01 00:00:00+09'"
row "CLV, one year" "clv?from=2025-12-01&to=2026-11-30" \
  "select $(clv "$pend") from purchase where currency = 'JPY'"
row "CLV, one year, one segment (関東)" "clv?from=2025-12-01&to=2026-11-30&segment=%E9%96%A2%E6%9D%B1" \
  "select $(clv "$pend") from purchase where currency = 'JPY' and $seg"
row "CLV, one year by segment" "clv?from=2025-12-01&to=2026-11-30&groupBy=segment" \
  "select label, $(clv "$pend") from purchase join customer_segment using (customer_id) where currency = 'JPY' group by label"
row "CLV, one year by quarter" "clv?from=2025-12-01&to=2026-11-30&groupBy=quarter" \
  "select q, $(clv "(q + interval '3 months')") from purchase, generate_series(timestamptz '2025-12-01 00:00:00+09', timestamptz '2026-09-01 00:00:00+09', interval '3 months') q where currency = 'JPY' group by q"
# Resolution and FCR of the cases as they stand now: opened in the period and resolved by its end;
# resolved in it and at first contact.
cases() { # first instant, end (day after the last), both as SQL
  echo "(select count(*) from service_case where opened_at >= $1 and opened_at < $2),
    (select count(*) from service_case where opened_at >= $1 and opened_at < $2 and resolved_at < $2),
    (select count(*) from service_case where resolved_at >= $1 and resolved_at < $2),
    (select count(*) from service_case where resolved_at >= $1 and resolved_at < $2 and first_contact_resolution)"
}
cy="timestamptz '2025-12-01 00:00:00+09'" cn="timestamptz '2026-12-01 00:00:00+09'"
row "resolution, one year" "resolution?from=2025-12-01&to=2026-11-30" "select $(cases "$cy" "$cn")"
row "FCR, one year by channel" "fcr?from=2025-12-01&to=2026-11-30&groupBy=channel" \
  "select first_inbound_channel, count(*), count(*) filter (where first_contact_resolution) from service_case where resolved_at >= $cy and resolved_at < $cn group by 1"
row "resolution, a year, one agent" "resolution?from=2025-12-01&to=2026-11-30&agent=bench7" \
  "select count(*), count(*) filter (where resolved_at < $cn) from service_case where owner = 'bench7' and opened_at >= $cy and opened_at < $cn"
row "resolution, three years by month" "resolution?from=2023-12-01&to=2026-11-30&groupBy=month" \
  "select m, count(*), count(*) filter (where resolved_at < m + interval '1 month') from service_case join generate_series(timestamptz '2023-12-01 00:00:00+09', timestamptz '2026-11-01 00:00:00+09', interval '1 month') m on opened_at >= m and opened_at < m + interval '1 month' group by m"
# Standard compliance and response times of the inbound contacts with a deadline that came in: the
# outcomes counted, and the response times sorted for the median and p90 (nearest rank).
contacts="due_at is not null and awaits_answer and occurred_at >= $cy and occurred_at < $cn"
outcomes="count(*) filter (where answered_at <= due_at), count(*) filter (where answered_at > due_at),
  count(*) filter (where answered_at is null and due_at < now()), count(*) filter (where answered_at is null and due_at >= now())"
quantiles="percentile_disc(array[0.5, 0.9]) within group (order by answered_at - occurred_at)"
row "compliance, one year" "compliance?from=2025-12-01&to=2026-11-30" \
  "select $outcomes from interaction where $contacts"
row "compliance, one year by agent" "compliance?from=2025-12-01&to=2026-11-30&groupBy=agent" \
  "select coalesce(i.agent, c.owner), $outcomes from interaction i join customer c on c.id = i.customer_id where $contacts group by 1"
row "response time, one year" "response-time?from=2025-12-01&to=2026-11-30" \
  "select $quantiles from interaction where $contacts and answered_at is not null"
row "response time, one year by channel" "response-time?from=2025-12-01&to=2026-11-30&groupBy=channel" \
  "select channel, $quantiles from interaction where $contacts and answered_at is not null group by channel"
row "response time, a year, one segment (関東)" "response-time?from=2025-12-01&to=2026-11-30&segment=%E9%96%A2%E6%9D%B1" \
  "select $quantiles from interaction where $contacts and answered_at is not null and $seg"
row "response time, two years by month" "response-time?from=2024-12-01&to=2026-11-30&groupBy=month" \
  "select date_trunc('month', occurred_at at time zone 'Asia/Tokyo'), $quantiles from interaction where due_at is not null and awaits_answer and occurred_at >= timestamptz '2024-12-01 00:00:00+09' and occurred_at < $cn and answered_at is not null group by 1"
# The dashboard pages, signed in (one browser's requests one after another): every metric of the
# period and the one before, the trend and the breakdown, rendered.
for page in "satisfaction page, a year|satisfaction?from=2025-12-01&to=2026-11-30" \
  "satisfaction page, 3 years, one segment|satisfaction?from=2023-12-01&to=2026-11-30&segment=%E9%96%A2%E6%9D%B1" \
  "business page, a year by quarter|business?from=2025-12-01&to=2026-11-30&groupBy=quarter" \
  "competitive page, 2 years by half|competitive?from=2024-12-01&to=2026-11-30" \
  "operations page, 12 weeks by week|operations?from=2026-09-07&to=2026-11-29&groupBy=week"; do
  path=${page#*|}
  read -r p50 p95 <<<"$(python3 bench/page-times.py "$BASE" admin "$PASSWORD" "/dashboards/${path%%\?*}.xhtml?${path#*\?}" 30)"
  printf '%-40s %8s %8s\n' "${page%%|*}" "$p50" "$p95"
done
echo
echo "API: the whole request over HTTP (this period and the one before, JSON), 4 at a time on the same 2 cores."
echo "bare: the SQL aggregate alone over the raw rows in psql, one at a time; it computes less (no previous period)."
