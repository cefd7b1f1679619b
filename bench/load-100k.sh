#!/usr/bin/env bash
# Builds the 100,000-article database of BENCHMARKS.md under $BENCH_DIR/db:
#  1. writes SEED realistic articles (bench/GenerateArticles.java: the sample content's paragraphs,
#     quotations, headings, tags and sources recombined, dated over six years);
#  2. publishes them through the portal's real path (parse, extract, store; the content import);
#  3. copies them, with their sections, tags, revisions, timeline events and quotations, up to
#     COUNT articles (bench/MultiplyArticles.java), since 100,000 real publishes take hours here;
#  4. starts the portal once more so that the search index is rebuilt from the database.
source "$(dirname "$0")/common.sh"
SEED="${SEED:-2000}"
COUNT="${COUNT:-100000}"
URL="jdbc:h2:file:$BENCH_DIR/db/aiwire;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"
rm -rf "$BENCH_DIR/db" "$BENCH_DIR/articles" "$BENCH_DIR/search-index"
cd "$ROOT"
java bench/GenerateArticles.java "$SEED" "$BENCH_DIR/articles"
trap stop_portal EXIT
start=$(date +%s)
start_portal "$URL" "$BENCH_DIR/articles"
wait_ready 7200
echo "published $SEED articles through the portal in $(( $(date +%s) - start )) s"
stop_portal
H2_JAR=$(find ~/.m2/repository/com/h2database/h2 -name 'h2-*.jar' | sort -V | tail -1)
java -cp "$H2_JAR" bench/MultiplyArticles.java "$URL" "$COUNT"
start=$(date +%s)
start_portal "$URL" "$BENCH_DIR/none"
wait_ready 7200
echo "search index rebuilt and portal ready in $(( $(date +%s) - start )) s"
