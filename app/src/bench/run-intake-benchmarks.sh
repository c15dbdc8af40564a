#!/usr/bin/env bash
# Intake benchmarks, with or without the stand-in listener attached (see docs/performance.md).
#   app/src/bench/run-intake-benchmarks.sh listener|read-back|plain REPORTS WRK_RUNS
# listener: a module listening to ReportsReceived; read-back: that listener also reads every batch;
# plain: nothing listening.
# Needs a built jar (./hifazat build), the test classes (./mvnw -pl app test-compile) and wrk.
# Starts its own server on port 8182 with a fresh data folder, and stops it at the end.
set -euo pipefail
mode="${1:-listener}"; reports="${2:-1000000}"; runs="${3:-3}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"; cd "$root"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
work="$(mktemp -d /tmp/hz-bench.XXXX)"
"$java" -Djarmode=tools -jar app/target/hifazat-0.1.0-SNAPSHOT.jar extract --destination "$work/app" >/dev/null
classpath="$work/app/hifazat-0.1.0-SNAPSHOT.jar"
options=()
if [ "$mode" = read-back ]; then options=(-Dhifazat.bench.read-back=true); fi
if [ "$mode" != plain ]; then
  "${java%/java}/javac" -cp "$classpath" -d "$work/listener" app/src/bench/java/pk/hifazat/intake/bench/AttachedListener.java
  classpath="$classpath:$work/listener"
fi
HIFAZAT_DATA_DIR="$work/data" SERVER_PORT=8182 "$java" -Xmx512m "${options[@]}" -cp "$classpath" pk.hifazat.HifazatApplication --demo \
  >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf -o /dev/null http://localhost:8182/actuator/health; do sleep 1; done
key="$(grep -o 'hzk_[A-Za-z0-9_-]*' "$work/server.log" | head -1)"
echo "mode=$mode server=$server"
"$java" -cp app/target/test-classes pk.hifazat.intake.bench.GenerateBulkFile "$work/bulk.ndjson" "$reports" >/dev/null
curl -sS -N -X POST -T "$work/bulk.ndjson" -H "Authorization: Bearer $key" -H 'Content-Type: application/x-ndjson' \
     http://localhost:8182/api/v1/reports/bulk \
  | "$java" -cp app/target/test-classes pk.hifazat.intake.bench.BulkBenchmark "$server" | tail -4
rm -f "$work/bulk.ndjson"
sleep 20   # let the listener catch up and the checkpoint settle before the latency runs
for run in $(seq "$runs"); do  # the first run warms up
  HIFAZAT_KEY="$key" wrk -t2 -c50 -d60s --latency -s app/src/test/resources/intake/bench/single-report.lua \
      http://localhost:8182/api/v1/reports | grep -E "Requests/sec|  50%|  90%|  99%|Non-2xx|Socket errors"
done
grep -c "Attached listener" "$work/server.log" || true
grep "Attached listener" "$work/server.log" | tail -1 || true
grep -E "ERROR|Exception" "$work/server.log" | head -5 || true
