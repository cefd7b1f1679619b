#!/usr/bin/env bash
# Ingest time per article (parse, extract, store) beside flexmark's own parse and render of the
# same files, in one JVM (dev.aiwire.article.publishing.IngestBenchmark). FOLDER defaults to the sample
# content; bench/GenerateArticles.java makes larger sets.
source "$(dirname "$0")/common.sh"
FOLDER="${1:-$ROOT/content}"
shift || true   # further arguments go to the portal, e.g. --aiwire.search.index-dir= (index in memory)
cd "$ROOT"
./mvnw -q -B test-compile -Daiwire.build.dir="${BUILD_DIR:-$ROOT/target}" >&2
CP_FILE="$BENCH_DIR/classpath.txt"
./mvnw -q -B dependency:build-classpath -Daiwire.build.dir="${BUILD_DIR:-$ROOT/target}" -Dmdep.outputFile="$CP_FILE" >&2
SCRATCH="$BENCH_DIR/ingest"; rm -rf "$SCRATCH"; mkdir -p "$SCRATCH"
# shellcheck disable=SC2086
java $JAVA_OPTS -cp "${BUILD_DIR:-$ROOT/target}/test-classes:${BUILD_DIR:-$ROOT/target}/classes:$(cat "$CP_FILE")" \
  dev.aiwire.article.publishing.IngestBenchmark "$FOLDER" "$SCRATCH" "${WARMUP_ROUNDS:-3}" "$@"
