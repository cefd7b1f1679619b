#!/usr/bin/env bash
# Page throughput beside nginx: for each page, wrk on the portal and wrk on nginx serving the very
# same bytes as a static file, alternately, ROUNDS times in the same run; prints the requests/s and
# p99 latency of each round and the median ratio portal/nginx. With GZIPPED=1 both are asked with
# Accept-Encoding: gzip, as browsers ask: the portal answers from its gzipped copy, nginx with
# gzip_static from a file holding the same compressed bytes. Bounded: DURATION seconds per run,
# loopback only.
#
#   bench/pages.sh                     # the sample content, in a fresh H2 database under /tmp
#   GZIPPED=1 bench/pages.sh              # the same, gzipped
#   BENCH_DB=jdbc:h2:file:/tmp/aiwire-bench/db/aiwire bench/pages.sh   # an existing database
#   CACHE=off bench/pages.sh           # with the page cache off: what rendering costs
#   PORTAL_ARGS="--aiwire.page-cache.file-min-size=1GB" bench/pages.sh   # more portal settings
#
# Needs wrk and nginx (apt-get install wrk nginx).
source "$(dirname "$0")/common.sh"
DURATION="${DURATION:-5}"
ROUNDS="${ROUNDS:-3}"
WARMUP="${WARMUP:-20}"
CONNECTIONS="${CONNECTIONS:-32}"
PAGES="${PAGES:-/articles/deepseek-r1-secousse-silicon-valley / /tags/llm /timeline /quotes /search?q=DeepSeek}"
DB="${BENCH_DB:-jdbc:h2:file:$BENCH_DIR/pages-db/aiwire;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0}"
CONTENT="${BENCH_CONTENT:-$ROOT/content}"
extra=()
[ "${CACHE:-on}" = "off" ] && extra+=(--aiwire.page-cache.enabled=false)
# shellcheck disable=SC2206
[ -n "${PORTAL_ARGS:-}" ] && extra+=($PORTAL_ARGS)
headers=()
[ -n "${GZIPPED:-}" ] && headers=(-H "Accept-Encoding: gzip")

WWW="$BENCH_DIR/nginx"; rm -rf "$WWW"; mkdir -p "$WWW/www" "$WWW/tmp"
cat > "$WWW/nginx.conf" <<CONF
worker_processes auto;
pid $WWW/nginx.pid;
error_log $WWW/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  default_type text/html;
  gzip_static on;
  client_body_temp_path $WWW/tmp; proxy_temp_path $WWW/tmp; fastcgi_temp_path $WWW/tmp;
  uwsgi_temp_path $WWW/tmp; scgi_temp_path $WWW/tmp;
  server { listen 127.0.0.1:$NGINX_PORT; root $WWW/www; location / { try_files \$uri =404; } }
}
CONF

cleanup() { stop_portal; [ -f "$WWW/nginx.pid" ] && kill "$(cat "$WWW/nginx.pid")" 2>/dev/null || true; }
trap cleanup EXIT

start_portal "$DB" "$CONTENT" "${extra[@]}"
wait_ready 900
nginx -c "$WWW/nginx.conf"

# wrk_run URL: prints "requests/s p99_ms"
wrk_run() {
  local out; out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "${headers[@]}" "$1")
  local rps p99
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' <<<"$out")
  local errors; errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out")
  [ -n "$errors" ] && echo "  ($1: $errors)" >&2
  echo "$rps $p99"
}

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }

printf "%-46s %5s %10s %8s %10s %8s %6s %7s\n" page round portal_rps p99_ms nginx_rps p99_ms ratio bytes
summary=()
i=0
for page in $PAGES; do
  i=$((i + 1))
  file="$WWW/www/page-$i.html"
  status=$(curl -s -o "$file" -w '%{http_code}' "http://127.0.0.1:$PORTAL_PORT$page")
  if [ "$status" != "200" ]; then printf "%-46s (HTTP %s, skipped)\n" "$page" "$status"; continue; fi
  bytes=$(stat -c %s "$file")
  if [ -n "${GZIPPED:-}" ]; then
    # the portal's own gzipped bytes, for nginx's gzip_static
    for _ in 1 2 3; do
      curl -s -H 'Accept-Encoding: gzip' -o "$file.gz" "http://127.0.0.1:$PORTAL_PORT$page"
      gzip -t "$file.gz" 2>/dev/null && break
      sleep 1
    done
    gzip -t "$file.gz" 2>/dev/null || { echo "$page: the portal sent no gzip" >&2; exit 1; }
    bytes=$(stat -c %s "$file.gz")
  fi
  # warm the portal's JIT on this page; nginx needs none
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" "${headers[@]}" "http://127.0.0.1:$PORTAL_PORT$page" >/dev/null
  ratios=""; pp99s=""
  for round in $(seq 1 "$ROUNDS"); do
    read -r prps pp99 < <(wrk_run "http://127.0.0.1:$PORTAL_PORT$page")
    read -r nrps np99 < <(wrk_run "http://127.0.0.1:$NGINX_PORT/page-$i.html")
    ratio=$(awk -v a="$prps" -v b="$nrps" 'BEGIN {printf "%.2f", a / b}')
    ratios="$ratios $ratio"; pp99s="$pp99s $pp99"
    printf "%-46s %5s %10.0f %8.2f %10.0f %8.2f %6s %7d\n" "$page" "$round" "$prps" "$pp99" "$nrps" "$np99" "$ratio" "$bytes"
  done
  summary+=("$(printf "%-46s median ratio %s (%s), median portal p99 %s ms" "$page" "$(median <<<"$ratios")" "${ratios# }" "$(median <<<"$pp99s")")")
done
printf '%s\n' "${summary[@]}"
echo "($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $CONNECTIONS connections, ${DURATION}s per run, $ROUNDS rounds, cache ${CACHE:-on}${GZIPPED:+, gzip})"
