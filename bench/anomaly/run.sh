#!/usr/bin/env bash
# The anomaly scan's throughput (docs/anomaly.md, "Throughput").
#   bench/anomaly/run.sh [entries] [h2|pg]   # pg: database gerbang_anomaly_bench (dropped and created)
#   GERBANG_BENCH_AT=2026-12-06T21:00:00Z     # the entries' time (default now): the same alerts at any hour
#   GERBANG_BENCH_FOLD=false                  # leave the usage summary unfolded (default: folded before the scan)
set -euo pipefail
cd "$(dirname "$0")/../.."
entries="${1:-20000}"
db="${2:-h2}"
pg_db="${GERBANG_BENCH_PG_DB:-gerbang_anomaly_bench}"
work="bench/work/anomaly"
mkdir -p "$work"
# shellcheck source=bench/lib/server-classes.sh
. bench/lib/server-classes.sh
if [[ "$db" == "pg" ]]; then
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $pg_db with (force)" >/dev/null
  psql -h 127.0.0.1 -U postgres -qc "create database $pg_db" >/dev/null
  url="jdbc:postgresql://127.0.0.1:5432/$pg_db"; user=postgres
else
  url="jdbc:h2:mem:anomaly-bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"; user=sa
fi
GERBANG_DEMO=false exec "$java_bin" -Xmx1g -cp "$cp" \
  -Dspring.datasource.url="$url" -Dspring.datasource.username="$user" -Dspring.datasource.password= \
  -Dgerbang.audit.signing-key-file="$work/keys/audit-signing-key.pem" \
  -Dgerbang.audit.summary-interval=1h -Dgerbang.audit.archive-enabled=false \
  -Dgerbang.anomaly.interval=PT24H -Dgerbang.anomaly.max-pages=100000 \
  -Dbench.entries="$entries" -Dbench.at="${GERBANG_BENCH_AT:-}" \
  -Dbench.fold="${GERBANG_BENCH_FOLD:-true}" \
  bench/anomaly/AnomalyBenchmark.java
