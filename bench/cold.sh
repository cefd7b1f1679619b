#!/usr/bin/env bash
# Latency of pages rendered from the database, page cache off: ROUNDS sequential requests per
# page after one warm-up request; prints the median and the slowest. For the 100,000-article
# database: BENCH_DB=jdbc:h2:file:/tmp/aiwire-bench/db/aiwire bench/cold.sh
source "$(dirname "$0")/common.sh"
ROUNDS="${ROUNDS:-10}"
PAGES="${PAGES:-/ /?page=2 /?page=2500 /?page=5000 /tags /tags/llm /tags/llm?page=50 /timeline /quotes /search?q=DeepSeek /articles/deepseek-r1-secousse-silicon-valley}"
DB="${BENCH_DB:-jdbc:h2:file:$BENCH_DIR/pages-db/aiwire;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0}"
CONTENT="${BENCH_CONTENT:-$ROOT/content}"
trap stop_portal EXIT
start_portal "$DB" "$CONTENT" --aiwire.page-cache.enabled=false
wait_ready 900
printf "%-40s %6s %10s %10s\n" page status median_ms max_ms
for page in $PAGES; do
  url="http://127.0.0.1:$PORTAL_PORT$page"
  status=$(curl -s -o /dev/null -m 60 -w '%{http_code}' "$url")
  times=$(for _ in $(seq 1 "$ROUNDS"); do curl -s -o /dev/null -m 60 -w '%{time_total}\n' "$url"; done | sort -n)
  median=$(awk '{a[NR]=$1} END {print a[int((NR+1)/2)] * 1000}' <<<"$times")
  max=$(tail -1 <<<"$times" | awk '{print $1 * 1000}')
  printf "%-40s %6s %10.1f %10.1f\n" "$page" "$status" "$median" "$max"
done
echo "($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $ROUNDS sequential requests per page, page cache off)"
