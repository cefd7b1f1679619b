#!/usr/bin/env bash
# Search latency from the database side (page cache off) on both engines, in one run: the portal
# answers /search with its embedded Lucene index, then with the opensearch profile on a node
# started from Maven's jars (src/test/opensearch/OpenSearchTestNode.java); ROUNDS sequential
# requests for each query after WARMUP warm-up rounds (default 60: after 5, the JIT compiler still
# took 40 % of the portal's CPU and 64 % of the node's in the timed rounds; after 60, 21-29 %); prints p50,
# p90, p99 and the slowest per engine, and the ratio of the engines' p99. ENGINES=lucene (or
# opensearch) measures one engine only. For the 100,000-article database of load-100k.sh:
#   BENCH_DIR=/tmp/aiwire-bench bench/search.sh
# The first run of an engine on a database indexes every article (the catch-up at start-up);
# the node keeps its data under $BENCH_DIR/opensearch-node, the embedded index under
# $BENCH_DIR/search-index, so later runs start at once.
PORTAL_PORT="${PORTAL_PORT:-18150}"
source "$(dirname "$0")/common.sh"
NODE_PORT="${NODE_PORT:-18151}"
NODE_HEAP="${NODE_HEAP:-1g}"
ROUNDS="${ROUNDS:-10}"
WARMUP="${WARMUP:-60}"
ENGINES="${ENGINES:-lucene opensearch}"
DB="${BENCH_DB:-jdbc:h2:file:$BENCH_DIR/db/aiwire;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0}"
QUERIES=(
  "q=DeepSeek" "q=Nvidia+H20" "q=puces+Huawei" "q=mod%C3%A8le" "q=intelligence+artificielle"
  "q=%22open+source%22" "q=Liang+Wenfeng" "q=robots+humano%C3%AFdes" "q=guerre+des+prix" "q=Kimi+contexte"
  "q=DeepSeek&language=en" "q=Nvidia&tag=llm" "q=Huawei&year=2024" "q=mod%C3%A8le&page=3" "q=agents+-Manus"
  "q=r%C3%A9glementation" "q=employees" "q=unitr*" "q=Moonshot+Kimi" "q=xyzzy+introuvable"
)
NODE_PID=""
HOLD_PID=""
# closing the node's standard input stops it; then whatever is left is ended
stop_node() {
  if [ -n "$HOLD_PID" ]; then kill "$HOLD_PID" 2>/dev/null || true; fi
  if [ -n "$NODE_PID" ]; then
    for _ in $(seq 1 50); do kill -0 "$NODE_PID" 2>/dev/null || break; sleep 0.2; done
    kill "$NODE_PID" 2>/dev/null || true; wait "$NODE_PID" 2>/dev/null || true
  fi
}
trap 'stop_portal; stop_node' EXIT

# measure LABEL: ROUNDS rounds of every query, sequential, after WARMUP warm-up rounds
measure() {
  local label=$1 times="$BENCH_DIR/search-$1.times"
  for _ in $(seq 1 "$WARMUP"); do
    for q in "${QUERIES[@]}"; do curl -s -o /dev/null -m 60 "http://127.0.0.1:$PORTAL_PORT/search?$q"; done
  done
  : > "$times"
  for _ in $(seq 1 "$ROUNDS"); do
    for q in "${QUERIES[@]}"; do
      curl -s -o /dev/null -m 60 -w "%{time_total} $q\n" "http://127.0.0.1:$PORTAL_PORT/search?$q" >> "$times"
    done
  done
  sort -n "$times" | awk -v label="$label" '{a[NR]=$1*1000} END {
    n = NR;
    printf "%-10s %6d requests  p50 %7.1f ms  p90 %7.1f ms  p99 %7.1f ms  max %7.1f ms\n", label, n,
      a[int(n*0.50+0.999)], a[int(n*0.90+0.999)], a[int(n*0.99+0.999)], a[n] }'
  # the slowest samples and their queries: is the tail one query's or anyone's?
  sort -rn "$times" | head -4 | awk -v label="$label" '{printf "%-10s   slow: %7.1f ms  %s\n", label, $1*1000, $2}'
  # PER_QUERY=1: each query's median
  if [ -n "${PER_QUERY:-}" ]; then
    sort -k2,2 -k1,1n "$times" | awk -v label="$label" '
      function flush() { if (n) printf "%-10s   median %7.1f ms  %s\n", label, t[int((n+1)/2)]*1000, q }
      $2 != q { flush(); q = $2; n = 0 } { t[++n] = $1 } END { flush() }'
  fi
}

# FIRST=1: then each of FIRST_COUNT words of the sample content (5 letters or more, a fixed draw)
# asked once, as a query no cache of either engine has seen: what a reader's first asking costs
first_askings() {
  local label=$1 times="$BENCH_DIR/search-$1-first.times"
  : > "$times"
  sed '1,/^---$/d' "$ROOT"/content/*.md | grep -oP '\p{L}{5,}' | tr '[:upper:]' '[:lower:]' \
    | sort -u | awk 'BEGIN {srand(42)} {print rand() "\t" $0}' | sort -n \
    | cut -f2 | awk -v n="${FIRST_COUNT:-100}" 'NR <= n' | while read -r word; do
      curl -s -o /dev/null -m 60 -w "%{time_total} $word\n" -G --data-urlencode "q=$word" \
        "http://127.0.0.1:$PORTAL_PORT/search" >> "$times"
    done
  sort -n "$times" | awk -v label="$label" '{a[NR]=$1*1000} END {
    n = NR;
    printf "%-10s %6d first askings  p50 %7.1f ms  p90 %7.1f ms  p99 %7.1f ms  max %7.1f ms\n", label, n,
      a[int(n*0.50+0.999)], a[int(n*0.90+0.999)], a[int(n*0.99+0.999)], a[n] }'
}

p99() { sort -n "$BENCH_DIR/search-$1.times" | awk '{a[NR]=$1*1000} END {print a[int(NR*0.99+0.999)]}'; }

if [[ " $ENGINES " == *" lucene "* ]]; then
  start=$(date +%s)
  start_portal "$DB" "$BENCH_DIR/none" --aiwire.page-cache.enabled=false
  wait_ready 7200
  echo "lucene: ready in $(( $(date +%s) - start )) s"
  measure lucene
  if [ -n "${FIRST:-}" ]; then first_askings lucene; fi
  stop_portal
fi
if [[ " $ENGINES " != *" opensearch "* ]]; then
  echo "($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), ${#QUERIES[@]} queries x $ROUNDS rounds, page cache off)"
  exit 0
fi

CLASSPATH_FILE="$ROOT/target/opensearch-node.classpath"
[ -f "$CLASSPATH_FILE" ] || (cd "$ROOT" && ./mvnw -q -B generate-test-resources) >&2
mkdir -p "$BENCH_DIR/opensearch-node"
# the node stops when its standard input closes: a pipe held open by a sleep that stop_node ends
rm -f "$BENCH_DIR/opensearch-node.stdin"; mkfifo "$BENCH_DIR/opensearch-node.stdin"
sleep 86400 > "$BENCH_DIR/opensearch-node.stdin" &
HOLD_PID=$!
java -Xms"$NODE_HEAP" -Xmx"$NODE_HEAP" -XX:+UseSerialGC -Djava.io.tmpdir="$BENCH_DIR/opensearch-node" \
  -cp "$(cat "$CLASSPATH_FILE")" "$ROOT/src/test/opensearch/OpenSearchTestNode.java" \
  "$BENCH_DIR/opensearch-node" "$NODE_PORT" < "$BENCH_DIR/opensearch-node.stdin" > "$BENCH_DIR/opensearch-node.log" 2>&1 &
NODE_PID=$!
until grep -q "^listening on" "$BENCH_DIR/opensearch-node.log" 2>/dev/null; do
  kill -0 "$NODE_PID" 2>/dev/null || { echo "the node stopped; see $BENCH_DIR/opensearch-node.log" >&2; exit 1; }
  sleep 0.2
done
start=$(date +%s)
# the plain jar: a portal processed ahead of time keeps the beans of the build's profile, so with
# the AOT launch the opensearch profile would be ignored and the embedded index measured again
LAUNCH=jar start_portal "$DB" "$BENCH_DIR/none" --aiwire.page-cache.enabled=false --spring.profiles.active=opensearch \
  --aiwire.search.opensearch.uris="http://127.0.0.1:$NODE_PORT" --aiwire.search.opensearch.index=bench-articles \
  --aiwire.search.opensearch.replicas=0
wait_ready 7200
echo "opensearch: ready in $(( $(date +%s) - start )) s"
measure opensearch
if [ -n "${FIRST:-}" ]; then first_askings opensearch; fi
# how often the node answered a search's ranking and counts from its request cache
curl -s "http://127.0.0.1:$NODE_PORT/bench-articles/_stats/request_cache" \
  | grep -o '"request_cache":{[^}]*}' | head -1 | sed 's/^/opensearch /'
stop_portal
if [[ " $ENGINES " == *" lucene "* ]]; then
  echo "p99 opensearch / lucene: $(awk -v a="$(p99 opensearch)" -v b="$(p99 lucene)" 'BEGIN {printf "%.2f", a / b}')"
fi
echo "($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), ${#QUERIES[@]} queries x $ROUNDS rounds per engine, page cache off)"
