# Shared by the benchmark scripts: build the jar once, start and stop the portal on loopback.
# Everything runs on 127.0.0.1, on ports 18100-18199, with data under $BENCH_DIR (default /tmp).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_DIR="${BENCH_DIR:-/tmp/aiwire-bench}"
PORTAL_PORT="${PORTAL_PORT:-18120}"
NGINX_PORT="${NGINX_PORT:-18121}"
# The portal is started with the JVM options the README advises, and two malloc arenas; JAVA_OPTS
# and MALLOC_ARENA_MAX replace them. The in-process harnesses (import, ingest, extraction) keep a
# fixed 256 MB heap unless JAVA_OPTS says otherwise.
PORTAL_JAVA_OPTS="${JAVA_OPTS:--XX:+UseSerialGC -Xms32m -Xmx256m -Xmn24m -XX:MinHeapFreeRatio=40 -XX:MaxHeapFreeRatio=70 -Xss512k}"
JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx256m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=160m}"
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
mkdir -p "$BENCH_DIR"

jar_file() {
  if [ -n "${BENCH_JAR:-}" ]; then echo "$BENCH_JAR"; return; fi
  local jar
  jar=$(ls "$ROOT"/target/aiwire-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [ -z "$jar" ]; then
    (cd "$ROOT" && ./mvnw -q -B package -DskipTests) >&2
    jar=$(ls "$ROOT"/target/aiwire-*.jar | grep -v original | head -1)
  fi
  echo "$jar"
}

# How the portal is launched: as the README says (the jar the build extracted to target/app, with
# its class data sharing archive and Spring AOT), or LAUNCH=jar for the packaged jar alone.
launch_args() {
  local jar; jar=$(jar_file)
  local app; app="$(dirname "$jar")/app"
  if [ "${LAUNCH:-app}" = "app" ] && [ -f "$app/aiwire.jsa" ]; then
    echo "-XX:SharedArchiveFile=$app/aiwire.jsa -Xlog:cds=off -Dspring.aot.enabled=true -jar $app/$(basename "$jar")"
  else
    echo "-jar $jar"
  fi
}

# start_portal DB_URL CONTENT_DIR [extra args...]: starts in the background, sets PORTAL_PID
start_portal() {
  local url="$1" content="$2"; shift 2
  # shellcheck disable=SC2086,SC2046
  java $PORTAL_JAVA_OPTS $(launch_args) --server.port="$PORTAL_PORT" --server.address=127.0.0.1 \
    --spring.datasource.url="$url" --aiwire.content-dir="$content" \
    --aiwire.search.index-dir="$BENCH_DIR/search-index" --logging.level.root=warn "$@" \
    > "$BENCH_DIR/portal.log" 2>&1 &
  PORTAL_PID=$!
}

# wait_ready SECONDS: waits for the readiness probe
wait_ready() {
  local deadline=$(( $(date +%s) + ${1:-600} ))
  until curl -fs "http://127.0.0.1:$PORTAL_PORT/actuator/health/readiness" >/dev/null 2>&1; do
    if ! kill -0 "$PORTAL_PID" 2>/dev/null; then echo "the portal stopped; see $BENCH_DIR/portal.log" >&2; exit 1; fi
    if [ "$(date +%s)" -gt "$deadline" ]; then echo "the portal was not ready in time" >&2; exit 1; fi
    sleep 0.2
  done
}

stop_portal() {
  if [ -n "${PORTAL_PID:-}" ] && kill -0 "$PORTAL_PID" 2>/dev/null; then
    kill "$PORTAL_PID"; wait "$PORTAL_PID" 2>/dev/null || true
  fi
}

# Waits for the first page of the portal started as PORTAL_PID at $2 (date +%s%N) and prints how
# long it took and the CPU the process had used by then, labelled $1.
report_first_page() {
  local label=$1 start=$2
  until curl -fs -o /dev/null "http://127.0.0.1:$PORTAL_PORT/"; do
    kill -0 "$PORTAL_PID" 2>/dev/null || { echo "the portal stopped; see $BENCH_DIR/portal.log" >&2; exit 1; }
    sleep 0.02
  done
  local end; end=$(date +%s%N)
  local cpu; cpu=$(awk '{print ($14 + $15) / 100}' "/proc/$PORTAL_PID/stat")
  printf "%-22s first page after %6.2f s (%.1f s of CPU)\n" "$label" \
    "$(awk -v a="$start" -v b="$end" 'BEGIN {print (b - a) / 1e9}')" "$cpu"
}

# bench_classpath: compiles the benchmarks of bench/java with the tests (Maven profile bench) and
# prints the classpath to run them with, the test classes (evaluation corpus) included
# Loads the portal with the reader mix of mix.lua for LOAD seconds (wrk's report in $1) and prints
# the largest resident set seen meanwhile, in kB.
peak_rss_under_mix() {
  local max=0 rss wrk_pid
  wrk -t2 -c32 -d"${LOAD:-20}s" -s "$(dirname "$0")/mix.lua" "http://127.0.0.1:$PORTAL_PORT" > "$1" &
  wrk_pid=$!
  while kill -0 "$wrk_pid" 2>/dev/null; do
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$PORTAL_PID/status")
    [ "$rss" -gt "$max" ] && max=$rss
    sleep 0.5
  done
  echo "$max"
}

bench_classpath() {
  local build="${BUILD_DIR:-$ROOT/target}"
  (cd "$ROOT" && ./mvnw -q -B -Pbench test-compile -Daiwire.build.dir="$build") >&2
  (cd "$ROOT" && ./mvnw -q -B dependency:build-classpath -Daiwire.build.dir="$build" \
    -Dmdep.outputFile="$BENCH_DIR/classpath.txt") >&2
  echo "$build/test-classes:$build/classes:$(cat "$BENCH_DIR/classpath.txt")"
}
