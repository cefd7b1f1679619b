#!/usr/bin/env bash
# Time to tag one 2,000-word French article with the timeline's rules, on the evaluation corpus'
# paragraphs (a date in nearly every one) and on the sample content's
# (bench/java/dev/aiwire/timeline/TaggerBenchmark.java). RUNS defaults to 1000.
source "$(dirname "$0")/common.sh"
cd "$ROOT"
CP=$(bench_classpath)
# shellcheck disable=SC2086
java $JAVA_OPTS -cp "$CP" dev.aiwire.timeline.TaggerBenchmark "${1:-1000}"
