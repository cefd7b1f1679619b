#!/usr/bin/env bash
# Lighthouse on the home page and an article page, against Debian's Chromium.
#
#   scripts/lighthouse.sh            build, start the portal on port 18090 (in-memory database,
#                                    sample content), audit, stop; fails under the thresholds
#   PORT=18091 scripts/lighthouse.sh
#   BASE_URL=http://localhost:8080 scripts/lighthouse.sh   audit a portal that is already running
#
# Lighthouse is installed from npm once, outside the repository, in $LIGHTHOUSE_HOME. Reports are
# written to target-lighthouse/reports (JSON and HTML). Thresholds: accessibility, best practices
# and SEO 100, performance 95.
set -euo pipefail
cd "$(dirname "$0")/.."

LIGHTHOUSE_VERSION=12.8.2 # the last line that runs on Node.js 20
LIGHTHOUSE_HOME=${LIGHTHOUSE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/aiwire-tools/lighthouse-$LIGHTHOUSE_VERSION}
CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
PORT=${PORT:-18090}
ARTICLE=${ARTICLE:-/articles/deepseek-r1-secousse-silicon-valley}
BUILD_DIR=target-lighthouse
REPORTS=$BUILD_DIR/reports
export CHROME_PATH

if [ ! -x "$LIGHTHOUSE_HOME/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$LIGHTHOUSE_HOME"
  npm install --no-audit --no-fund --prefix "$LIGHTHOUSE_HOME" "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
fi

app_pid=
profile=$(mktemp -d)
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  rm -rf "$profile"
}
trap cleanup EXIT

if [ -z "${BASE_URL:-}" ]; then
  BASE_URL=http://localhost:$PORT
  ./mvnw -q -B -DskipTests -Daiwire.build.dir="$BUILD_DIR" package
  jar=$(ls "$BUILD_DIR"/aiwire-*.jar | grep -v plain | head -1)
  java -jar "$jar" --server.port="$PORT" \
    "--spring.datasource.url=jdbc:h2:mem:lighthouse;DB_CLOSE_DELAY=-1" \
    --aiwire.search.index-dir= --aiwire.site.base-url="$BASE_URL" >"$BUILD_DIR/portal.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "$BASE_URL/" && break
    kill -0 "$app_pid" 2>/dev/null || { echo "the portal did not start: see $BUILD_DIR/portal.log" >&2; exit 1; }
    sleep 1
  done
fi

mkdir -p "$REPORTS"
flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking"
flags="$flags --disable-component-update --disable-sync --user-data-dir=$profile"
status=0
for page in home:/ article:"$ARTICLE"; do
  name=${page%%:*}
  path=${page#*:}
  "$LIGHTHOUSE_HOME/node_modules/.bin/lighthouse" "$BASE_URL$path" --quiet \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="$flags" --output=json --output=html --output-path="$REPORTS/$name" >/dev/null
  node -e '
    const report = require(process.argv[1]);
    const want = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };
    let ok = true;
    const scores = Object.entries(want).map(([id, min]) => {
      const score = Math.round(report.categories[id].score * 100);
      if (score < min) ok = false;
      return `${report.categories[id].title} ${score}`;
    });
    console.log(`${process.argv[2]}: ${scores.join(", ")}`);
    for (const audit of Object.values(report.audits)) {
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary") {
        console.log(`  failed: ${audit.id}: ${audit.title}`);
      }
    }
    process.exit(ok ? 0 : 1);
  ' "$PWD/$REPORTS/$name.report.json" "$path" || status=1
done
exit $status
