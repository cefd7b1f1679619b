#!/usr/bin/env bash
# Where the time of a cached page goes: starts the portal with async-profiler (the Maven Central
# artifact tools.profiler:async-profiler, which carries the native library), loads one page with
# wrk, and prints the share of CPU samples under each part of the request's path, then the
# hottest frames. The folded stacks stay in $BENCH_DIR/profile.collapsed for a flame graph.
#
#   bench/profile.sh                                   # the article page, plain
#   GZIPPED=1 bench/profile.sh /quotes                    # another page, with Accept-Encoding: gzip
#   EVENT=alloc bench/profile.sh                       # allocations instead of CPU
source "$(dirname "$0")/common.sh"
PAGE="${1:-/articles/deepseek-r1-secousse-silicon-valley}"
DURATION="${DURATION:-15}"
EVENT="${EVENT:-itimer}"
PROFILER_VERSION="${PROFILER_VERSION:-4.1}"
DB="${BENCH_DB:-jdbc:h2:file:$BENCH_DIR/profile-db/aiwire;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0}"
CONTENT="${BENCH_CONTENT:-$ROOT/content}"

LIB="$BENCH_DIR/async-profiler-$PROFILER_VERSION/libasyncProfiler.so"
if [ ! -f "$LIB" ]; then
  (cd "$ROOT" && ./mvnw -q -B -ntp dependency:get -Dartifact="tools.profiler:async-profiler:$PROFILER_VERSION") >&2
  mkdir -p "$(dirname "$LIB")"
  unzip -p "$HOME/.m2/repository/tools/profiler/async-profiler/$PROFILER_VERSION/async-profiler-$PROFILER_VERSION.jar" \
    linux-x64/libasyncProfiler.so > "$LIB"
fi
OUT="$BENCH_DIR/profile.collapsed"
rm -f "$OUT"
trap stop_portal EXIT

start_portal "$DB" "$CONTENT"
wait_ready 900
headers=()
[ -n "${GZIPPED:-}" ] && headers=(-H "Accept-Encoding: gzip")
wrk -t2 -c32 -d"${WARMUP:-10}s" "${headers[@]}" "http://127.0.0.1:$PORTAL_PORT$PAGE" >/dev/null
# attach, sample the loaded server, detach: start-up and warm-up are not in the profile
cat > "$BENCH_DIR/Attach.java" <<'JAVA'
import com.sun.tools.attach.VirtualMachine;
public class Attach {
  public static void main(String[] args) throws Exception {
    VirtualMachine vm = VirtualMachine.attach(args[0]);
    try { vm.loadAgentPath(args[1], args[2]); } finally { vm.detach(); }
  }
}
JAVA
java "$BENCH_DIR/Attach.java" "$PORTAL_PID" "$LIB" "start,event=$EVENT,interval=1ms"
wrk -t2 -c32 -d"${DURATION}s" --latency "${headers[@]}" "http://127.0.0.1:$PORTAL_PORT$PAGE" | grep -E "Requests/sec|99%"
java "$BENCH_DIR/Attach.java" "$PORTAL_PID" "$LIB" "stop,file=$OUT,collapsed"

# share of samples whose stack passes through each part (a sample can count under several)
awk -v total_only=0 '
  { n = $NF; sub(/ [0-9]+$/, ""); stacks[NR] = $0; counts[NR] = n; total += n }
  END {
    split("Tomcat: parse and dispatch (Http11Processor)|Http11Processor.service;" \
      "Tomcat: socket writes|NioEndpoint$NioSocketWrapper.doWrite;" \
      "Tomcat: poller and acceptor|NioEndpoint$Poller.run;" \
      "servlet filters before the cache|ApplicationFilterChain.doFilter;" \
      "observation (metrics)|ServerHttpObservationFilter.doFilterInternal;" \
      "Spring Session wrapper|SessionRepositoryFilter.doFilterInternal;" \
      "Spring Security|FilterChainProxy.doFilter;" \
      "page cache filter|PageCacheFilter.doFilter;" \
      "page cache: locale|InterfaceLocaleResolver.resolveLocale;" \
      "page cache: conditional GET|checkNotModified;" \
      "page cache: writing the body|CoyoteOutputStream.write;" \
      "rendering (DispatcherServlet)|DispatcherServlet.doService;" \
      "GC|GCTaskThread;" \
      "JIT compiler|CompileBroker;" , parts, ";")
    printf "%-45s %7s\n", "part of the path (" total " samples)", "share"
    for (i = 1; i in parts; i++) {
      if (parts[i] == "") continue
      split(parts[i], p, "|"); s = 0
      for (k in stacks) if (index(stacks[k], p[2]) > 0) s += counts[k]
      printf "%-45s %6.1f%%\n", p[1], 100 * s / total
    }
  }' "$OUT"
echo
echo "hottest frames (self):"
awk '{ n = $NF; sub(/ [0-9]+$/, ""); k = split($0, f, ";"); self[f[k]] += n; total += n }
  END { for (x in self) printf "%6.2f%% %s\n", 100 * self[x] / total, x }' "$OUT" | sort -rn | head -"${TOP:-25}"
echo "($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $PAGE, ${GZIPPED:+gzip, }${DURATION}s)"
