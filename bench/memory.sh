#!/usr/bin/env bash
# Where the memory of the portal goes under load. Starts the portal as the README says (target/app,
# its class data sharing archive and AOT; LAUNCH=jar for the plain jar) with native memory tracking,
# on a new database with the sample content, waits until it is ready, loads it with wrk for LOAD
# seconds (bench/mix.lua) while sampling its RSS, then prints the largest RSS, the JVM's own account
# (heap, class metadata, code cache, threads, GC, ...), the private and shared pages of the process,
# and the classes loaded. JAVA_OPTS sets the JVM (default in bench/common.sh), MALLOC_ARENA_MAX the
# number of malloc arenas (as exported by the caller); arguments go to the portal.
source "$(dirname "$0")/common.sh"
LOAD="${LOAD:-20}"
rm -rf "$BENCH_DIR/memory-db" "$BENCH_DIR/search-index"
trap stop_portal EXIT

PORTAL_JAVA_OPTS="$PORTAL_JAVA_OPTS -XX:NativeMemoryTracking=summary"
start_portal "jdbc:h2:file:$BENCH_DIR/memory-db/aiwire;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0" "$ROOT/content" "$@"
start=$(date +%s%N)
report_first_page "first page" "$start"
wait_ready 600

max=$(peak_rss_under_mix "$BENCH_DIR/memory-wrk.txt")
printf "RSS under load: %d MB at most; %s\n" $((max / 1024)) "$(grep Requests/sec "$BENCH_DIR/memory-wrk.txt")"
printf "JAVA_OPTS: %s; MALLOC_ARENA_MAX=%s\n" "$PORTAL_JAVA_OPTS" "${MALLOC_ARENA_MAX:-unset}"
echo "-- after the load: the process's pages (kB)"
grep -E '^(Rss|Pss_Anon|Pss_File|Pss_Shmem)' "/proc/$PORTAL_PID/smaps_rollup"
echo "-- the JVM's account (committed, MB)"
jcmd "$PORTAL_PID" VM.native_memory summary scale=MB > "$BENCH_DIR/memory-nmt.txt"
grep -E '^(Total|-)' "$BENCH_DIR/memory-nmt.txt" | sed -E 's/^- *//; s/reserved=[0-9]+MB, //; s/\)$//' \
  | awk '!/committed=0MB/'
echo "-- heap after a full collection"
jcmd "$PORTAL_PID" GC.run > /dev/null
jcmd "$PORTAL_PID" GC.heap_info | grep -E 'generation|space|Metaspace'
jcmd "$PORTAL_PID" GC.class_histogram > "$BENCH_DIR/memory-histogram.txt"
echo "-- largest live objects by class (all in $BENCH_DIR/memory-histogram.txt)"
sed -n 4,13p "$BENCH_DIR/memory-histogram.txt"
echo "-- classes loaded: $(jstat -class "$PORTAL_PID" | awk 'NR == 2 {print $1}')"
echo "($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
