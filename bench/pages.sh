#!/usr/bin/env bash
# Page throughput beside nginx: for each page, wrk on the portal, then wrk on nginx serving the
# very same bytes as a static file, one after the other in the same run; prints requests/s, p99
# latency and the ratio portal/nginx. Bounded: DURATION seconds per run, loopback only.
#
#   bench/pages.sh                     # the sample content, in a fresh H2 database under /tmp
#   BENCH_DB=jdbc:h2:file:/tmp/aiwire-bench/db/aiwire bench/pages.sh   # an existing database
#   CACHE=off bench/pages.sh           # with the page cache off: what rendering costs
#
# Needs wrk and nginx (apt-get install wrk nginx).
source "$(dirname "$0")/common.sh"
DURATION="${DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-32}"
PAGES="${PAGES:-/articles/deepseek-r1-secousse-silicon-valley / /timeline /quotes /search?q=DeepSeek /tags/llm /?page=2}"
DB="${BENCH_DB:-jdbc:h2:file:$BENCH_DIR/pages-db/aiwire;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0}"
CONTENT="${BENCH_CONTENT:-$ROOT/content}"
extra=()
[ "${CACHE:-on}" = "off" ] && extra+=(--aiwire.page-cache.enabled=false)

WWW="$BENCH_DIR/nginx"; rm -rf "$WWW"; mkdir -p "$WWW/www"
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
  client_body_temp_path $WWW/tmp; proxy_temp_path $WWW/tmp; fastcgi_temp_path $WWW/tmp;
  uwsgi_temp_path $WWW/tmp; scgi_temp_path $WWW/tmp;
  server { listen 127.0.0.1:$NGINX_PORT; root $WWW/www; location / { try_files \$uri =404; } }
}
CONF
mkdir -p "$WWW/tmp"

cleanup() { stop_portal; [ -f "$WWW/nginx.pid" ] && kill "$(cat "$WWW/nginx.pid")" 2>/dev/null || true; }
trap cleanup EXIT

start_portal "$DB" "$CONTENT" "${extra[@]}"
wait_ready 900
nginx -c "$WWW/nginx.conf"

# wrk_run URL: prints "requests/s p99_ms"
wrk_run() {
  local out; out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$1")
  local rps p99
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' <<<"$out")
  local errors; errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out")
  [ -n "$errors" ] && echo "  ($1: $errors)" >&2
  echo "$rps $p99"
}

printf "%-48s %10s %9s %10s %9s %7s %8s\n" page portal_rps p99_ms nginx_rps p99_ms ratio bytes
i=0
for page in $PAGES; do
  i=$((i + 1))
  status=$(curl -s -o "$WWW/www/page-$i.html" -w '%{http_code}' "http://127.0.0.1:$PORTAL_PORT$page")
  if [ "$status" != "200" ]; then printf "%-48s (HTTP %s, skipped)\n" "$page" "$status"; continue; fi
  # warm both, then measure the portal and nginx back to back
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP:-5}s" "http://127.0.0.1:$PORTAL_PORT$page" >/dev/null
  read -r prps pp99 < <(wrk_run "http://127.0.0.1:$PORTAL_PORT$page")
  read -r nrps np99 < <(wrk_run "http://127.0.0.1:$NGINX_PORT/page-$i.html")
  ratio=$(awk -v a="$prps" -v b="$nrps" 'BEGIN {printf "%.2f", a / b}')
  printf "%-48s %10.0f %9.2f %10.0f %9.2f %7s %8d\n" "$page" "$prps" "$pp99" "$nrps" "$np99" "$ratio" \
    "$(stat -c %s "$WWW/www/page-$i.html")"
done
echo "($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $CONNECTIONS connections, ${DURATION}s per run, cache ${CACHE:-on})"
