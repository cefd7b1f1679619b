#!/usr/bin/env bash
# Ingest time per article (parse, extract, store) beside flexmark's own parse and render of the
# same files, in one JVM (bench/java/dev/aiwire/article/publishing/IngestBenchmark.java). FOLDER
# defaults to the sample content; bench/GenerateArticles.java makes larger sets.
source "$(dirname "$0")/common.sh"
FOLDER="${1:-$ROOT/content}"
shift || true   # further arguments go to the portal, e.g. --aiwire.search.index-dir= (index in memory)
cd "$ROOT"
CP=$(bench_classpath)
SCRATCH="$BENCH_DIR/ingest"; rm -rf "$SCRATCH"; mkdir -p "$SCRATCH"
# shellcheck disable=SC2086
java $JAVA_OPTS -cp "$CP" dev.aiwire.article.publishing.IngestBenchmark "$FOLDER" "$SCRATCH" "${WARMUP_ROUNDS:-3}" "$@"
