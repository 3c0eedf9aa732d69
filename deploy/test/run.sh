#!/usr/bin/env bash
# Issue 20's proof on one machine, in one command (deploy/README.md, "The proof on one machine"):
#   a PostgreSQL 15 primary and a streaming replica (two extra Debian clusters, gerbang-p and
#   gerbang-r, on free ports; the main cluster on 5432 is not touched), two Gerbang nodes on two
#   ports, HAProxy in front (active health checks on /actuator/health/readiness), then the six
#   scenarios of the issue:
#     1. load through the balancer: the benchmark's ratio (gateway / raw PostgreSQL lookups) for
#        one node and for two nodes;
#     2. a daily quota of N, 3N concurrent calls spread over both nodes: exactly N served;
#     3. kill -9 of one node under load: traffic moves, every answered call has its log entry, the
#        chain verifies;
#     4. the replica stopped under load: lookups continue, errors counted;
#     5. the primary restarted under load: the nodes recover, the chain is continuous and verifies;
#     6. a password change and a deactivation on node A refuse the old credentials on node B
#        within 1 s (the time is measured and printed, whatever it is).
#   Every figure is printed and written to WORK/summary.md; the clusters are dropped at the end.
# Loopback only. Installs nothing: needs haproxy, postgresql-15 (pg_createcluster), pgbench, jq,
# curl, openssl and a JDK 21+ (deploy/README.md). Runs as root (pg_createcluster, runuser).
#
# Usage: deploy/test/run.sh
#        NODE_JAR=/tmp/nodes-build/server/target/gerbang-server.jar deploy/test/run.sh
# Settings (environment): P_CLUSTER/R_CLUSTER (gerbang-p/gerbang-r), RESIDENTS (500000), ACCOUNTS (8), CONNECTIONS (64), WARMUP (5),
# DURATION (20), FAULT_DURATION (30), QUOTA (100), HEAP (512m), POOL (10), P_PORT/R_PORT
# (5442/5443), A_PORT/B_PORT (18111/18112), LB_PORT (18110, both nodes), LB1_PORT (18119, node A
# only), NODE_JAR (the server jar; default server/target/gerbang-server.jar, built when older than
# the sources), NODE_ENV (extra environment for both nodes, e.g. the replica's settings), KEEP=1
# (leave clusters, nodes and balancer running for a look; the pids are printed at the end; then
# stop them by pid and pg_dropcluster --stop 15 gerbang-r; pg_dropcluster --stop 15 gerbang-p),
# CALL_TIMEOUT (60 s, one call of the quota and credential scenarios), WAIT_LIMIT (90 s, scenario 6),
# SCENARIOS ("1 2 3 4 5 6": which to run).
set -euo pipefail
CALLER_DIR=$(pwd)
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

PG_VERSION=${PG_VERSION:-15}
P_CLUSTER=${P_CLUSTER:-gerbang-p}
R_CLUSTER=${R_CLUSTER:-gerbang-r}
P_PORT=${P_PORT:-5442}
R_PORT=${R_PORT:-5443}
A_PORT=${A_PORT:-18111}
B_PORT=${B_PORT:-18112}
LB_PORT=${LB_PORT:-18110}
LB1_PORT=${LB1_PORT:-18119}
LB_STATS_PORT=${LB_STATS_PORT:-18118}
RESIDENTS=${RESIDENTS:-500000}
ACCOUNTS=${ACCOUNTS:-8}
CONNECTIONS=${CONNECTIONS:-64}
WARMUP=${WARMUP:-5}
DURATION=${DURATION:-20}
FAULT_DURATION=${FAULT_DURATION:-30}
QUOTA=${QUOTA:-100}
HEAP=${HEAP:-512m}
POOL=${POOL:-10}
NODE_ENV=${NODE_ENV:-}
KEEP=${KEEP:-0}
SCENARIOS=${SCENARIOS:-"1 2 3 4 5 6"}
WAIT_LIMIT=${WAIT_LIMIT:-90}
SAMPLE=${SAMPLE:-20000}
UNKNOWN_SHARE=${UNKNOWN_SHARE:-0.05}
MALFORMED_SHARE=${MALFORMED_SHARE:-0.02}
MAX_REQUESTS=${MAX_REQUESTS:-2000000}
# Names the bench libraries (bench/lib) expect.
PG_HOST=127.0.0.1
PG_PORT=$P_PORT
PG_USER=postgres
BENCH_DB=gerbang_cluster
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
WORK=${WORK:-$ROOT/deploy/test/work/run-$STAMP}
mkdir -p "$WORK"
RUNS=$WORK/runs.jsonl
SUMMARY=$WORK/summary.md
: > "$RUNS"
: > "$SUMMARY"
A_PID=""
B_PID=""
LB_PID=""
SERVER_PID=""

say() { echo "cluster: $*" >&2; }
die() { say "$*"; exit 1; }
# report LINE: a figure for the summary (printed and kept).
report() { echo "$*" | tee -a "$SUMMARY" >&2; }
sql() { PGOPTIONS="-c client_min_messages=warning" psql -h 127.0.0.1 -p "$P_PORT" -U postgres -d "$BENCH_DB" -v ON_ERROR_STOP=1 -qtA -c "$1"; }
sql_at() { PGOPTIONS="-c client_min_messages=warning" psql -h 127.0.0.1 -p "$1" -U postgres -d "$2" -v ON_ERROR_STOP=1 -qtA -c "$3"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
now_ms() { date +%s%3N; }

# shellcheck source=bench/lib/tools.sh
. bench/lib/tools.sh
# shellcheck source=bench/lib/arrangement.sh
. bench/lib/arrangement.sh

# ---------------------------------------------------------------------------------------------
# Tools (nothing is installed at run time).
# ---------------------------------------------------------------------------------------------
[ "$(id -u)" = 0 ] || die "run as root: pg_createcluster and pg_basebackup (as postgres) need it"
missing=()
for tool in haproxy pg_createcluster pg_ctlcluster pg_dropcluster pg_lsclusters psql pgbench jq curl openssl ss runuser; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
[ ${#missing[@]} -eq 0 ] || die "missing: ${missing[*]} (Debian packages: haproxy postgresql-15 postgresql-client-15 jq curl openssl iproute2)"
[ -x "/usr/lib/postgresql/$PG_VERSION/bin/pg_basebackup" ] || die "PostgreSQL $PG_VERSION is not installed (postgresql-$PG_VERSION)"
PG_BIN=/usr/lib/postgresql/$PG_VERSION/bin
find_jdk
for port in "$P_PORT" "$R_PORT" "$A_PORT" "$B_PORT" "$LB_PORT" "$LB1_PORT" "$LB_STATS_PORT"; do
  [ -z "$(ss -Hltn "sport = :$port" 2>/dev/null)" ] || die "port $port is in use (an earlier run left something? see KEEP in the header)"
done
# bench/lib/tools.sh: server/target/gerbang-server.jar (when older than the sources; not when NODE_JAR names
# another jar) and the load generator
if [ -n "${NODE_JAR:-}" ]; then build --loadgen-only; else build; fi
# NODE_JAR may be relative to the folder the script was called from; the nodes run in folders of their own
[ -z "${NODE_JAR:-}" ] || JAR=$(cd "$CALLER_DIR" && realpath -m "$NODE_JAR")
[ -f "$JAR" ] || die "no server jar at $JAR"
say "tools: $("$JAVA" -version 2>&1 | head -n1); $(haproxy -v | head -n1); $(pgbench --version); jar $JAR ($(date -u -r "$JAR" +%FT%TZ))"
say "load average at the start: $(loadavg) on $(nproc) cores (the machine may be shared: figures are indicative)"

# ---------------------------------------------------------------------------------------------
# Clean-up: nodes, balancer, the two clusters (always, unless KEEP=1).
# ---------------------------------------------------------------------------------------------
stop_pid() { # stop_pid PID: TERM, then KILL after 30 s
  local pid=$1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}
cluster_exists() { pg_lsclusters -h | awk -v v="$PG_VERSION" -v n="$1" '$1 == v && $2 == n { found = 1 } END { exit !found }'; }
drop_clusters() {
  local c
  for c in "$R_CLUSTER" "$P_CLUSTER"; do
    if cluster_exists "$c"; then pg_dropcluster --stop "$PG_VERSION" "$c" || say "could not drop cluster $c"; fi
  done
}
cleanup() {
  if [ "$KEEP" = 1 ]; then
    say "KEEP=1: nodes (pids $A_PID $B_PID), haproxy ($LB_PID) and clusters $P_CLUSTER/$R_CLUSTER left running"
    return
  fi
  stop_pid "$LB_PID"
  stop_pid "$A_PID"
  stop_pid "$B_PID"
  drop_clusters
  say "clusters $P_CLUSTER and $R_CLUSTER dropped; raw files in $WORK"
}
trap cleanup EXIT

# ---------------------------------------------------------------------------------------------
# 1. PostgreSQL: primary and streaming replica (deploy/postgresql/, as deploy/README.md does it).
# ---------------------------------------------------------------------------------------------
for c in "$P_CLUSTER" "$R_CLUSTER"; do
  if cluster_exists "$c"; then say "dropping the cluster $c an earlier run left"; pg_dropcluster --stop "$PG_VERSION" "$c"; fi
done
# conf.d file: the deployment's primary.conf, then the test's overrides (loopback, memory of a
# shared test machine). Files in conf.d are read in name order; the later wins.
configure_cluster() { # configure_cluster NAME PORT ROLE
  local conf=/etc/postgresql/$PG_VERSION/$1
  mkdir -p "$conf/conf.d"
  cp deploy/postgresql/primary.conf "$conf/conf.d/gerbang.conf"
  if [ "$3" = replica ]; then cp deploy/postgresql/replica.conf "$conf/conf.d/gerbang-replica.conf"; fi
  cat > "$conf/conf.d/zz-test.conf" <<EOF
# deploy/test/run.sh: loopback and a small machine
listen_addresses = '127.0.0.1'
port = $2
ssl = off
max_connections = 100
shared_buffers = 256MB
effective_cache_size = 1GB
maintenance_work_mem = 256MB
max_wal_size = 2GB
min_wal_size = 256MB
max_slot_wal_keep_size = 4GB
log_min_duration_statement = -1
EOF
  chown -R postgres:postgres "$conf"
  # The test trusts loopback (deploy/postgresql/pg_hba-gerbang.conf has the production lines).
  cat > "$conf/pg_hba.conf" <<'EOF'
local   all           all                      peer
host    all           postgres     127.0.0.1/32 trust
host    replication   replicator   127.0.0.1/32 trust
EOF
  chown postgres:postgres "$conf/pg_hba.conf"
}
data_dir() { pg_lsclusters -h | awk -v v="$PG_VERSION" -v n="$1" '$1 == v && $2 == n { print $6 }'; }

say "creating the primary $P_CLUSTER on port $P_PORT"
pg_createcluster "$PG_VERSION" "$P_CLUSTER" -p "$P_PORT" >/dev/null
configure_cluster "$P_CLUSTER" "$P_PORT" primary
pg_ctlcluster "$PG_VERSION" "$P_CLUSTER" start
sql_at "$P_PORT" postgres "create role replicator with replication login" >/dev/null
sql_at "$P_PORT" postgres "create database $BENCH_DB" >/dev/null

say "creating the replica $R_CLUSTER on port $R_PORT: pg_basebackup -R -C -S from the primary"
pg_createcluster "$PG_VERSION" "$R_CLUSTER" -p "$R_PORT" >/dev/null
configure_cluster "$R_CLUSTER" "$R_PORT" replica
R_DATA=$(data_dir "$R_CLUSTER")
[ -n "$R_DATA" ] && [ -d "$R_DATA" ] || die "no data directory for $R_CLUSTER"
rm -rf "${R_DATA:?}"/*
runuser -u postgres -- "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$P_PORT" -U replicator -D "$R_DATA" \
  -R -X stream -C -S gerbang_r -c fast
pg_ctlcluster "$PG_VERSION" "$R_CLUSTER" start
for _ in $(seq 60); do
  [ "$(sql_at "$P_PORT" postgres "select count(*) from pg_stat_replication where state = 'streaming'")" = 1 ] && break
  sleep 0.5
done
[ "$(sql_at "$P_PORT" postgres "select count(*) from pg_stat_replication where state = 'streaming'")" = 1 ] \
  || die "the replica does not stream"
say "replica streaming: $(sql_at "$P_PORT" postgres "select application_name || ' ' || state || ' ' || sync_state from pg_stat_replication")"

# ---------------------------------------------------------------------------------------------
# 2. The register (generated, synthetic) and the nodes.
# ---------------------------------------------------------------------------------------------
JDBC_URL="jdbc:postgresql://127.0.0.1:$P_PORT/$BENCH_DB"
REPLICA_URL="jdbc:postgresql://127.0.0.1:$R_PORT/$BENCH_DB"
# The commands run as a node does (production profile, the registry's audit signing key): a
# command that stops writes a shutdown checkpoint, and one signed with a key of its own would not
# verify (deploy/README.md, "Commands").
AUDIT_KEY=$WORK/audit-signing-key.pem
openssl genpkey -algorithm ed25519 -out "$AUDIT_KEY" 2>/dev/null
chmod 600 "$AUDIT_KEY"
mkdir -p "$WORK/archive" "$WORK/keys"
run_jar() {
  (cd "$WORK" && SPRING_PROFILES_ACTIVE=production GERBANG_DB_URL=$JDBC_URL GERBANG_DB_USER=postgres GERBANG_DB_PASSWORD="" \
    GERBANG_AUDIT_KEY_FILE="$AUDIT_KEY" GERBANG_AUDIT_ARCHIVE_DIR="$WORK/archive" \
    GERBANG_FEEDBACK_KEYFILE="$WORK/keys/feedback-keys" GERBANG_ACCOUNT_SECONDFACTOR_KEYFILE="$WORK/keys/second-factor-keys" \
    "$JAVA" "$@")
}
say "preparing the schema and generating $RESIDENTS residents (province 32, seed 42)"
run_jar -jar "$JAR" help > "$WORK/prepare.log" 2>&1 || die "schema preparation failed: $WORK/prepare.log"
run_jar -Xmx1g -jar "$JAR" generate --count="$RESIDENTS" --province=32 --seed=42 > "$WORK/generate.log" 2>&1 \
  || die "generation failed: $WORK/generate.log"
sql "vacuum (analyze) resident, family" >/dev/null
pct=$(awk -v s="$SAMPLE" -v n="$RESIDENTS" 'BEGIN { p = 120 * s / n; if (p > 100) p = 100; printf "%.4f", p }')
sql "create table bench_nik as
       select (row_number() over ())::integer as i, nik, record_status
       from (select nik, record_status from resident tablesample bernoulli ($pct) repeatable (42)
             order by random() limit $SAMPLE) s;
     alter table bench_nik add primary key (i);
     analyze bench_nik" >/dev/null
N_SAMPLE=$(sql "select count(*) from bench_nik")
sql "select b.nik, b.record_status, r.full_name, r.date_of_birth from bench_nik b join resident r using (nik) order by b.i" \
  | tr '|' '\t' > "$WORK/niks.tsv"
sql "select u from (select distinct (b.nik / 10000) * 10000 + 9999 - (b.i % 10) as u from bench_nik b) x
     where not exists (select 1 from resident r where r.nik = x.u) limit 10000" > "$WORK/unknown.tsv"

# Both nodes share the audit signing key (one registry, one log), the data-balikan and second-factor
# keys (the first command creates them, the nodes read them) and the archive directory (in
# production a shared mount, deploy/README.md); each has its own working directory.
start_node() { # start_node NAME PORT: sets STARTED_PID
  local dir=$WORK/node-$1
  mkdir -p "$dir/data"
  (
    cd "$dir"
    # shellcheck disable=SC2086
    env SPRING_PROFILES_ACTIVE=production GERBANG_DB_URL="$JDBC_URL" GERBANG_DB_USER=postgres GERBANG_DB_PASSWORD="" \
      SERVER_ADDRESS=127.0.0.1 GERBANG_PORT="$2" GERBANG_DB_POOL_SIZE="$POOL" GERBANG_AUDIT_KEY_FILE="$AUDIT_KEY" \
      GERBANG_AUDIT_ARCHIVE_DIR="$WORK/archive" GERBANG_INITIAL_ADMIN_FILE="$dir/data/initial-admin-password.txt" \
      GERBANG_FEEDBACK_KEYFILE="$WORK/keys/feedback-keys" GERBANG_ACCOUNT_SECONDFACTOR_KEYFILE="$WORK/keys/second-factor-keys" \
      MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED=true \
      GERBANG_REPLICA_URL="$REPLICA_URL" GERBANG_REPLICA_USER=postgres GERBANG_REPLICA_PASSWORD="" \
      $NODE_ENV \
      "$JAVA" -Xms"$HEAP" -Xmx"$HEAP" -jar "$JAR" >> "$dir/server.log" 2>&1 &
    echo $! > "$dir/pid"
    wait
  ) &
  for _ in $(seq 20); do [ -s "$dir/pid" ] && break; sleep 0.1; done
  STARTED_PID=$(cat "$dir/pid")
  rm -f "$dir/pid"
}
await_ready() { # await_ready PORT PID NAME
  for _ in $(seq 360); do
    curl -sf "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null 2>&1 && return 0
    kill -0 "$2" 2>/dev/null || die "node $3 stopped: $WORK/node-$3/server.log"
    sleep 0.5
  done
  die "node $3 did not become ready: $WORK/node-$3/server.log"
}
say "starting node A on port $A_PORT (first: it migrates the schema and creates the initial administrator)"
start_node a "$A_PORT"; A_PID=$STARTED_PID; SERVER_PID=$A_PID
await_ready "$A_PORT" "$A_PID" a
say "starting node B on port $B_PORT"
start_node b "$B_PORT"; B_PID=$STARTED_PID
await_ready "$B_PORT" "$B_PID" b
say "nodes ready: A pid $A_PID, B pid $B_PID"

# ---------------------------------------------------------------------------------------------
# 3. HAProxy: both nodes on LB_PORT, node A alone on LB1_PORT (scenario 1's one-node figure).
# ---------------------------------------------------------------------------------------------
cat > "$WORK/haproxy.cfg" <<EOF
# deploy/test/run.sh: the balancing and health-check options of deploy/haproxy/gerbang.cfg, on
# loopback and without TLS (the test measures the cluster's behaviour, not the cost of TLS).
global
    maxconn 4096
    nbthread 1
defaults
    mode http
    log global
    option dontlognull
    timeout connect 2s
    timeout client 60s
    timeout server 30s
    timeout http-keep-alive 60s
    timeout queue 10s
    timeout check 3s
    retries 2
    option redispatch 1
    retry-on conn-failure
    option forwardfor
frontend gerbang
    bind 127.0.0.1:$LB_PORT
    default_backend nodes
listen stats
    bind 127.0.0.1:$LB_STATS_PORT
    stats enable
    stats uri /stats
frontend gerbang_one_node
    bind 127.0.0.1:$LB1_PORT
    default_backend node_a
backend nodes
    balance roundrobin
    option httpchk
    http-check send meth GET uri /actuator/health/readiness
    http-check expect status 200
    default-server check inter 1s fastinter 250ms downinter 1s fall 2 rise 2 observe layer4 error-limit 10 on-error mark-down
    server a 127.0.0.1:$A_PORT
    server b 127.0.0.1:$B_PORT
backend node_a
    option httpchk
    http-check send meth GET uri /actuator/health/readiness
    http-check expect status 200
    server a 127.0.0.1:$A_PORT check inter 1s fall 2 rise 2
EOF
haproxy -c -q -f "$WORK/haproxy.cfg" || die "haproxy rejects $WORK/haproxy.cfg"
haproxy -db -f "$WORK/haproxy.cfg" > "$WORK/haproxy.log" 2>&1 &
LB_PID=$!
lb_up() { # lb_up SERVER: 1 when HAProxy sees nodes/SERVER UP (its statistics page, CSV)
  curl -s "http://127.0.0.1:$LB_STATS_PORT/stats;csv" | awk -F, -v s="$1" '$1 == "nodes" && $2 == s { print ($18 ~ /^UP/) ? 1 : 0 }'
}
for _ in $(seq 40); do curl -sf "http://127.0.0.1:$LB_PORT/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 0.25; done
curl -sf "http://127.0.0.1:$LB_PORT/actuator/health/readiness" >/dev/null || die "the balancer does not answer: $WORK/haproxy.log"
say "HAProxy up (pid $LB_PID): both nodes on $LB_PORT, node A alone on $LB1_PORT"

# ---------------------------------------------------------------------------------------------
# 4. The arrangement (bench/lib/arrangement.sh), through node A.
# ---------------------------------------------------------------------------------------------
BASE="http://127.0.0.1:$A_PORT"
bench_credential_table
ADMIN_USER=admin
otp=$(sed -n 's/^ *kata sandi \/ password *: //p' "$WORK/node-a/data/initial-admin-password.txt" | head -n1)
[ -n "$otp" ] || die "no one-time password in $WORK/node-a/data/initial-admin-password.txt"
ADMIN_PASSWORD=$(new_password)
change_password admin "$otp" "$ADMIN_PASSWORD"
sql "insert into bench_credential (user_id, password, role) values ('admin', '$ADMIN_PASSWORD', 'REGISTRY_ADMIN')" >/dev/null
ensure_accounts "$ACCOUNTS" "$WORK/accounts.tsv"
# The quota scenario's account: an agreement of QUOTA lookups a day.
DAILY_QUOTA=$QUOTA create_account 90 "q$(printf '%x' "$(date +%s)" | tail -c 4)" || die "creating the quota account failed"
IFS=$'\t' read -r Q_CODE Q_USER Q_PASSWORD < <(sql "select agency_code || chr(9) || user_id || chr(9) || password
    from bench_credential where role = 'AGENCY_SERVICE' order by created_at desc, user_id desc limit 1")
say "arrangement: $ACCOUNTS service accounts with large quotas, $Q_USER with a quota of $QUOTA a day"

# call PORT CODE USER PASSWORD NIK -> the compatible answer's outcome: 01 (data) or its RESPONSE_CODE
call() {
  local out
  out=$(curl -s -m "${CALL_TIMEOUT:-60}" -X POST "http://127.0.0.1:$1/dukcapil/get_json/$2/CALL_NIK" -H 'Content-Type: application/json' \
    -d "$(jq -nc --arg n "$5" --arg u "$3" --arg p "$4" '{nik: $n, user_id: $u, password: $p, ip_user: "127.0.0.1"}')" || true)
  if grep -q '"NAMA_LGKP"' <<< "$out"; then echo 01; return; fi
  local code
  code=$(grep -o '"RESPONSE_CODE" *: *"\?[0-9]*' <<< "$out" | grep -o '[0-9]*$' | head -n1 || true)
  echo "${code:-none}"
}
ACTIVE_NIK=$(awk -F'\t' '$2 == "ACTIVE" { print $1; exit }' "$WORK/niks.tsv")
while IFS=$'\t' read -r code user password; do
  for port in "$A_PORT" "$B_PORT" "$LB_PORT"; do
    [ "$(call "$port" "$code" "$user" "$password" "$ACTIVE_NIK")" = 01 ] || die "account $user gets no data on port $port"
  done
done < "$WORK/accounts.tsv"
say "smoke test: every account gets data on node A, node B and through the balancer"

# ---------------------------------------------------------------------------------------------
# Measuring helpers.
# ---------------------------------------------------------------------------------------------
log_seq() { sql "select coalesce(max(seq), 0) from audit_access_log"; }
# log_since SEQ -> "entries span": entries above SEQ and the highest sequence number minus SEQ
log_since() { sql "select count(*), coalesce(max(seq), $1) - $1 from audit_access_log where seq > $1" | tr '|' ' '; }
# verify_chain -> the administrator endpoint's report (through the balancer), one line
verify_chain() {
  local out
  out=$(curl -s -m 600 -u "$ADMIN_USER:$ADMIN_PASSWORD" -X POST "http://127.0.0.1:$LB_PORT/api/v1/admin/audit/verify?log=access" \
    -H 'Accept-Language: en' || true)
  echo "$out" > "$WORK/verify-$1.json"
  echo "$out"
}
verified() { jq -e '.totalFindings == 0 and .entries > 0' <<< "$1" >/dev/null 2>&1; }
# verdict REPORT -> "VERIFIES (n entries, seq a..b, c checkpoints)" or what was found, by kind
verdict() {
  if verified "$1"; then
    jq -r '"VERIFIES (\(.entries) entries, seq \(.firstSeq)..\(.lastSeq), \(.checkpoints) checkpoints, \(.elapsedMillis) ms)"' <<< "$1"
  else
    jq -r '"DOES NOT VERIFY (\(.entries) entries, \(.checkpoints) checkpoints): \(.totalFindings) findings: \([.findings[].kind] | group_by(.) | map("\(.[0]) x \(length)") | join(", ")); first: \(.findings[0].detail)"' <<< "$1" 2>/dev/null \
      || echo "DOES NOT VERIFY: $(head -c 300 <<< "$1")"
  fi
}
# loadgen_run LABEL TARGET_PORT DURATION WARMUP: closed model, CALL_NIK, CONNECTIONS connections;
# the JSON goes to WORK/LABEL.json.
loadgen_run() {
  loadgen "$WORK" --target="http://127.0.0.1:$2" --mix=CALL_NIK:100 --connections="$CONNECTIONS" --warmup="$4" \
    --duration="$3" --rate=0 --max-requests="$MAX_REQUESTS" --unknown-share="$UNKNOWN_SHARE" \
    --malformed-share="$MALFORMED_SHARE" --server-pid="${SERVER_PID:-0}" --label="$1" \
    --seed="$(cksum <<< "$1" | cut -d' ' -f1)" --out="$WORK/$1.json" > /dev/null 2> >(sed 's/^/  /' >&2)
}
# Gerbang's answers in the window: outcomes with a response code (not the balancer's http-5xx).
gerbang_answers() { jq '[.outcomes | to_entries[] | select(.key | test("^[0-9]+$")) | .value] | add // 0' "$1"; }
other_answers() { jq -c '[.outcomes | to_entries[] | select(.key | test("^[0-9]+$") | not)] | from_entries' "$1"; }
# The replica's replay lag seen by the primary, sampled every 0.5 s into FILE until stopped.
sample_lag() {
  while :; do
    sql_at "$P_PORT" postgres "select coalesce(extract(epoch from replay_lag) * 1000, 0)::int,
        coalesce(pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn), 0)::bigint from pg_stat_replication" 2>/dev/null \
      | tr '|' ' ' >> "$1" || true
    sleep 0.5
  done
}
r() { jq -r --arg l "$1" "select(.label == \$l) | $2" "$RUNS"; }
want() { [[ " $SCENARIOS " == *" $1 "* ]]; }
max_col() { awk -v c="$2" 'BEGIN { m = 0 } $c > m { m = $c } END { print m }' "$1"; }

echo "# deploy/test/run.sh $(date -u +%FT%TZ)" >> "$SUMMARY"
report "machine: $(nproc) cores, load average $(loadavg) at the start; $RESIDENTS residents; jar $(basename "$JAR") of $(date -u -r "$JAR" +%FT%TZ)"

# ---------------------------------------------------------------------------------------------
# Scenario 1: load through the balancer, one node and two nodes.
# ---------------------------------------------------------------------------------------------
if want 1; then
say "scenario 1: raw PostgreSQL rate, then $CONNECTIONS connections for $WARMUP+$DURATION s: node A direct, balancer -> A, balancer -> A+B"
pg_out=$(pgbench -h 127.0.0.1 -p "$P_PORT" -U postgres -n -M prepared -c "$POOL" -j 2 -T "$DURATION" \
  -D n="$N_SAMPLE" -f bench/sql/lookup.pgbench "$BENCH_DB" 2>&1) || die "pgbench failed: $pg_out"
RAW=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' <<< "$pg_out" | cut -d. -f1)
loadgen_run jit-warmup "$LB_PORT" 30 0
for run in "direct-a:$A_PORT" "lb-one-node:$LB1_PORT" "lb-two-nodes:$LB_PORT"; do
  label=${run%%:*}; port=${run##*:}
  : > "$WORK/$label-lag.txt"
  sample_lag "$WORK/$label-lag.txt" & LAG_PID=$!
  seq0=$(log_seq)
  loadgen_run "$label" "$port" "$DURATION" "$WARMUP"
  kill "$LAG_PID" 2>/dev/null; wait "$LAG_PID" 2>/dev/null || true
  sleep 1
  read -r entries span < <(log_since "$seq0")
  jq -c --arg l "$(loadavg)" --argjson e "$entries" --argjson s "$span" --argjson lagms "$(max_col "$WORK/$label-lag.txt" 1)" \
    --argjson lagbytes "$(max_col "$WORK/$label-lag.txt" 2)" \
    '{label: .label, requestsPerSecond, sent, errors, transportErrors, p50: .latencyMs.p50, p99: .latencyMs.p99,
      logEntries: $e, logExact: ($e == .sent and $s == $e), maxReplayLagMs: $lagms, maxReplayLagBytes: $lagbytes, loadAfter: $l}' \
    "$WORK/$label.json" >> "$RUNS"
done
report ""
report "## 1. Load through the balancer ($CONNECTIONS connections, closed model, CALL_NIK, ${DURATION} s)"
report "raw PostgreSQL lookups (pgbench, $POOL connections, on the primary): $RAW/s"
for label in direct-a lb-one-node lb-two-nodes; do
  report "$(r "$label" '"\(.label): \(.requestsPerSecond | floor)/s, ratio \((.requestsPerSecond / '"$RAW"' * 100 | floor) / 100), p50 \(.p50) ms, p99 \(.p99) ms, errors \(.errors), access log \(if .logExact then "exact" else "MISMATCH" end) (\(.logEntries) entries for \(.sent) sent), replica replay lag max \(.maxReplayLagMs) ms / \(.maxReplayLagBytes) bytes, load after \(.loadAfter)"')"
done
report "(two cores run both nodes, HAProxy, PostgreSQL twice and the load generator: a second node adds overhead here, not capacity)"
fi

# ---------------------------------------------------------------------------------------------
# Scenario 2: a quota of N, 3N concurrent calls spread over both nodes.
# ---------------------------------------------------------------------------------------------
if want 2; then
say "scenario 2: quota $QUOTA, $((3 * QUOTA)) concurrent calls alternating node A and node B"
mapfile -t QUOTA_NIKS < <(awk -F'\t' '$2 == "ACTIVE" { print $1 }' "$WORK/niks.tsv" | head -n $((3 * QUOTA)))
: > "$WORK/quota-calls.txt"
for i in $(seq 0 $((3 * QUOTA - 1))); do
  if [ $((i % 2)) = 0 ]; then port=$A_PORT; else port=$B_PORT; fi
  printf '%s %s\n' "$port" "${QUOTA_NIKS[$((i % ${#QUOTA_NIKS[@]}))]}" >> "$WORK/quota-calls.txt"
done
export -f call
export Q_CODE Q_USER Q_PASSWORD CALL_TIMEOUT
seq_q=$(log_seq)
xargs -P 64 -L 1 bash -c 'echo "$0 $(call "$0" "$Q_CODE" "$Q_USER" "$Q_PASSWORD" "$1")"' < "$WORK/quota-calls.txt" > "$WORK/quota-answers.txt"
served=$(awk '$2 == "01"' "$WORK/quota-answers.txt" | wc -l)
refused05=$(awk '$2 == "05"' "$WORK/quota-answers.txt" | wc -l)
served_a=$(awk -v p="$A_PORT" '$1 == p && $2 == "01"' "$WORK/quota-answers.txt" | wc -l)
served_b=$(awk -v p="$B_PORT" '$1 == p && $2 == "01"' "$WORK/quota-answers.txt" | wc -l)
others=$(awk '$2 != "01" && $2 != "05" { print $2 }' "$WORK/quota-answers.txt" | sort | uniq -c | tr '\n' ' ')
used=$(sql "select coalesce(sum(used), 0) from quota_agreement_usage
            where agreement_id in (select agreement_id from agreement_amendment where agency_code = '$Q_CODE')" 2>/dev/null || echo "?")
read -r q_entries _ < <(log_since "$seq_q")
q_outcomes=$(sql "select string_agg(outcome || ' ' || n, ', ' order by outcome) from
                    (select outcome, count(*) n from audit_access_log where seq > $seq_q group by outcome) o")
report ""
report "## 2. Quota exact across nodes"
report "quota $QUOTA, $((3 * QUOTA)) concurrent calls (64 at a time, half to each node): served $served (node A $served_a, node B $served_b), refused 05 (quota) $refused05, other ${others:-none}; quota counter $used; access log +$q_entries entries ($q_outcomes); $([ "$served" = "$QUOTA" ] && echo EXACT || echo "NOT EXACT (calls without an answer within ${CALL_TIMEOUT:-60} s count as not served: see the log's outcomes)")"
fi

# ---------------------------------------------------------------------------------------------
# Scenarios 3-5: a fault under load through the balancer.
# ---------------------------------------------------------------------------------------------
# fault_run LABEL ACTION_AT ACTION RECOVER_AT RECOVER: FAULT_DURATION s of load; ACTION at
# ACTION_AT s, RECOVER (may be :) at RECOVER_AT s; then the log is compared with the answers.
fault_run() {
  local label=$1 at=$2 action=$3 rat=$4 recover=$5 seq0 entries span gerbang other t0
  seq0=$(log_seq)
  t0=$(now_ms)
  loadgen_run "$label" "$LB_PORT" "$FAULT_DURATION" 0 &
  local lg=$!
  sleep "$at"
  say "$label: $action at $(( ($(now_ms) - t0) / 1000 )) s"
  eval "$action"
  sleep $((rat - at))
  say "$label: $recover at $(( ($(now_ms) - t0) / 1000 )) s"
  eval "$recover"
  wait "$lg" || say "$label: the load generator failed"
  sleep 2
  read -r entries span < <(log_since "$seq0")
  gerbang=$(gerbang_answers "$WORK/$label.json")
  other=$(other_answers "$WORK/$label.json")
  jq -c --argjson e "$entries" --argjson s "$span" --argjson g "$gerbang" --argjson o "$other" \
    '{label: .label, requestsPerSecond, sent, answered, gerbangAnswers: $g, otherAnswers: $o, transportErrors, errors,
      unexpected, perSecond: .perSecond.requests, logEntries: $e, logGapless: ($s == $e),
      everyAnswerLogged: ($g <= $e and $e <= .sent)}' "$WORK/$label.json" >> "$RUNS"
}
fault_report() {
  report "$(r "$1" '"\(.label): \(.sent) sent, \(.gerbangAnswers) answered by Gerbang, balancer answers \(.otherAnswers), transport errors \(.transportErrors), unexpected outcomes \(.errors); access log +\(.logEntries) entries, gapless \(.logGapless), every answered call logged \(.everyAnswerLogged) (answered <= entries <= sent)"')"
  report "  requests per second: $(r "$1" .perSecond)"
}

if want 3; then
say "scenario 3: kill -9 of node B under load"
fault_run kill-node-b 10 'kill -9 $B_PID' 20 ':'
B_DOWN_SEEN=$(lb_up b || echo "?")
v3=$(verify_chain kill)
report ""
report "## 3. kill -9 of node B at 10 s of $FAULT_DURATION s (through the balancer)"
fault_report kill-node-b
report "HAProxy marks B: $([ "$B_DOWN_SEEN" = 0 ] && echo DOWN || echo "state $B_DOWN_SEEN"); chain verification: $(verdict "$v3")"
say "restarting node B"
start_node b "$B_PORT"; B_PID=$STARTED_PID
await_ready "$B_PORT" "$B_PID" b
for _ in $(seq 40); do [ "$(lb_up b)" = 1 ] && break; sleep 0.5; done
report "node B restarted and back in the balancer: $([ "$(lb_up b)" = 1 ] && echo yes || echo no)"
fi

if want 4; then
say "scenario 4: the replica stopped under load"
replica_xacts() { sql_at "$R_PORT" postgres "select xact_commit + xact_rollback from pg_stat_database where datname = '$BENCH_DB'" 2>/dev/null || echo 0; }
r_stop() { R_XACTS_AT_STOP=$(replica_xacts); pg_ctlcluster "$PG_VERSION" "$R_CLUSTER" stop -m fast; }
R_XACTS_BEFORE=$(replica_xacts)
R_XACTS_AT_STOP=$R_XACTS_BEFORE
fault_run replica-stopped 10 r_stop 20 "pg_ctlcluster $PG_VERSION $R_CLUSTER start"
report ""
report "## 4. Replica stopped at 10 s, started again at 20 s, of $FAULT_DURATION s"
report "transactions on the replica's database in the 10 s before it stopped: $((R_XACTS_AT_STOP - R_XACTS_BEFORE)) (0: the nodes do not read the replica)"
fault_report replica-stopped
for _ in $(seq 30); do
  [ "$(sql_at "$P_PORT" postgres "select count(*) from pg_stat_replication where state = 'streaming'")" = 1 ] && break; sleep 0.5
done
report "replica streaming again: $(sql_at "$P_PORT" postgres "select count(*) from pg_stat_replication where state = 'streaming'")"
fi

if want 5; then
say "scenario 5: the primary restarted under load"
p_restart() {
  local s e
  s=$(now_ms)
  pg_ctlcluster "$PG_VERSION" "$P_CLUSTER" restart -m fast
  e=$(now_ms)
  say "primary restarted in $((e - s)) ms"
  echo $((e - s)) > "$WORK/primary-restart-ms"
}
fault_run primary-restarted 10 p_restart 11 ':'
v5=$(verify_chain primary)
recovered=yes
for port in "$A_PORT" "$B_PORT"; do
  IFS=$'\t' read -r code user password < "$WORK/accounts.tsv"
  [ "$(call "$port" "$code" "$user" "$password" "$ACTIVE_NIK")" = 01 ] || recovered="no (port $port)"
done
report ""
report "## 5. Primary restarted (pg_ctlcluster restart -m fast, $(cat "$WORK/primary-restart-ms") ms) at 10 s of $FAULT_DURATION s"
fault_report primary-restarted
report "both nodes answer data after the load without a restart: $recovered; chain verification: $(verdict "$v5")"
report "access log over the whole run: $(sql "select count(*) || ' entries, seq ' || min(seq) || '..' || max(seq) || ', gapless ' || (count(*) = max(seq) - min(seq) + 1) from audit_access_log")"
fi

# ---------------------------------------------------------------------------------------------
# Scenario 6: changes on node A refuse old credentials on node B.
# ---------------------------------------------------------------------------------------------
# until_refused PORT CODE USER PASSWORD LIMIT_S -> milliseconds until the first refusal (or "> LIMIT s")
until_refused() {
  # The call that is refused was sent at t_send (ms after the change) and answered at t; the last
  # accepted one was sent at last_ok. Under load a call itself takes hundreds of ms: the change
  # reached node B between last_ok and t_send.
  local start=$1 port=$2 limit=$(( $7 * 1000 )) outcome t t_send last_ok=none
  while :; do
    t_send=$(( $(now_ms) - start ))
    outcome=$(call "$port" "$3" "$4" "$5" "$6")
    t=$(( $(now_ms) - start ))
    if [ "$outcome" != 01 ]; then echo "the call sent at $t_send ms (answered at $t ms, outcome $outcome); the last accepted call was sent at $last_ok ms"; return; fi
    last_ok=$t_send
    [ "$t" -lt "$limit" ] || { echo "> $7 s (still accepted)"; return; }
    sleep 0.05
  done
}
if want 6; then
say "scenario 6: password change and deactivation on node A, old credentials on node B"
IFS=$'\t' read -r c1 u1 p1 < <(sed -n "$((ACCOUNTS - 1))p" "$WORK/accounts.tsv")
IFS=$'\t' read -r c2 u2 p2 < <(sed -n "${ACCOUNTS}p" "$WORK/accounts.tsv")
for _ in 1 2 3; do call "$B_PORT" "$c1" "$u1" "$p1" "$ACTIVE_NIK" >/dev/null; call "$B_PORT" "$c2" "$u2" "$p2" "$ACTIVE_NIK" >/dev/null; done
[ "$(call "$B_PORT" "$c1" "$u1" "$p1" "$ACTIVE_NIK")" = 01 ] || die "$u1 gets no data on node B before the change"
newp=$(new_password)
BASE="http://127.0.0.1:$A_PORT"
change_password "$u1" "$p1" "$newp" || die "the password change on node A failed"
t_change=$(now_ms)
refused_pw=$(until_refused "$t_change" "$B_PORT" "$c1" "$u1" "$p1" "$ACTIVE_NIK" "$WAIT_LIMIT")
new_ok=$(call "$B_PORT" "$c1" "$u1" "$newp" "$ACTIVE_NIK")
[ "$(call "$B_PORT" "$c2" "$u2" "$p2" "$ACTIVE_NIK")" = 01 ] || die "$u2 gets no data on node B before the deactivation"
api POST "/api/v1/admin/users/$u2/deactivate" '{"reason":"deploy/test: deactivation across nodes"}' >/dev/null || die "deactivation on node A failed"
t_deact=$(now_ms)
refused_deact=$(until_refused "$t_deact" "$B_PORT" "$c2" "$u2" "$p2" "$ACTIVE_NIK" "$WAIT_LIMIT")
report ""
report "## 6. Changes on node A, old credentials on node B (polled every 50 ms)"
report "password changed on A: B refuses the old password: $refused_pw; the new one on B: outcome $new_ok"
report "user deactivated on A: B refuses it: $refused_deact"
fi

# ---------------------------------------------------------------------------------------------
# Storage figures (for docs/scaling.md).
# ---------------------------------------------------------------------------------------------
report ""
report "## Storage on the test primary"
report "$(sql "select 'register: ' || count(*) || ' residents, ' ||
    round((pg_total_relation_size('resident') + pg_total_relation_size('family'))::numeric / count(*)) ||
    ' bytes per resident (resident + family, tables and indexes)' from resident")"
report "$(sql "select 'access log: ' || count(*) || ' entries, ' || round(pg_total_relation_size('audit_access_log')::numeric / greatest(count(*), 1)) ||
    ' bytes per entry (table and indexes), ' || round(pg_relation_size('audit_access_log')::numeric / greatest(count(*), 1)) || ' in the table alone' from audit_access_log")"
report "load average at the end: $(loadavg)"
say "summary: $SUMMARY; runs: $RUNS"
