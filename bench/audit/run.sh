#!/usr/bin/env bash
# Measures the access log's write and verification rates. See bench/audit/README.md.
#   bench/audit/run.sh h2|postgres [entries] [callers] [--archive]
set -euo pipefail
cd "$(dirname "$0")/../.."
db="${1:-h2}"; entries="${2:-200000}"; threads="${3:-256}"; archive=false
[[ "${4:-}" == "--archive" ]] && archive=true
work="bench/work/audit"
mkdir -p "$work"
# shellcheck source=bench/lib/server-classes.sh
. bench/lib/server-classes.sh
case "$db" in
  h2)
    rm -rf "$work/h2"
    url="jdbc:h2:file:$PWD/$work/h2/audit;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
    user=sa; password="" ;;
  postgres)
    pg_db="${GERBANG_BENCH_PG_DB:-gerbang_audit_bench}"
    psql -h 127.0.0.1 -U postgres -qc "drop database if exists $pg_db" >/dev/null
    psql -h 127.0.0.1 -U postgres -qc "create database $pg_db" >/dev/null
    url="jdbc:postgresql://127.0.0.1:5432/$pg_db"; user=postgres; password="" ;;
  *) echo "usage: $0 h2|postgres [entries] [callers] [--archive]"; exit 2 ;;
esac
rm -rf "$work/archive"
exec "$java_bin" -Xmx1g -cp "$cp" \
  -Dspring.datasource.url="$url" -Dspring.datasource.username="$user" -Dspring.datasource.password="$password" \
  -Dgerbang.audit.signing-key-file="$work/keys/audit-signing-key.pem" \
  -Dgerbang.audit.archive-directory="$work/archive" \
  -Dbench.entries="$entries" -Dbench.threads="$threads" -Dbench.archive="$archive" \
  bench/audit/AuditBenchmark.java
