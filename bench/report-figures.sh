#!/usr/bin/env bash
# Times the report figures over HTTP (compliance and case rates, several periods and cuts) against a
# running server, and when a second server is given compares every answer of the two byte for byte
# (the same database behind both: an old build and a new one).
#   bench/report-figures.sh http://127.0.0.1:8301 KEY [http://127.0.0.1:8302 KEY2] [runs]
# Prints one line per request: the path, the times of each run in seconds, and "same"/"DIFFERENT".
set -euo pipefail
url=$1 key=$2 url2=${3:-} key2=${4:-} runs=${5:-3}
today=${TODAY:-$(TZ=Asia/Tokyo date +%F)}
day() { TZ=Asia/Tokyo date -d "$today $1" +%F; }
paths=()
for by in channel agent week; do
  paths+=("/api/response-compliance?from=$(day '-27 days')&to=$today&by=$by")
  paths+=("/api/response-compliance?from=$(day '-365 days')&to=$today&by=$by")
done
paths+=("/api/response-compliance?from=$(day '-97 days')&to=$(day '-90 days')&by=week")
for by in month channel agent; do
  paths+=("/api/cases/rates?from=$(day '-30 days')&to=$today&by=$by")
  paths+=("/api/cases/rates?from=$(day '-6 months')&to=$today&by=$by")
  paths+=("/api/cases/rates?from=$(day '-1096 days')&to=$today&by=$by")
done
paths+=("/api/cases/rates?from=$(day '-400 days')&to=$(day '-380 days')&by=channel")
dir=$(mktemp -d)
for p in "${paths[@]}"; do
  times=()
  for r in $(seq "$runs"); do
    times+=("$(curl -sS -o "$dir/a" -w '%{time_total}' -H "Authorization: Bearer $key" "$url$p")")
  done
  verdict=""
  if [ -n "$url2" ]; then
    curl -sS -o "$dir/b" -H "Authorization: Bearer $key2" "$url2$p"
    if cmp -s "$dir/a" "$dir/b"; then verdict="same ($(wc -c < "$dir/a") bytes)"; else verdict="DIFFERENT"; cp "$dir/a" "$dir/diff-a-${#p}"; cp "$dir/b" "$dir/diff-b-${#p}"; fi
  fi
  echo "$p ${times[*]} $verdict"
done
echo "answers kept in $dir"
