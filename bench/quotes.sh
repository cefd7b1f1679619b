#!/usr/bin/env bash
# Time to extract the quotations of one 2,000-word article (French and English), on the paragraphs
# of the quotation set's development half
# (bench/java/dev/aiwire/quote/QuoteExtractionBenchmark.java). RUNS defaults to 1000.
source "$(dirname "$0")/common.sh"
cd "$ROOT"
CP=$(bench_classpath)
# shellcheck disable=SC2086
java $JAVA_OPTS -cp "$CP" dev.aiwire.quote.QuoteExtractionBenchmark "${1:-1000}"
