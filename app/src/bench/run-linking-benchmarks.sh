#!/usr/bin/env bash
# Linking benchmark (see docs/linking.md): fills linking's tables with REPORTS reports in SQL, then times
# linking single reports and batches of 1,000.
#   app/src/bench/run-linking-benchmarks.sh [REPORTS (2000000)] [SINGLES (2000)] [BATCHES (20)]
# Needs a built jar (./hifazat build, or ./mvnw -pl app -am package -DskipTests). Runs on a fresh
# data folder, which it removes at the end.
set -euo pipefail
reports="${1:-2000000}"; singles="${2:-2000}"; batches="${3:-20}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"; cd "$root"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
work="$(mktemp -d /tmp/hz-linking-bench.XXXX)"
trap 'rm -rf "$work"' EXIT
"$java" -Djarmode=tools -jar app/target/hifazat-0.1.0-SNAPSHOT.jar extract --destination "$work/app" >/dev/null
classpath="$work/app/hifazat-0.1.0-SNAPSHOT.jar"
"${java%/java}/javac" -proc:none -cp "$classpath" -d "$work/bench" \
  app/src/bench/java/pk/hifazat/linking/internal/LinkingBenchmark.java
HIFAZAT_DATA_DIR="$work/data" "$java" -Xmx1g -cp "$classpath:$work/bench" pk.hifazat.linking.internal.LinkingBenchmark \
  "$reports" "$singles" "$batches" 2>&1 | grep -vE '^\s*$|^(SLF4J|WARNING)' | grep -E 'filled|single|sharedBy|batches|Exception|Error' || true
