#!/usr/bin/env bash
# The monitoring dashboard and the access-log search over a large access log. See bench/monitoring/README.md.
#   bench/monitoring/run.sh [entries]        # PostgreSQL database gerbang_monitoring_bench (dropped and created)
#   BENCH_REUSE=1 bench/monitoring/run.sh    # measure again without filling
set -euo pipefail
cd "$(dirname "$0")/../.."
entries="${1:-10000000}"
pg_db="${GERBANG_BENCH_PG_DB:-gerbang_monitoring_bench}"
work="bench/work/monitoring"
mkdir -p "$work"
# shellcheck source=bench/lib/server-classes.sh
. bench/lib/server-classes.sh
reuse=false
if [[ "${BENCH_REUSE:-}" == "1" ]]; then
  reuse=true
else
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $pg_db with (force)" >/dev/null
  psql -h 127.0.0.1 -U postgres -qc "create database $pg_db" >/dev/null
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
GERBANG_DEMO=false exec "$java_bin" -Xmx1g -cp "$cp" \
  -Dspring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$pg_db" -Dspring.datasource.username=postgres \
  -Dspring.datasource.password= \
  -Dgerbang.audit.signing-key-file="$work/keys/audit-signing-key.pem" \
  -Dserver.port=0 -Dgerbang.audit.summary-interval=1h -Dgerbang.audit.archive-enabled=false \
  -Dbench.entries="$entries" -Dbench.reuse="$reuse" \
  bench/monitoring/MonitoringBenchmark.java
