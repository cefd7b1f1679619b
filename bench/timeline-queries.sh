#!/usr/bin/env bash
# The statements a page of /timeline runs, timed in H2's own shell on a database (the portal
# stopped): each statement three times in one JVM, so the first figure is cold and the last warm.
# For the 100,000-article database of bench/load-100k.sh:
#   DB=/tmp/aiwire-bench/db/aiwire bench/timeline-queries.sh
source "$(dirname "$0")/common.sh"
DB="${DB:-$BENCH_DIR/db/aiwire}"
H2_JAR=$(find ~/.m2/repository/com/h2database/h2 -name 'h2-*.jar' | sort -V | tail -1)
# sort_rank is the event's day since 1970 times 32 (see Periods.sortRank); a year's range runs
# from its first of January to the first of March after it (SiteTimeline.ranksOfYear)
rank() { echo "datediff(day, date '1970-01-01', date '$1') * 32"; }
VISIBLE="e.visible_from <= current_date"
# every language shown to a French reader: one translation of each original (SiteTimeline.ONE_TRANSLATION)
ONE="and not exists (select 1 from timeline_article mine join timeline_article other on other.translation_key = mine.translation_key and other.article_id <> mine.article_id where mine.article_id = e.article_id and other.visible_from <= current_date and (case when other.lang = 'fr' then 0 else 1 end < case when mine.lang = 'fr' then 0 else 1 end or (case when other.lang = 'fr' then 0 else 1 end = case when mine.lang = 'fr' then 0 else 1 end and other.article_id < mine.article_id)))"
NEWEST="order by e.sort_rank desc, e.id desc limit 51"
YEAR="and e.sort_rank >= $(rank 2024-01-01) and e.sort_rank < $(rank 2025-03-01) and e.start_date >= date '2024-01-01' and e.start_date < date '2025-01-01'"
TAG="and exists (select 1 from timeline_article_tag t where t.article_id = e.article_id and t.slug = 'llm')"
declare -a NAMES=("newest first" "oldest first" "language en" "year 2024" "tag llm" "fr, 2024 and llm" "page 51" "page 1,001" "page 10,001")
declare -a WHERES=("$VISIBLE $ONE $NEWEST offset 0" "$VISIBLE $ONE order by e.sort_rank asc, e.id asc limit 51 offset 0"
  "$VISIBLE and e.lang = 'en' $NEWEST offset 0" "$VISIBLE $ONE $YEAR $NEWEST offset 0" "$VISIBLE $ONE $TAG $NEWEST offset 0"
  "$VISIBLE and e.lang = 'fr' $YEAR $TAG $NEWEST offset 0" "$VISIBLE $ONE $NEWEST offset 2500"
  "$VISIBLE $ONE $NEWEST offset 50000" "$VISIBLE $ONE $NEWEST offset 500000")
SQL=""
for where in "${WHERES[@]}"; do
  for _ in 1 2 3; do SQL+="select e.id from timeline_event e where $where; "; done
done
ROWS="select e.id, a.slug, a.title from timeline_event e join timeline_article a on a.article_id = e.article_id where e.id in (select e2.id from timeline_event e2 where e2.visible_from <= current_date order by e2.sort_rank desc, e2.id desc limit 50); "
SQL+="$ROWS$ROWS$ROWS"
printf "%-22s %8s %8s %8s\n" "ids of a page" cold_ms ms warm_ms
java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$DB" -user sa -sql "$SQL" \
  | grep -o '([0-9]* rows\?, [0-9]* ms)' | grep -o '[0-9]* ms' | grep -o '[0-9]*' | {
    for name in "${NAMES[@]}"; do read -r a; read -r b; read -r c; printf "%-22s %8s %8s %8s\n" "$name" "$a" "$b" "$c"; done
    read -r a; read -r b; read -r c; printf "%-22s %8s %8s %8s\n" "then its 50 rows" "$a" "$b" "$c"
  }
echo "($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
