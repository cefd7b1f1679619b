#!/usr/bin/env bash
# Start-up, three ways, alternately in one run: the packaged jar as built; the jar that the build
# extracted to target/app, started with the class data sharing archive the build wrote
# (target/app/aiwire.jsa); and the same with Spring AOT's bean factory (-Dspring.aot.enabled=true).
# Each start is on an empty database with the sample content, so "ready" (readiness probe up:
# migrations run, content imported, search index caught up) includes the whole first boot.
# JAVA_OPTS sets the JVM (default in common.sh: the README's options, serial GC as the archive was trained with).
source "$(dirname "$0")/common.sh"
ROUNDS="${ROUNDS:-3}"
JAR=$(jar_file)
APP="$(dirname "$JAR")/app"
EXTRACTED="$APP/$(basename "$JAR")"
[ -f "$APP/aiwire.jsa" ] || { echo "no $APP/aiwire.jsa: build with ./mvnw package" >&2; exit 1; }

start() {
  local label=$1; shift
  rm -rf "$BENCH_DIR/cds"; mkdir -p "$BENCH_DIR/cds"
  local start; start=$(date +%s%N)
  # shellcheck disable=SC2086
  java $PORTAL_JAVA_OPTS "$@" --spring.datasource.url="jdbc:h2:file:$BENCH_DIR/cds/db/aiwire;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0" \
    --aiwire.search.index-dir="$BENCH_DIR/cds/index" --aiwire.content-dir="$ROOT/content" \
    --server.port="$PORTAL_PORT" --server.address=127.0.0.1 --logging.level.root=warn > "$BENCH_DIR/portal.log" 2>&1 &
  PORTAL_PID=$!
  report_first_page "$label" "$start"
  wait_ready 600
  local end; end=$(date +%s%N)
  printf "%-22s ready after      %6.2f s\n" "$label" "$(awk -v a="$start" -v b="$end" 'BEGIN {print (b - a) / 1e9}')"
  stop_portal
}

trap stop_portal EXIT
for _ in $(seq 1 "$ROUNDS"); do
  start "jar" -jar "$JAR"
  start "extracted, CDS" -XX:SharedArchiveFile="$APP/aiwire.jsa" -Xlog:cds=off -jar "$EXTRACTED"
  start "extracted, CDS, AOT" -XX:SharedArchiveFile="$APP/aiwire.jsa" -Xlog:cds=off -Dspring.aot.enabled=true \
    -jar "$EXTRACTED"
done
echo "($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
