#!/usr/bin/env bash
# Triage benchmarks (see docs/triage.md, "Performance"): intake, linking and triage together.
#   app/src/bench/run-triage-benchmarks.sh REPORTS SINGLE_SECONDS
# 1. Bulk-imports REPORTS fictional industry reports (none when 0; 2000000 for the target: about 5
#    identifiers each) and waits until triage has queued them all: end-to-end rate, stored and triaged.
# 2. Waits for the bulk work to settle, then sends single reports at a steady 1,000 a second for
#    30 s to warm up, and, once those are all triaged, again for SINGLE_SECONDS (SteadyArrivals, an
#    open loop), measured: their answers' times, the time per triage batch (p50/p99) and each
#    report's time from its receipt to its queue item (p50/p90/p99, and the p99 of each batch's
#    oldest, as measured before 7 December).
# 3. Once the followers have caught up (after a 30 s warm-up at 1,000 a second when phase 2 was
#    skipped) and the database has vacuumed and checkpointed after them, sends 20 reports a second for ALONE_SECONDS (60), each linked and triaged alone: one
#    report's linking, its triage, and the two added up (p50/p90/p99) beside what is stored, and how
#    much is stored.
# 4. Waits for the followers (networks, statistics), which wait while reports are on their way to
#    their queues, to catch up: how many events they had waiting and how long they took
#    (FOLLOWERS_WAIT=0 skips this).
# Needs a built jar (./hifazat build) and the test classes (./mvnw -pl app test-compile).
# Starts its own server on port 8183 with a fresh data folder, and stops it at the end.
# BENCH_DATA=folder keeps the data folder there (a later run with REPORTS=0 measures beside what an
# earlier one stored, once its followers and the database's vacuum have finished); SINGLES=0 skips
# phase 2.
set -euo pipefail
reports="${1:-1000000}"; single="${2:-60}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"; cd "$root"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
work="$(mktemp -d /tmp/hz-triage-bench.XXXX)"
data="${BENCH_DATA:-$work/data}"
reused=0; [ -d "$data/keys" ] && reused=1
"$java" -Djarmode=tools -jar app/target/hifazat-0.1.0-SNAPSHOT.jar extract --destination "$work/app" >/dev/null
HIFAZAT_DATA_DIR="$data" SERVER_PORT=8183 "$java" -Xmx1g -Dlogging.level.hifazat.triage.timing=DEBUG -Dlogging.level.hifazat.triage.lags=DEBUG -Dlogging.level.hifazat.linking.timing=DEBUG \
  -jar "$work/app/hifazat-0.1.0-SNAPSHOT.jar" --demo >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf -o /dev/null http://localhost:8183/actuator/health; do sleep 1; done
if [ "$reused" = 1 ]; then
  key="$(cat "$data/bench-key")"
else
  until grep -q 'hzk_' "$work/server.log"; do sleep 1; done
  key="$(grep -o 'hzk_[A-Za-z0-9_-]*' "$work/server.log" | head -1)"; echo "$key" >"$data/bench-key"
fi
pgport() { sed -n 4p "$(find "$data" -name postmaster.pid | head -1)"; }
sql() { PGPASSWORD="$(cat "$data/keys/database-password")" psql -h localhost -p "$(pgport)" -U postgres -d postgres -XAtq -F ' ' -c "$1"; }
backlog() { sql "SELECT count(*) FROM following_backlog"; }
vacuuming() { sql "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'"; }
triaged() { awk '/triaged reports=/ { split($0, a, "reports="); split(a[2], b, " "); n += b[1] } END { print n + 0 }' "$work/server.log"; }
# What the log says about the batches after line $1: count, p50 and p99 of batch time, p99 of lag.
summary() {
  tail -n +"$1" "$work/server.log" | grep 'triaged reports=' | sed -E 's/.*reports=([0-9]+) micros=([0-9]+) lagMaxMillis=([0-9]+).*/\1 \2 \3/' \
    | sort -k2 -n | awk '{ r[NR] = $1; t[NR] = $2; l[NR] = $3; n += $1 } END {
        if (NR == 0) { print "no batches"; exit }
        printf "batches=%d reports=%d batch_p50_ms=%.1f batch_p99_ms=%.1f per_report_ms=%.3f\n", NR, n, t[int(NR*0.5)+1]/1000, t[int(NR*0.99)+1]/1000, (t[int(NR*0.5)+1]/1000)/(r[int(NR*0.5)+1]) }'
  tail -n +"$1" "$work/server.log" | grep 'triaged reports=' | sed -E 's/.*lagMaxMillis=([0-9]+).*/\1/' | sort -n \
    | awk '{ l[NR] = $1 } END { if (NR) printf "oldest_of_each_batch receipt_to_queue_p50_ms=%d p99_ms=%d max_ms=%d\n", l[int(NR*0.5)+1], l[int(NR*0.99)+1], l[NR] }'
  tail -n +"$1" "$work/server.log" | grep 'lagsMillis=' | sed -E 's/.*lagsMillis=//' | tr ',' '\n' | sort -n \
    | awk '{ l[NR] = $1 } END { if (NR) printf "each_report receipt_to_queue_p50_ms=%d p90_ms=%d p99_ms=%d max_ms=%d reports=%d\n", l[int(NR*0.5)+1], l[int(NR*0.9)+1], l[int(NR*0.99)+1], l[NR], NR }'
}
# Linking's batches after line $1: count, p50 and p99 of batch time.
linking() {
  tail -n +"$1" "$work/server.log" | grep 'linked reports=' | sed -E 's/.*reports=([0-9]+) micros=([0-9]+).*/\1 \2/' \
    | sort -k2 -n | awk '{ t[NR] = $2; n += $1 } END { if (NR) printf "linking_batches=%d reports=%d batch_p50_ms=%.1f batch_p99_ms=%.1f\n", NR, n, t[int(NR*0.5)+1]/1000, t[int(NR*0.99)+1]/1000 }'
}
# The number of the first line the log will have after what is in it now: where a measured window starts.
next_line() { echo $(( $(wc -l <"$work/server.log") + 1 )); }
# Returns once triage has had nothing to do for 3 s.
settled() {
  local last=-1 now
  while now="$(triaged)"; [ "$now" != "$last" ]; do last="$now"; sleep 3; done
}
# Linking and triage of the reports that were each alone in their batch, after line $1.
alone() {
  for step in linked triaged; do
    tail -n +"$1" "$work/server.log" | grep "$step reports=1 " | sed -E 's/.*micros=([0-9]+).*/\1/' | sort -n \
      | awk -v s="$step" '{ t[NR] = $1 } END { if (NR) printf "one_report %s batches=%d p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f\n", s, NR, t[int(NR*0.5)+1]/1000, t[int(NR*0.9)+1]/1000, t[int(NR*0.99)+1]/1000, t[NR]/1000 }'
  done
  # Each lone triage with the lone linking just before it: the two steps of one report, added up.
  tail -n +"$1" "$work/server.log" | grep -E "(linked|triaged) reports=1 " | sed -E 's/.*(linked|triaged) reports=1 micros=([0-9]+).*/\1 \2/' \
    | awk '$1 == "linked" { l = $2; next } l != "" { print l + $2; l = "" }' | sort -n \
    | awk '{ t[NR] = $1 } END { if (NR) printf "one_report linked_and_triaged reports=%d p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f\n", NR, t[int(NR*0.5)+1]/1000, t[int(NR*0.9)+1]/1000, t[int(NR*0.99)+1]/1000, t[NR]/1000 }'
}
if [ "$reused" = 1 ]; then
  echo "reusing $data: waiting for the followers and the database's vacuum"
  until [ "$(backlog)" -eq 0 ] && [ "$(vacuuming)" -eq 0 ]; do sleep 5; done
else
  until [ "$(triaged)" -gt 0 ]; do sleep 1; done   # the demo week, linked and triaged
fi
before="$(triaged)"; mark="$(next_line)"
if [ "$reports" -gt 0 ]; then
echo "mode=bulk reports=$reports"
"$java" -cp app/target/test-classes pk.hifazat.intake.bench.GenerateBulkFile "$work/bulk.ndjson" "$reports" >/dev/null
start="$(date +%s.%N)"
curl -sS -N -X POST -T "$work/bulk.ndjson" -H "Authorization: Bearer $key" -H 'Content-Type: application/x-ndjson' \
     http://localhost:8183/api/v1/reports/bulk | tail -1
stored="$(date +%s.%N)"
until [ "$(( $(triaged) - before ))" -ge "$reports" ]; do sleep 0.5; done
done_at="$(date +%s.%N)"
awk -v n="$reports" -v s="$start" -v m="$stored" -v d="$done_at" \
  'BEGIN { printf "stored_per_s=%.0f stored_and_triaged_per_s=%.0f triage_behind_storage_s=%.1f\n", n/(m-s), n/(d-s), d-m }'
summary "$mark"
linking "$mark"
echo "following_backlog_after_bulk=$(backlog)"
rm -f "$work/bulk.ndjson"
sleep 20   # what the bulk import left behind (media's look-alike pass, networks' alerts) settles
fi
if [ "${SINGLES:-1}" = 1 ]; then
echo "mode=single warm-up seconds=30 (the single-report path's code compiled, as on a server that has run a while)"
"$java" -cp app/target/test-classes pk.hifazat.intake.bench.SteadyArrivals http://localhost:8183 "$key" 1000 30
settled   # the warm-up's reports all triaged, so that none of them is timed with the measured ones
mark="$(next_line)"
echo "mode=single seconds=$single"
cpu() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
database_cpu() { for p in $(pgrep -x postgres); do cpu "$p"; done | awk '{ s += $1 } END { print s + 0 }'; }
app0="$(cpu "$server")"; db0="$(database_cpu)"
"$java" -cp app/target/test-classes pk.hifazat.intake.bench.SteadyArrivals http://localhost:8183 "$key" 1000 "$single"
awk -v a="$(( $(cpu "$server") - app0 ))" -v d="$(( $(database_cpu) - db0 ))" -v t="$(getconf CLK_TCK)" \
  'BEGIN { printf "cpu_seconds_while_sending application=%.1f postgresql=%.1f\n", a/t, d/t }'
sleep 10
summary "$mark"
linking "$mark"
fi
settled
mark="$(next_line)"
if [ "${SINGLES:-1}" != 1 ]; then
  echo "mode=one-at-a-time warm-up 1,000 reports/s for 30 s (the code compiled, as on a server that has run a while)"
  "$java" -cp app/target/test-classes pk.hifazat.intake.bench.SteadyArrivals http://localhost:8183 "$key" 1000 30
fi
settled
echo "waiting for the followers to catch up, as they do between reports that come one at a time, then for the vacuum and a checkpoint"
until [ "$(backlog)" -eq 0 ]; do sleep 2; done
# What the warm-up's flood left the database to clean up is not the work of reports that come one at a time.
until [ "$(vacuuming)" -eq 0 ]; do sleep 2; done
sql "CHECKPOINT"
mark="$(next_line)"
echo "mode=one-at-a-time 20 reports/s for ${ALONE_SECONDS:-60} s (each linked and triaged alone: one report's triage)"
"$java" -cp app/target/test-classes pk.hifazat.intake.bench.SteadyArrivals http://localhost:8183 "$key" 20 "${ALONE_SECONDS:-60}" 50000 4
sleep 3
alone "$mark"
summary "$mark"
sql "SELECT 'stored reports=' || (SELECT count(*) FROM report), 'identifiers=' || (SELECT count(*) FROM report_identifier), 'linking_keys=' || (SELECT count(*) FROM link_key), 'key_namings=' || (SELECT count(*) FROM link_report_key)"
waited="$(date +%s.%N)"; echo "following_backlog_after_single=$(backlog)"
if [ "${FOLLOWERS_WAIT:-1}" = 1 ]; then
  until [ "$(backlog)" -eq 0 ]; do sleep 1; done
  awk -v s="$waited" -v e="$(date +%s.%N)" 'BEGIN { printf "followers_caught_up_after_s=%.1f\n", e-s }'
fi
grep -E "ERROR|Exception" "$work/server.log" | head -5 || true
