#!/usr/bin/env bash
# Time of publishing's extraction per 2,000 words: the temporal tagger (French evaluation corpus,
# dense in dates; English; the sample content) and the quotation extractor (French and English
# paragraphs of the quotation set's development half), warm
# (bench/java/dev/aiwire/ExtractionHarness.java).
#
#   bench/extraction.sh [runs] [tagger|quotes]   # default 500 runs of each, after a warm-up
#   bench/extraction.sh dump FILE                # every evaluation and sample article's events and
#                                                # quotations, to check a change leaves them identical
#   BASELINE=/tmp/aiwire-old ROUNDS=5 bench/extraction.sh [runs] [tagger|quotes]
#       # another checkout (built with `./mvnw -Pbench test-compile`, holding this harness) and this
#       # one in one JVM, each in its own class loader, in alternate batches, ROUNDS rounds of RUNS
#       # runs: times per 2,000 words and this one's over the baseline's
source "$(dirname "$0")/common.sh"
cd "$ROOT"
CP=$(bench_classpath)
if [ "${1:-}" = "dump" ]; then
  # shellcheck disable=SC2086
  java $JAVA_OPTS -cp "$CP" dev.aiwire.ExtractionHarness dump "$(realpath -m "$2")"
  exit
fi
RUNS="${1:-500}"
ONLY="${2:-}"
if [ -z "${BASELINE:-}" ]; then
  # shellcheck disable=SC2086
  java $JAVA_OPTS -cp "$CP" dev.aiwire.ExtractionHarness time "$RUNS" "$ONLY"
  exit
fi
DEPS=$(cat "$BENCH_DIR/classpath.txt")
OLD_CP="$BASELINE/target/test-classes:$BASELINE/target/classes:$DEPS"
# both builds in one JVM, in alternate batches (bench/CompareExtraction.java)
java -Xms512m -Xmx512m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=128m bench/CompareExtraction.java \
  "$OLD_CP" "$CP" "$RUNS" "${ROUNDS:-5}" "$ONLY"
echo "($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
