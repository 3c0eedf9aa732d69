#!/usr/bin/env bash
# Benchmark (issue 16): the web service POST /api/v1/feedback in batches of 1,000 victim records on
# PostgreSQL (each batch committed before it is answered), CLIENTS clients at once, BATCHES batches;
# prints "BENCH feedback-ws: ... records_per_s=N". Needs GERBANG_TEST_PG_URL (and _USER, _PASSWORD),
# e.g. jdbc:postgresql://127.0.0.1:5432/gerbang_bench; see bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${GERBANG_TEST_PG_URL:?set GERBANG_TEST_PG_URL to a PostgreSQL database for the benchmark}"
BATCHES=${BATCHES:-100}
CLIENTS=${CLIENTS:-4}
./mvnw -q -o -pl server test-compile
./mvnw -q -o -pl server surefire:test@postgres-integration -Dtest=FeedbackApiBench -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="-Xmx512m -Dbench.batches=$BATCHES -Dbench.clients=$CLIENTS" 2>&1 | grep -E "^BENCH|ERROR|FAIL" || true
