#!/usr/bin/env bash
# Start-up, three ways, alternately in one run: the packaged jar as built; the jar that the build
# extracted to target/app, started with the class data sharing archive the build wrote
# (target/app/aiwire.jsa); and the same with Spring AOT's bean factory (-Dspring.aot.enabled=true).
# Each start is on an empty database with the sample content, so "ready" (readiness probe up:
# migrations run, content imported, search index caught up) includes the whole first boot.
# JAVA_OPTS sets the JVM (default in common.sh: the README's options, serial GC as the archive was trained with).
#
# BEFORE=dir compares two builds instead, both started as the README deploys them (archive and
# AOT): dir/app (another build's target/app, its archive trained at that path) and this build's
# target/app, alternately, ROUNDS rounds each; per start it prints the first page, ready, the CPU
# seconds used by each, the RSS once ready and the load average; then the medians and ratios.
# BEFORE_ARGS and AFTER_ARGS add arguments to either side (a property to try without a build).
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
if [ -n "${BEFORE:-}" ]; then
  RESULTS="$BENCH_DIR/startup-ab.txt"; : > "$RESULTS"
  # ab LABEL JAR [args...]: one start as deployed; appends "label first cpu1 ready cpu2 rss" to RESULTS
  ab() {
    local label=$1 jar=$2; shift 2
    local app; app="$(dirname "$jar")"
    rm -rf "$BENCH_DIR/cds"; mkdir -p "$BENCH_DIR/cds"
    local load; load=$(cut -d' ' -f1 /proc/loadavg)
    local t0; t0=$(date +%s%N)
    # shellcheck disable=SC2086
    java $PORTAL_JAVA_OPTS -XX:SharedArchiveFile="$app/aiwire.jsa" -Xlog:cds=off -Dspring.aot.enabled=true -jar "$jar" \
      --spring.datasource.url="jdbc:h2:file:$BENCH_DIR/cds/db/aiwire;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0" \
      --aiwire.search.index-dir="$BENCH_DIR/cds/index" --aiwire.content-dir="$ROOT/content" \
      --server.port="$PORTAL_PORT" --server.address=127.0.0.1 --logging.level.root=warn "$@" > "$BENCH_DIR/portal.log" 2>&1 &
    PORTAL_PID=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$PORTAL_PORT/"; do
      kill -0 "$PORTAL_PID" 2>/dev/null || { echo "the portal stopped; see $BENCH_DIR/portal.log" >&2; exit 1; }
      sleep 0.02
    done
    local t1 c1; t1=$(date +%s%N); c1=$(awk '{print ($14 + $15) / 100}' "/proc/$PORTAL_PID/stat")
    wait_ready 600
    local t2 c2 rss; t2=$(date +%s%N); c2=$(awk '{print ($14 + $15) / 100}' "/proc/$PORTAL_PID/stat")
    rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$PORTAL_PID/status")
    stop_portal
    local first ready; first=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", (b - a) / 1e9}')
    ready=$(awk -v a="$t0" -v b="$t2" 'BEGIN {printf "%.2f", (b - a) / 1e9}')
    printf "%-7s first page %6.2f s (CPU %5.1f s)  ready %6.2f s (CPU %5.1f s)  RSS %4d MB  load %s\n" \
      "$label" "$first" "$c1" "$ready" "$c2" "$rss" "$load"
    echo "$label $first $c1 $ready $c2 $rss" >> "$RESULTS"
  }
  [ -f "$BEFORE/app/aiwire.jsa" ] || { echo "no $BEFORE/app/aiwire.jsa" >&2; exit 1; }
  BEFORE_JAR="$BEFORE/app/$(basename "$JAR")"
  read -r -a before_args <<< "${BEFORE_ARGS:-}"
  read -r -a after_args <<< "${AFTER_ARGS:-}"
  for round in $(seq 1 "$ROUNDS"); do
    if [ $((round % 2)) = 1 ]; then
      ab before "$BEFORE_JAR" "${before_args[@]}"; ab after "$EXTRACTED" "${after_args[@]}"
    else
      ab after "$EXTRACTED" "${after_args[@]}"; ab before "$BEFORE_JAR" "${before_args[@]}"
    fi
  done
  python3 - "$RESULTS" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
med = {side: [statistics.median(float(r[i]) for r in rows if r[0] == side) for i in range(1, 6)] for side in ("before", "after")}
names = ["first page s", "CPU by first page s", "ready s", "CPU by ready s", "RSS once ready MB"]
print("medians          before    after   after/before")
for i, name in enumerate(names):
    print("%-20s %7.2f  %7.2f   %5.2f x" % (name, med["before"][i], med["after"][i], med["after"][i] / med["before"][i]))
PY
  echo "($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
  exit 0
fi
for _ in $(seq 1 "$ROUNDS"); do
  start "jar" -jar "$JAR"
  start "extracted, CDS" -XX:SharedArchiveFile="$APP/aiwire.jsa" -Xlog:cds=off -jar "$EXTRACTED"
  start "extracted, CDS, AOT" -XX:SharedArchiveFile="$APP/aiwire.jsa" -Xlog:cds=off -Dspring.aot.enabled=true \
    -jar "$EXTRACTED"
done
echo "($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
