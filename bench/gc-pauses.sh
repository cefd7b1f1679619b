#!/usr/bin/env bash
# Collector pauses under the reader's load, for one set of JVM options: starts the portal on the
# sample content with a GC log, loads the article and timeline pages with wrk (ROUNDS rounds of
# DURATION seconds each, 32 connections, after a warm-up), then prints the requests served, the
# resident memory, and the young and full collections of the measured part with their longest and
# total pauses. Run two option sets alternately and compare the counts per request: the pause
# times themselves follow the machine's load.
#
#   bench/gc-pauses.sh                                    # the advised options (common.sh)
#   JAVA_OPTS="-XX:+UseSerialGC -Xmx256m ..." bench/gc-pauses.sh
#
# Needs wrk (apt-get install wrk).
source "$(dirname "$0")/common.sh"
DURATION="${DURATION:-10}"
ROUNDS="${ROUNDS:-3}"
PAGES="${PAGES:-/articles/deepseek-r1-secousse-silicon-valley /timeline}"
LOG="$BENCH_DIR/gc.log"
DB="jdbc:h2:file:$BENCH_DIR/gc-db/aiwire;DB_CLOSE_ON_EXIT=FALSE"
rm -rf "$BENCH_DIR/gc-db" "$BENCH_DIR/search-index" "$LOG"
PORTAL_JAVA_OPTS="$PORTAL_JAVA_OPTS -Xlog:gc:file=$LOG"
trap stop_portal EXIT
start_portal "$DB" "$ROOT/content"
wait_ready 900
for page in $PAGES; do wrk -t2 -c32 -d"${DURATION}s" "http://127.0.0.1:$PORTAL_PORT$page" >/dev/null; done
before=$(wc -l < "$LOG")
requests=0
for round in $(seq "$ROUNDS"); do
  for page in $PAGES; do
    out=$(wrk -t2 -c32 -d"${DURATION}s" --latency "http://127.0.0.1:$PORTAL_PORT$page")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    echo "round $round $page: $rps requests/s, p99 $(awk '$1 == "99%" {print $2}' <<<"$out")"
    requests=$(awk -v t="$requests" -v r="$rps" -v d="$DURATION" 'BEGIN {print int(t + r * d)}')
  done
done
rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$PORTAL_PID/status")
# pauses KIND: "count longest total" of the measured part's pauses of that kind, in ms
pauses() {
  tail -n +"$((before + 1))" "$LOG" | grep "Pause $1" | sed -E 's/.* ([0-9.]+)ms$/\1/' \
    | awk '{n++; s += $1; if ($1 > m) m = $1} END {printf "%d (longest %.1f ms, total %.0f ms)", n, m, s}'
}
echo "options: $PORTAL_JAVA_OPTS"
echo "requests $requests, RSS $rss MB, young collections $(pauses Young), full collections $(pauses Full)"
