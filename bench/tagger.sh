#!/usr/bin/env bash
# Time to tag one 2,000-word article with the timeline's rules: French on the evaluation corpus'
# paragraphs (a date in nearly every one) and on the sample content's, and English; the tagger's
# part of bench/extraction.sh. RUNS defaults to 1000.
exec "$(dirname "$0")/extraction.sh" "${1:-1000}" tagger
