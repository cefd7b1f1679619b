#!/usr/bin/env bash
# Bulk import beside flexmark in one JVM (bench/java/dev/aiwire/article/publishing/BulkImportBenchmark.java):
# flexmark's parse and render of COUNT generated articles, the portal's import of the same files as
# a content folder, and the same files published one by one, alternately for ROUNDS rounds; then the
# re-extraction of one round's articles and DESK single publishes from the desk (median, p99).
# PROFILE=1 records the run with JFR and prints where the CPU samples fell (bench/jfr-top.py).
# Usage: COUNT=2000 ROUNDS=3 bench/import.sh [portal args, e.g. --aiwire.search.index-dir=]
source "$(dirname "$0")/common.sh"
cd "$ROOT"
COUNT="${COUNT:-2000}"
ROUNDS="${ROUNDS:-3}"
WARMUP="${WARMUP:-300}"
DESK="${DESK:-200}"
ARTICLES="$BENCH_DIR/import-articles-$COUNT"
if [ ! -d "$ARTICLES" ]; then
  java bench/GenerateArticles.java "$COUNT" "$ARTICLES" 15 >&2
fi
CP=$(bench_classpath)
SCRATCH="$BENCH_DIR/import"; rm -rf "$SCRATCH"; mkdir -p "$SCRATCH"
PROFILE_OPTS=""
if [ "${PROFILE:-0}" = "1" ]; then
  PROFILE_OPTS="-XX:FlightRecorderOptions=stackdepth=256 -XX:StartFlightRecording=filename=$BENCH_DIR/import.jfr,settings=profile"
fi
# shellcheck disable=SC2086
java $JAVA_OPTS $PROFILE_OPTS -cp "$CP" dev.aiwire.article.publishing.BulkImportBenchmark "$ARTICLES" "$SCRATCH" \
  "$ROUNDS" "$WARMUP" "$DESK" "$@"
if [ "${PROFILE:-0}" = "1" ]; then
  jfr print --stack-depth 256 --events jdk.ExecutionSample "$BENCH_DIR/import.jfr" > "$BENCH_DIR/import-samples.txt"
  python3 "$ROOT/bench/jfr-top.py" "$BENCH_DIR/import-samples.txt"
fi
