#!/usr/bin/env bash
# Time of publishing's extraction per 2,000 words: the temporal tagger (French evaluation corpus,
# dense in dates; English; the sample content) and the quotation extractor (French and English
# paragraphs of the quotation set's development half), warm
# (bench/java/dev/aiwire/ExtractionHarness.java).
#
#   bench/extraction.sh [runs] [tagger|quotes]   # default 500 runs of each, after a warm-up
#   bench/extraction.sh dump FILE                # every evaluation and sample article's events and
#                                                # quotations, to check a change leaves them identical
#   BASELINE=/tmp/aiwire-old ROUNDS=3 bench/extraction.sh [runs] [tagger|quotes]
#       # another checkout (built with `./mvnw -Pbench test-compile` and holding this harness) and this
#       # one alternately, ROUNDS times each, then this one's time over the baseline's per line
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
OUT="$BENCH_DIR/extraction-rounds.txt"
: > "$OUT"
for round in $(seq "${ROUNDS:-3}"); do
  for side in baseline this; do
    if [ "$side" = baseline ]; then cp_=$OLD_CP; dir=$BASELINE; else cp_=$CP; dir=$ROOT; fi
    # shellcheck disable=SC2086
    (cd "$dir" && java $JAVA_OPTS -cp "$cp_" dev.aiwire.ExtractionHarness time "$RUNS" "$ONLY") \
      | sed "s/^/$side $round | /" | tee -a "$OUT"
  done
done
echo
echo "median ms per 2,000 words, baseline -> this (ratio of medians; per-round ratios)"
awk -F' [|] ' '{
    split($1, s, " "); side = s[1]; round = s[2]
    name = substr($2, 1, 34); sub(/ +$/, "", name)
    split(substr($2, 35), v, " "); ms = v[1] + 0
    t[side, name, round] = ms; names[name] = 1; rounds[round] = 1
  }
  function median(arr, n,   i, j, x) {
    for (i = 2; i <= n; i++) { x = arr[i]; for (j = i - 1; j >= 1 && arr[j] > x; j--) arr[j + 1] = arr[j]; arr[j + 1] = x }
    return (n % 2) ? arr[(n + 1) / 2] : (arr[n / 2] + arr[n / 2 + 1]) / 2
  }
  END {
    for (name in names) {
      n = 0; delete a; delete b; per = ""
      for (r in rounds) { n++; a[n] = t["baseline", name, r]; b[n] = t["this", name, r]; per = per sprintf(" %.2f", b[n] / a[n]) }
      ma = median(a, n); mb = median(b, n)
      printf "%-34s %6.3f -> %6.3f ms  %.2f x  (%s )\n", name, ma, mb, mb / ma, per
    }
  }' "$OUT" | sort
echo "($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
