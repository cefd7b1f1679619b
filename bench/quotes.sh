#!/usr/bin/env bash
# Time to extract the quotations of one 2,000-word article (French and English), on the paragraphs
# of the quotation set's development half; the quotations' part of bench/extraction.sh. RUNS
# defaults to 1000.
exec "$(dirname "$0")/extraction.sh" "${1:-1000}" quotes
