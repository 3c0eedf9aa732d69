#!/usr/bin/env bash
# Measures how long the reference module takes to load its ~191,000 rows (regions 2025, code
# history 2015-2025, Papua recodes, code lists) into an empty database, and how long a restart with
# unchanged files takes, on H2 (file, PostgreSQL mode) and on PostgreSQL.
#
#   bench/reference-load.sh                     # H2 only
#   PG_URL=jdbc:postgresql://127.0.0.1:5432/gerbang_bench PG_USER=postgres bench/reference-load.sh
#
# The PostgreSQL database is dropped and re-created: give one used for nothing else.
# BENCH_ARGS passes extra -D options, e.g. BENCH_ARGS=-Dgerbang.reference.batch-size=1 for one
# row per insert statement.
# Prints the loader's own log lines ("Reference data: ... in N ms").
set -euo pipefail
cd "$(dirname "$0")/.."

run() {  # $1 label, $2 url, $3 user
  for pass in "empty database" "restart, same files"; do
    echo "== $1: $pass"
    ./mvnw -B -q -pl server test -Dtest=ApplicationStartsTests -Dsurefire.failIfNoSpecifiedTests=false \
      -Dlogging.level.id.gerbang.reference=INFO ${BENCH_ARGS:-} \
      -Dspring.datasource.url="$2" -Dspring.datasource.username="$3" -Dspring.datasource.password= 2>&1 \
      | grep -o 'Reference data: .*' || { echo "run failed"; exit 1; }
  done
}

H2_DIR=$(mktemp -d)
run "H2 (file)" "jdbc:h2:file:$H2_DIR/gerbang;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" sa
rm -rf "$H2_DIR"

if [[ -n "${PG_URL:-}" ]]; then
  db=${PG_URL##*/}; db=${db%%\?*}
  hostport=${PG_URL#jdbc:postgresql://}; hostport=${hostport%%/*}
  psql -h "${hostport%%:*}" -p "${hostport##*:}" -U "${PG_USER:-postgres}" -q -c "drop database if exists $db" -c "create database $db"
  run "PostgreSQL" "$PG_URL" "${PG_USER:-postgres}"
fi
