#!/usr/bin/env bash
# Benchmark (issue 16): 100,000 data-balikan rows uploaded as one workbook, validated and stored by
# the background job, with the job's wall time and the heap's peak use, in a JVM limited to 512 MB
# like the production server. On H2 by default; set GERBANG_TEST_PG_URL (and _USER, _PASSWORD) to
# run it on PostgreSQL. Prints one line "BENCH feedback-upload: ..."; see bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-100000}
export MAVEN_OPTS="${MAVEN_OPTS:-}"
if [[ -n "${GERBANG_TEST_PG_URL:-}" ]]; then
  GOAL="surefire:test@postgres-integration"
  ./mvnw -q -o -pl server test-compile
else
  GOAL="test"
fi
./mvnw -q -o -pl server $GOAL -Dtest=FeedbackUploadBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.rows="$ROWS" -DargLine="-Xmx512m -Dbench.rows=$ROWS" 2>&1 | grep -E "^BENCH|ERROR|FAIL" || true
