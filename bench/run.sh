#!/usr/bin/env bash
# The lookup benchmark of issue 6, in one command (bench/README.md):
#   1. prepares a PostgreSQL database with RESIDENTS generated residents (reused when it already
#      holds exactly that many), a random sample of their NIKs and a set of unknown NIKs;
#   2. starts the packaged server (profile production, -Xms$HEAP -Xmx$HEAP) and creates ACCOUNTS agencies,
#      agreements and service accounts through its administration API (reused on later runs);
#   3. measures, in the same run: the raw rate (pgbench, the register's read query, as many
#      connections as the server's pool; before and after the gateway runs), the gateway in the
#      closed model at each CONCURRENCY, a mixed run with v1 lookups and verifications, an
#      open-model run at half of the peak, a JFR profile under peak load, heap and RSS; and checks
#      after every load run that the access log gained exactly one entry per request sent;
#   4. writes bench/results/lookup.json and lookup.md (and the profile, lookup-profile.md).
# Every load run is bounded in time and request count; traffic goes to 127.0.0.1 only.
#
# Usage: bench/run.sh
#        RESIDENTS=2000000 DURATION=20 bench/run.sh        (smaller and shorter)
# Settings: see bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

RESIDENTS=${RESIDENTS:-10000000}
PROVINCE=${PROVINCE:-32}
SEED=${SEED:-42}
# shellcheck source=bench/lib/settings.sh
. bench/lib/settings.sh
PORT=${PORT:-18096}
ACCOUNTS=${ACCOUNTS:-24}
SAMPLE=${SAMPLE:-100000}
UNKNOWN_SHARE=${UNKNOWN_SHARE:-0.05}
MALFORMED_SHARE=${MALFORMED_SHARE:-0.02}
CONCURRENCY=${CONCURRENCY:-"4 16 64 256 1024"}
JIT_WARMUP=${JIT_WARMUP:-60}
JIT_CONNECTIONS=${JIT_CONNECTIONS:-64}
WARMUP=${WARMUP:-10}
DURATION=${DURATION:-30}
MIX=${MIX-"CALL_NIK:40,VERIFY:20,V1_LOOKUP:20,V1_VERIFY:20"}
MIX_CONCURRENCY=${MIX_CONCURRENCY:-64}
OPEN_FRACTIONS=${OPEN_FRACTIONS-"0.5 0.25"}
OPEN_RATES=${OPEN_RATES:-}
OPEN_CONNECTIONS=${OPEN_CONNECTIONS:-64}
OPEN_DURATION=${OPEN_DURATION:-60}
PGBENCH_DURATION=${PGBENCH_DURATION:-30}
READ_FLOOR=${READ_FLOOR:-1}
COMMIT_FLOOR=${COMMIT_FLOOR:-1}
HTTP_FLOOR=${HTTP_FLOOR:-1}
PROFILE=${PROFILE:-1}
BACKGROUND=${BACKGROUND:-1}
PROFILE_CONCURRENCY=${PROFILE_CONCURRENCY:-64}
MAX_REQUESTS=${MAX_REQUESTS:-5000000}
FRESH=${FRESH:-0}
# the generator's serial counters grow with the distinct NIK keys (docs/registry.md): 1 GB serves
# 10,000,000 residents, 50,000,000 ran with 4 GB (the default gives them 5)
GEN_HEAP=${GEN_HEAP:-$(( RESIDENTS > 10000000 ? (RESIDENTS + 14999999) / 15000000 + 1 : 1 ))g}
SERVER_OPTS=${SERVER_OPTS:-}
RESULTS=${RESULTS:-bench/results}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
WORK=${WORK:-$ROOT/bench/work/run-$STAMP}
BASE="http://127.0.0.1:$PORT"
mkdir -p "$WORK" "$RESULTS"
SERVER_LOG=$WORK/server.log
SERVER_PID=""

say() { echo "bench: $*" >&2; }
die() { say "$*"; exit 1; }
sql() { PGOPTIONS="-c client_min_messages=warning" psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$BENCH_DB" -v ON_ERROR_STOP=1 -qtA -c "$1"; }
psql_admin() { psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -qtA -c "$1"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# shellcheck source=bench/lib/tools.sh
. bench/lib/tools.sh
# shellcheck source=bench/lib/arrangement.sh
. bench/lib/arrangement.sh
# shellcheck source=bench/lib/server.sh
. bench/lib/server.sh

stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    say "stopping the server (pid $SERVER_PID)"
    kill "$SERVER_PID"
    for _ in $(seq 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$SERVER_PID" 2>/dev/null && kill -9 "$SERVER_PID"
  fi
  SERVER_PID=""
}
trap stop_server EXIT

check_tools
build

# ---------------------------------------------------------------------------------------------
# 1. The database: RESIDENTS generated residents, reused when the count matches.
# ---------------------------------------------------------------------------------------------
run_jar() { GERBANG_DB_URL=$JDBC_URL GERBANG_DB_USER=$PG_USER GERBANG_DB_PASSWORD="" "$JAVA" "$@"; }
exists=$(psql_admin "select count(*) from pg_database where datname = '$BENCH_DB'")
if [ "$FRESH" = 1 ] && [ "$exists" = 1 ]; then
  say "FRESH=1: dropping $BENCH_DB"
  psql_admin "drop database $BENCH_DB with (force)" >/dev/null
  exists=0
fi
count=-1
if [ "$exists" = 1 ]; then
  # (PostgreSQL resolves every table a statement names, even in a branch not taken: ask first)
  if [ "$(sql "select to_regclass('resident') is not null")" = t ]; then count=$(sql "select count(*) from resident"); fi
fi
if [ "$count" != "$RESIDENTS" ]; then
  if [ "$exists" = 1 ]; then
    say "$BENCH_DB holds $count residents, not $RESIDENTS: dropping it and generating afresh"
    psql_admin "drop database $BENCH_DB with (force)" >/dev/null
  fi
  psql_admin "create database $BENCH_DB" >/dev/null
  say "preparing the schema and reference data of $BENCH_DB"
  (cd "$WORK" && run_jar -jar "$JAR" help > "$WORK/prepare.log" 2>&1) || die "schema preparation failed: $WORK/prepare.log"
  say "generating $RESIDENTS residents (province $PROVINCE, seed $SEED)"
  (cd "$WORK" && run_jar -Xmx"$GEN_HEAP" -jar "$JAR" generate --count="$RESIDENTS" --province="$PROVINCE" --seed="$SEED" \
      > "$WORK/generate.log" 2>&1) || die "generation failed: $WORK/generate.log"
  grep '^Done:' "$WORK/generate.log" >&2 || true
  say "vacuuming and analysing the new tables (hint bits and visibility map now, not during the first runs)"
  sql "vacuum (analyze) resident, family" >/dev/null
else
  say "reusing $BENCH_DB with $RESIDENTS residents"
fi

# The NIK sample (numbered 1..n for pgbench's random(1, n)) and well-formed NIKs that are absent.
have_sample=0
if [ "$(sql "select to_regclass('bench_nik') is not null")" = t ]; then have_sample=$(sql "select count(*) from bench_nik"); fi
if [ "$have_sample" -lt $((SAMPLE * 9 / 10)) ] || [ "$have_sample" -gt "$SAMPLE" ]; then
  say "sampling $SAMPLE NIKs of the register into bench_nik"
  pct=$(awk -v s="$SAMPLE" -v n="$RESIDENTS" 'BEGIN { p = 120 * s / n; if (p > 100) p = 100; printf "%.4f", p }')
  sql "drop table if exists bench_nik;
       create table bench_nik as
         select (row_number() over ())::integer as i, nik, record_status
         from (select nik, record_status from resident tablesample bernoulli ($pct) repeatable ($SEED)
               order by random() limit $SAMPLE) s;
       alter table bench_nik add primary key (i);
       analyze bench_nik" >/dev/null
fi
N_SAMPLE=$(sql "select count(*) from bench_nik")
sql "select b.nik, b.record_status, r.full_name, r.date_of_birth from bench_nik b join resident r using (nik) order by b.i" \
  | tr '|' '\t' > "$WORK/niks.tsv"
# Unknown: an existing NIK with the serial changed to 9990-9999 (region and birth date stay valid), when absent.
sql "select u from (select distinct (b.nik / 10000) * 10000 + 9999 - (b.i % 10) as u from bench_nik b) x
     where not exists (select 1 from resident r where r.nik = x.u) limit 10000" > "$WORK/unknown.tsv"
say "NIK sample: $N_SAMPLE existing ($(awk -F'\t' '$2 != "ACTIVE"' "$WORK/niks.tsv" | wc -l) of them not active), $(wc -l < "$WORK/unknown.tsv") unknown"

# ---------------------------------------------------------------------------------------------
# 2. The server, production settings, and the arrangement.
# ---------------------------------------------------------------------------------------------
[ -z "$(ss -Hltn "sport = :$PORT" 2>/dev/null)" ] || die "port $PORT is in use; set PORT="
mkdir -p "$SERVER_DIR"
# Production never generates the access log's signing key by itself; the benchmark provisions one
# for its database, as an operator would (docs/audit.md).
if [ ! -f "$AUDIT_KEY" ]; then
  say "provisioning an Ed25519 audit signing key for $BENCH_DB: $AUDIT_KEY"
  openssl genpkey -algorithm ed25519 -out "$AUDIT_KEY" 2>/dev/null || die "openssl could not make $AUDIT_KEY"
  chmod 600 "$AUDIT_KEY"
fi
say "starting the server: profile production, -Xms$HEAP -Xmx$HEAP, pool $POOL, port $PORT"
start_server "$SERVER_LOG" "$PORT" "$JAR" "$SERVER_OPTS"
SERVER_PID=$STARTED_PID
await_healthy "$PORT" "$SERVER_PID" "$SERVER_LOG"
sleep 2 # the start-up runners (initial administrator) finish after the port opens
say "server up (pid $SERVER_PID)"

bench_credential_table
admin_login
ensure_accounts "$ACCOUNTS" "$WORK/accounts.tsv"
[ "$(wc -l < "$WORK/accounts.tsv")" -eq "$ACCOUNTS" ] || die "expected $ACCOUNTS accounts in $WORK/accounts.tsv"

# ---------------------------------------------------------------------------------------------
# 3. Measurements.
# ---------------------------------------------------------------------------------------------
# shellcheck source=bench/lib/measure.sh
. bench/lib/measure.sh

RUNS=$WORK/runs.jsonl
: > "$RUNS"
log_at_start
smoke_test
pgbench_run before
load_run jit-warmup closed CALL_NIK:100 "$JIT_CONNECTIONS" 0 "$JIT_WARMUP" 0
for c in $CONCURRENCY; do
  load_run "closed-c$c" closed CALL_NIK:100 "$c" "$WARMUP" "$DURATION" 0
done
# open_run RATE: the gateway in the open model at RATE, then PostgreSQL alone at the same rate
# (bench/lib/measure.sh, floor_run).
open_run() {
  load_run "open-$1" open CALL_NIK:100 "$OPEN_CONNECTIONS" "$WARMUP" "$OPEN_DURATION" "$1"
  if [ "$READ_FLOOR" = 1 ]; then floor_run read "$1"; fi
  if [ "$COMMIT_FLOOR" = 1 ]; then floor_run commit "$1"; fi
  if [ "$HTTP_FLOOR" = 1 ]; then http_floor_run "$1"; fi
}
PEAK=$(jq -s '[.[] | select(.label | startswith("closed-c")) | .requestsPerSecond] | max | floor' "$RUNS")
# The HTTP floor at the peak's rate: what the cheapest HTTP answer costs its server there, against the
# server's budget for ratio 1.0 (the report's "reachable", bench/README.md).
if [ "$HTTP_FLOOR" = 1 ] && [ "$PEAK" -gt 0 ]; then http_floor_run "$PEAK"; fi
if [ -n "$MIX" ]; then
  load_run "mixed-c$MIX_CONCURRENCY" closed "$MIX" "$MIX_CONCURRENCY" "$WARMUP" "$DURATION" 0
fi
for fraction in $OPEN_FRACTIONS; do
  OPEN_RATE=$(awk -v p="$PEAK" -v f="$fraction" 'BEGIN { printf "%d", p * f }')
  if [ "$OPEN_RATE" -gt 0 ]; then open_run "$OPEN_RATE"; fi
done
for OPEN_RATE in $OPEN_RATES; do # fixed rates, to compare configurations whose peaks differ
  open_run "$OPEN_RATE"
done
# Mixed reality (bench/lib/background.sh): the first open-model rate again, with an auditor searching
# the access log and data balikan arriving in batches beside the lookups.
FIRST_OPEN=$(jq -s '[.[] | select(.kind == "load" and .model == "open")] | first | .targetRate // 0 | floor' "$RUNS")
if [ "$BACKGROUND" = 1 ] && [ "$FIRST_OPEN" -gt 0 ]; then
  # shellcheck source=bench/lib/background.sh
  . bench/lib/background.sh
  background_run "$FIRST_OPEN"
fi
if [ "$PROFILE" = 1 ]; then
  profile_run "profile-c$PROFILE_CONCURRENCY" "$PROFILE_CONCURRENCY"
fi
pgbench_run after
memory_report

# ---------------------------------------------------------------------------------------------
# 4. Report.
# ---------------------------------------------------------------------------------------------
# shellcheck source=bench/lib/report.sh
. bench/lib/report.sh
write_report
stop_server
say "results: $RESULTS/lookup.md, $RESULTS/lookup.json; raw files: $WORK"
