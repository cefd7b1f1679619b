#!/usr/bin/env bash
# Start-up time to the first served page, and resident memory under load.
# Starts the packaged portal twice on a database under $BENCH_DIR (first boot: migrations and the
# sample content's import; second boot: nothing to do), timing from the java command to the first
# 200 of the home page; then loads it with wrk for LOAD seconds over several pages and reports the
# largest RSS seen. JAVA_OPTS sets the JVM (default in common.sh: the README's options).
source "$(dirname "$0")/common.sh"
LOAD="${LOAD:-20}"
DB="${BENCH_DB:-jdbc:h2:file:$BENCH_DIR/startup-db/aiwire;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0}"
CONTENT="${BENCH_CONTENT:-$ROOT/content}"
[ -z "${BENCH_DB:-}" ] && rm -rf "$BENCH_DIR/startup-db" "$BENCH_DIR/search-index"
trap stop_portal EXIT

first_page() {
  local start; start=$(date +%s%N)
  start_portal "$DB" "$CONTENT"
  report_first_page "$1" "$start"
}

first_page "first boot"
wait_ready 600
stop_portal
first_page "second boot"
wait_ready 600

max=$(peak_rss_under_mix "$BENCH_DIR/startup-wrk.txt")
printf "RSS under load: %d MB at most (%s); %s\n" $((max / 1024)) "$PORTAL_JAVA_OPTS" "$(grep Requests/sec "$BENCH_DIR/startup-wrk.txt")"
