#!/usr/bin/env bash
# Paired comparison of two server builds or settings (bench/README.md, "Comparing two versions"):
# starts server A and server B side by side on the benchmark database that bench/run.sh prepared,
# warms both up, then drives each in turn with the same load for ROUNDS rounds, so that the
# machine's drift (20 % within minutes on a shared machine) falls on both alike. Prints one line
# per run (lookups/s, latency, CPU per 1,000 requests of server, PostgreSQL and load generator).
#
# Usage: JAR_B=/path/to/other.jar bench/paired.sh
#        OPTS_B="-Dserver.tomcat.processor-cache=-1" bench/paired.sh       (same jar, other setting)
#        OPEN_RATE=2300 CONNECTIONS=64 bench/paired.sh                      (open model)
# Settings: JAR_A, JAR_B (default: server/target/gerbang-server.jar), OPTS_A, OPTS_B (JVM options,
# -Dkey=value for Spring settings), ROUNDS (3), CONNECTIONS (256), WARM (50 s per server), DURATION
# (20 s per run, after 5 s of warm-up), OPEN_RATE (0: closed model), PORT_A/PORT_B (18101/18102).
# Needs a completed bench/run.sh (the database, its accounts and NIK sample, the audit key).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
# shellcheck source=bench/lib/settings.sh
. bench/lib/settings.sh
JAR_A=${JAR_A:-$ROOT/server/target/gerbang-server.jar}
JAR_B=${JAR_B:-$ROOT/server/target/gerbang-server.jar}
OPTS_A=${OPTS_A:-}
OPTS_B=${OPTS_B:-}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-256}
WARM=${WARM:-50}
DURATION=${DURATION:-20}
OPEN_RATE=${OPEN_RATE:-0}
PORT_A=${PORT_A:-18101}
PORT_B=${PORT_B:-18102}
say() { echo "paired: $*" >&2; }
die() { say "$*"; exit 1; }

# shellcheck source=bench/lib/tools.sh
. bench/lib/tools.sh
# shellcheck source=bench/lib/server.sh
. bench/lib/server.sh
check_tools
build
LAST=$(ls -td bench/work/run-* 2>/dev/null | head -n1)
[ -n "$LAST" ] && [ -s "$LAST/accounts.tsv" ] && [ -s "$LAST/niks.tsv" ] || die "run bench/run.sh once first (no accounts and NIK sample under bench/work/run-*)"
[ -f "$AUDIT_KEY" ] || die "no audit signing key $AUDIT_KEY: run bench/run.sh once first"
[ -f "$JAR_A" ] && [ -f "$JAR_B" ] || die "JAR_A or JAR_B does not exist"
OUT=$ROOT/bench/work/paired-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"

PIDS=()
stop_servers() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap stop_servers EXIT
for port in $PORT_A $PORT_B; do
  [ -z "$(ss -Hltn "sport = :$port" 2>/dev/null)" ] || die "port $port is in use; set PORT_A/PORT_B"
done
say "A: $JAR_A $OPTS_A (port $PORT_A); B: $JAR_B $OPTS_B (port $PORT_B)"
start_server "$OUT/server-A.log" "$PORT_A" "$JAR_A" "$OPTS_A"
PIDS+=("$STARTED_PID")
start_server "$OUT/server-B.log" "$PORT_B" "$JAR_B" "$OPTS_B"
PIDS+=("$STARTED_PID")
await_healthy "$PORT_A" "${PIDS[0]}" "$OUT/server-A.log"
await_healthy "$PORT_B" "${PIDS[1]}" "$OUT/server-B.log"
sleep 2

run() { # NAME PORT PID LABEL WARMUP DURATION RATE
  loadgen "$LAST" --target="http://127.0.0.1:$2" --mix=CALL_NIK:100 --connections="$CONNECTIONS" \
    --warmup="$5" --duration="$6" --rate="$7" --server-pid="$3" --label="$4" \
    --seed=7 --out="$OUT/$1-$4.json" > /dev/null 2> "$OUT/$1-$4.log" || die "the load generator failed: $OUT/$1-$4.log"
  jq -r --arg n "$1" --arg l "$4" '"\($n) \($l): \(.requestsPerSecond | round)/s, p50 \(.latencyMs.p50) ms, p99 \(.latencyMs.p99) ms, errors \(.errors); CPU per 1,000: server \(.cpu.serverSecondsPer1000), PostgreSQL \(.cpu.postgresSecondsPer1000), load generator \(.cpu.generatorSecondsPer1000); busy cores \(.cpu.machineBusyCores)"' "$OUT/$1-$4.json"
}
say "JIT warm-up: $WARM s each, closed model"
run A "$PORT_A" "${PIDS[0]}" warm 0 "$WARM" 0 >/dev/null
run B "$PORT_B" "${PIDS[1]}" warm 0 "$WARM" 0 >/dev/null
say "$ROUNDS rounds of $DURATION s each, $CONNECTIONS connections, $([ "$OPEN_RATE" = 0 ] && echo "closed model" || echo "open model at $OPEN_RATE/s")"
for r in $(seq "$ROUNDS"); do
  run A "$PORT_A" "${PIDS[0]}" "r$r" 5 "$DURATION" "$OPEN_RATE"
  run B "$PORT_B" "${PIDS[1]}" "r$r" 5 "$DURATION" "$OPEN_RATE"
done | tee "$OUT/summary.txt"
say "raw files: $OUT"
