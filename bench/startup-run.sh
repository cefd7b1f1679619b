#!/usr/bin/env bash
# The README's `./mvnw spring-boot:run` once the build is done: from the command (Maven offline,
# classes up to date) to the first page and to readiness, on an empty database with the sample
# content. No AOT and no class data sharing there: what applies is what application.properties
# says. BEFORE_ARGS and AFTER_ARGS are the portal arguments of either side (BEFORE_ARGS can set
# back a property to measure without it), started alternately, ROUNDS rounds each; prints the
# portal JVM's CPU seconds at each point and the load average.
source "$(dirname "$0")/common.sh"
ROUNDS="${ROUNDS:-3}"
(cd "$ROOT" && ./mvnw -o -q -B compile) >&2
RESULTS="$BENCH_DIR/startup-run.txt"; : > "$RESULTS"
MVN_PID=""
portal_pid() { ss -ltnpH "sport = :$PORTAL_PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
stop_run() {
  local pid; pid=$(portal_pid || true)
  [ -n "$pid" ] && kill "$pid" 2>/dev/null
  [ -n "$MVN_PID" ] && wait "$MVN_PID" 2>/dev/null || true
  MVN_PID=""
}
trap stop_run EXIT
run() {
  local label=$1 args=$2
  rm -rf "$BENCH_DIR/run"; mkdir -p "$BENCH_DIR/run"
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  local t0; t0=$(date +%s%N)
  (cd "$ROOT" && exec ./mvnw -o -q -B spring-boot:run -Dspring-boot.run.arguments="--spring.datasource.url=jdbc:h2:file:$BENCH_DIR/run/db/aiwire;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0 --aiwire.search.index-dir=$BENCH_DIR/run/index --server.port=$PORTAL_PORT --server.address=127.0.0.1 --logging.level.root=warn $args") \
    > "$BENCH_DIR/run.log" 2>&1 &
  MVN_PID=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$PORTAL_PORT/"; do
    kill -0 "$MVN_PID" 2>/dev/null || { echo "spring-boot:run stopped; see $BENCH_DIR/run.log" >&2; exit 1; }
    sleep 0.05
  done
  local t1 pid c1; t1=$(date +%s%N); pid=$(portal_pid); c1=$(awk '{print ($14 + $15) / 100}' "/proc/$pid/stat")
  until curl -fs "http://127.0.0.1:$PORTAL_PORT/actuator/health/readiness" >/dev/null 2>&1; do sleep 0.2; done
  local t2 c2; t2=$(date +%s%N); c2=$(awk '{print ($14 + $15) / 100}' "/proc/$pid/stat")
  stop_run
  local first ready; first=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", (b - a) / 1e9}')
  ready=$(awk -v a="$t0" -v b="$t2" 'BEGIN {printf "%.2f", (b - a) / 1e9}')
  printf "%-7s first page %6.2f s (portal CPU %5.1f s)  ready %6.2f s (CPU %5.1f s)  load %s\n" "$label" "$first" "$c1" "$ready" "$c2" "$load"
  echo "$label $first $c1 $ready $c2" >> "$RESULTS"
}
for round in $(seq 1 "$ROUNDS"); do
  if [ $((round % 2)) = 1 ]; then run before "${BEFORE_ARGS:-}"; run after "${AFTER_ARGS:-}"
  else run after "${AFTER_ARGS:-}"; run before "${BEFORE_ARGS:-}"; fi
done
python3 - "$RESULTS" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
med = {side: [statistics.median(float(r[i]) for r in rows if r[0] == side) for i in range(1, 5)] for side in ("before", "after")}
print("medians          before    after   after/before")
for i, name in enumerate(["first page s", "CPU by first page s", "ready s", "CPU by ready s"]):
    print("%-20s %7.2f  %7.2f   %5.2f x" % (name, med["before"][i], med["after"][i], med["after"][i] / med["before"][i]))
PY
echo "($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
