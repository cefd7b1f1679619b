#!/usr/bin/env bash
# Start-up to the first page, three ways, in one run: the packaged jar as built; the same jar
# extracted (java -Djarmode=tools ... extract); extracted and started with a class data sharing
# archive written by a training run (-XX:ArchiveClassesAtExit with spring.context.exit=onRefresh).
# Each is started ROUNDS times on the same database (already migrated and imported), so the
# figures compare start-up alone. JAVA_OPTS sets the JVM (default: 256 MB heap, serial GC).
source "$(dirname "$0")/common.sh"
ROUNDS="${ROUNDS:-2}"
JAR=$(jar_file)
APP="$BENCH_DIR/cds/app"
DB="jdbc:h2:file:$BENCH_DIR/cds/db/aiwire;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"
ARGS=(--spring.datasource.url="$DB" --aiwire.search.index-dir="$BENCH_DIR/cds/index"
  --aiwire.content-dir="$ROOT/content" --server.port="$PORTAL_PORT" --server.address=127.0.0.1
  --logging.level.root=warn)
rm -rf "$BENCH_DIR/cds"; mkdir -p "$BENCH_DIR/cds"
java -Djarmode=tools -jar "$JAR" extract --destination "$APP" >/dev/null
EXTRACTED="$APP/$(basename "$JAR")"
# the training run: migrates, imports the sample content, then stops once the context is ready
# shellcheck disable=SC2086
java $JAVA_OPTS -XX:ArchiveClassesAtExit="$BENCH_DIR/cds/app.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -Dspring.context.exit=onRefresh -jar "$EXTRACTED" "${ARGS[@]}" > "$BENCH_DIR/cds/training.log" 2>&1

first_page() {
  local label=$1; shift
  local start; start=$(date +%s%N)
  # shellcheck disable=SC2086
  java $JAVA_OPTS "$@" "${ARGS[@]}" > "$BENCH_DIR/portal.log" 2>&1 &
  PORTAL_PID=$!
  report_first_page "$label" "$start"
  stop_portal
}

trap stop_portal EXIT
for _ in $(seq 1 "$ROUNDS"); do
  first_page "jar" -jar "$JAR"
  first_page "extracted" -jar "$EXTRACTED"
  first_page "extracted, CDS archive" -XX:SharedArchiveFile="$BENCH_DIR/cds/app.jsa" -Xlog:cds=off -jar "$EXTRACTED"
done
echo "($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
