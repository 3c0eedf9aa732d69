# Sourced by bench/run.sh: the measurements. Each appends one JSON object to $RUNS.

# The access log's highest sequence number (the log is gapless, so rows after it are this run's).
log_seq() { sql "select coalesce(max(seq), 0) from audit_access_log"; }

# Cumulative database counters: this database's transactions and rows, and the cluster's WAL flushes.
db_counters() {
  sql "select json_build_object(
         'commits', d.xact_commit, 'rollbacks', d.xact_rollback, 'fetched', d.tup_fetched,
         'inserted', d.tup_inserted, 'updated', d.tup_updated,
         'walRecords', w.wal_records, 'walBytes', w.wal_bytes, 'walSyncs', w.wal_sync)
       from pg_stat_database d, pg_stat_wal w where d.datname = current_database()"
}

# The access log's size when the run begins: a reused benchmark database keeps every earlier run's
# entries (about 3 million per full run), and single runs on databases of different ages do not
# compare (bench/results/lookup-analysis.md, fourth session). The highest sequence number counts
# the entries (none of a benchmark database's entries is old enough to be archived), read from the
# key's index instead of counting a table of many gigabytes.
log_at_start() {
  local entries mb
  entries=$(log_seq)
  mb=$(sql "select pg_total_relation_size('audit_access_log') / 1048576")
  jq -nc --argjson e "$entries" --argjson mb "$mb" \
    '{label: "access-log-at-start", kind: "database", accessLogEntries: $e, accessLogMb: $mb}' >> "$RUNS"
  say "the access log holds $entries entries ($mb MB) as the run begins"
}

# One request per account, each of which must answer data: the accounts work before the clock starts.
smoke_test() {
  local nik code user password out
  nik=$(awk -F'\t' '$2 == "ACTIVE" { print $1; exit }' "$WORK/niks.tsv")
  while IFS=$'\t' read -r code user password; do
    out=$(curl -s -X POST "$BASE/dukcapil/get_json/$code/CALL_NIK" -H 'Content-Type: application/json' \
      -d "$(jq -nc --arg n "$nik" --arg u "$user" --arg p "$password" '{nik: $n, user_id: $u, password: $p, ip_user: "127.0.0.1"}')")
    grep -q '"NAMA_LGKP"' <<< "$out" || die "account $user does not get data: $(head -c 200 <<< "$out")"
  done < "$WORK/accounts.tsv"
  say "smoke test: every account gets data"
}

# pgbench_run LABEL: the raw rate of the register's read query with $POOL connections.
pgbench_run() {
  local label=$1 out load_before tps latency
  load_before=$(loadavg)
  say "pgbench ($label): $POOL connections, $PGBENCH_DURATION s, load average $load_before"
  out=$(pgbench -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -n -M prepared -c "$POOL" -j 2 -T "$PGBENCH_DURATION" \
    -D n="$N_SAMPLE" -f bench/sql/lookup.pgbench "$BENCH_DB" 2>&1) || die "pgbench failed: $out"
  echo "$out" > "$WORK/pgbench-$label.txt"
  tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' <<< "$out")
  latency=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' <<< "$out")
  say "pgbench ($label): $tps lookups/s, mean latency $latency ms"
  jq -nc --arg name "pgbench-$label" --argjson tps "$tps" --argjson lat "$latency" --argjson c "$POOL" \
    --argjson d "$PGBENCH_DURATION" --arg lb "$load_before" --arg la "$(loadavg)" \
    '{label: $name, kind: "pgbench", requestsPerSecond: $tps, meanLatencyMs: $lat, connections: $c,
      durationSeconds: $d, loadBefore: $lb, loadAfter: $la}' >> "$RUNS"
}

# floor_run KIND RATE: PostgreSQL alone at a fixed rate, pgbench's open model with $POOL connections
# for $PGBENCH_DURATION s; the latency of a transaction counts from when it was due (its time plus
# its schedule lag), as the gateway's does. Two kinds, each run right after the open-model gateway
# run at the same rate:
# - read: the raw rate's own query (bench/sql/lookup.pgbench, one resident by a random existing NIK):
#   the latency of the issue's yardstick, PostgreSQL's point lookup, at that rate on this machine;
# - commit: one row like an access-log entry per transaction (bench/sql/commit.pgbench), into a copy
#   of the log's table with the same indexes, emptied first: the floor for any service that must log
#   an access durably before it answers.
floor_run() {
  local kind=$1 rate=$2 label="$1-floor-$2" prefix=$WORK/$1-floor-$2 out tps load_before what
  local args=(-f bench/sql/lookup.pgbench -D n="$N_SAMPLE")
  what="point lookup"
  if [ "$kind" = commit ]; then
    sql "create table if not exists bench_commit (like audit_access_log including defaults including indexes);
         create sequence if not exists bench_commit_seq;
         truncate bench_commit" >/dev/null
    args=(-f bench/sql/commit.pgbench)
    what="durable commit"
  fi
  load_before=$(loadavg)
  say "$label: PostgreSQL's $what at $rate/s, $POOL connections, $PGBENCH_DURATION s, load average $load_before"
  rm -f "$prefix".*
  out=$(pgbench -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -n -M prepared -c "$POOL" -j 2 -R "$rate" -T "$PGBENCH_DURATION" \
    -l --log-prefix="$prefix" "${args[@]}" "$BENCH_DB" 2>&1) || die "pgbench failed: $out"
  tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' <<< "$out")
  # log lines: client transaction time_us script epoch epoch_us schedule_lag_us. The latency counts
  # from the due time (time + lag); the p99 of the transaction alone (time) is kept beside it, so a
  # high floor can be told apart from pgbench's own client falling behind its schedule.
  local alone
  alone=$(cat "$prefix".* | awk '{ print $3 }' | sort -n | awk '{ v[NR] = $1 } END { i = int(NR * 0.99); if (i < 1) i = 1; printf "%.3f", v[i] / 1000 }')
  cat "$prefix".* | awk '{ print $3 + $7 }' | sort -n | awk -v tps="$tps" -v rate="$rate" -v c="$POOL" \
      -v d="$PGBENCH_DURATION" -v label="$label" -v kind="$kind-floor" -v alone="$alone" -v lb="$load_before" -v la="$(loadavg)" '
    { v[NR] = $1 }
    function p(q) { i = int(NR * q); if (i < 1) i = 1; return v[i] / 1000 }
    END { printf "{\"label\":\"%s\",\"kind\":\"%s\",\"targetRate\":%s,\"requestsPerSecond\":%s,\"connections\":%s,\"durationSeconds\":%s,\"transactions\":%d,\"latencyMs\":{\"p50\":%.3f,\"p90\":%.3f,\"p99\":%.3f,\"p999\":%.3f,\"max\":%.3f},\"transactionAloneP99Ms\":%s,\"loadBefore\":\"%s\",\"loadAfter\":\"%s\"}\n",
            label, kind, rate, tps, c, d, NR, p(0.5), p(0.9), p(0.99), p(0.999), v[NR] / 1000, alone, lb, la }' >> "$RUNS"
  rm -f "$prefix".*
  say "$label: $(jq -r '"\(.requestsPerSecond | round)/s, p50 \(.latencyMs.p50) ms, p99 \(.latencyMs.p99) ms, max \(.latencyMs.max) ms"' <<< "$(tail -n1 "$RUNS")")"
}

# http_floor_run RATE: the HTTP floor (bench/loadgen HttpFloor, the JDK's built-in server answering
# a fixed body, no database) driven by the load generator exactly as the open-model gateway run was
# (same rate, connections and durations): what HTTP and the load generator alone cost at that rate
# on this machine. Its answers are "unexpected" to the load generator; only their latency counts.
http_floor_run() {
  local rate=$1 label="http-floor-$1" port=${HTTP_FLOOR_PORT:-18301} pid load_before
  "$JAVA" -Xmx128m -cp "$LOADGEN" id.gerbang.bench.load.HttpFloor "$port" 2> "$WORK/$label-server.log" &
  pid=$!
  local up=0
  for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$port/" && { up=1; break; }; sleep 0.1; done
  [ "$up" = 1 ] || { kill "$pid" 2>/dev/null || true; die "$label: the HTTP floor did not answer on port $port ($WORK/$label-server.log)"; }
  load_before=$(loadavg)
  say "$label: the HTTP floor at $rate/s, $OPEN_CONNECTIONS connections, warm-up $WARMUP s + $OPEN_DURATION s, load average $load_before"
  loadgen "$WORK" --target="http://127.0.0.1:$port" --mix=CALL_NIK:100 --connections="$OPEN_CONNECTIONS" \
    --warmup="$WARMUP" --duration="$OPEN_DURATION" --rate="$rate" --max-requests="$MAX_REQUESTS" \
    --server-pid="$pid" --label="$label" --seed="$(cksum <<< "$label" | cut -d" " -f1)" \
    --out="$WORK/$label.json" > /dev/null 2> >(sed 's/^/  /' >&2) || { kill "$pid" 2>/dev/null || true; die "$label: the load generator failed"; }
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  jq -c --arg lb "$load_before" --arg la "$(loadavg)" \
    '{label: .label, kind: "http-floor", targetRate: .targetRate, requestsPerSecond: .requestsPerSecond,
      connections: .connections, latencyMs: .latencyMs, transportErrors: .transportErrors, cpu: .cpu,
      loadBefore: $lb, loadAfter: $la}' "$WORK/$label.json" >> "$RUNS"
  say "$label: $(jq -r '"\(.requestsPerSecond | round)/s, p50 \(.latencyMs.p50) ms, p99 \(.latencyMs.p99) ms, max \(.latencyMs.max) ms"' <<< "$(tail -n1 "$RUNS")")"
}

# load_run LABEL MODEL MIX CONNECTIONS WARMUP DURATION RATE: one load-generator run, with the
# access-log check and the database counters around it.
load_run() {
  local label=$1 model=$2 mix=$3 connections=$4 warmup=$5 duration=$6 rate=$7
  local load_before seq_before counters_before out entries highest counters_after
  load_before=$(loadavg)
  seq_before=$(log_seq)
  counters_before=$(db_counters)
  say "$label: $model model, $mix, $connections connections, warm-up $warmup s + $duration s$([ "$rate" != 0 ] && echo ", $rate requests/s"), load average $load_before"
  loadgen "$WORK" --target="$BASE" --mix="$mix" --connections="$connections" --warmup="$warmup" --duration="$duration" \
    --rate="$rate" --max-requests="$MAX_REQUESTS" --unknown-share="$UNKNOWN_SHARE" --malformed-share="$MALFORMED_SHARE" \
    --server-pid="$SERVER_PID" --label="$label" --seed="$(cksum <<< "$label" | cut -d" " -f1)" \
    --out="$WORK/$label.json" > /dev/null 2> >(sed 's/^/  /' >&2)
  sleep 1 # an answer is sent only after its entry committed; this is margin for the counters
  counters_after=$(db_counters)
  # other calls in the same time (the background run's data-balikan batches: operation FEEDBACK) are
  # counted apart; every other entry must be one of the load generator's requests
  read -r entries highest others < <(sql "select count(*), coalesce(max(seq), $seq_before) - $seq_before,
                                          count(*) filter (where operation = 'FEEDBACK')
                                   from audit_access_log where seq > $seq_before" | tr '|' ' ')
  sql "select outcome, count(*) from audit_access_log where seq > $seq_before group by outcome order by 1" \
    | tr '|' '\t' > "$WORK/$label-log-outcomes.tsv"
  jq -c --arg lb "$load_before" --arg la "$(loadavg)" --argjson before "$seq_before" --argjson entries "$entries" \
    --argjson span "$highest" --argjson others "$others" --argjson c0 "$counters_before" --argjson c1 "$counters_after" \
    '. + {kind: "load", loadBefore: $lb, loadAfter: $la,
          accessLog: {seqBefore: $before, entries: ($entries - $others), otherEntries: $others, seqSpan: $span, sent: .sent,
                      exact: ($entries - $others == .sent and $span == $entries)},
          database: ($c1 | with_entries(.value = (.value - $c0[.key]))) }' "$WORK/$label.json" >> "$RUNS"
  local last
  last=$(tail -n1 "$RUNS")
  say "$label: access log +$entries entries$([ "$others" -gt 0 ] && echo " ($others of other calls)") for $(jq .sent <<< "$last") requests sent ($(jq -r 'if .accessLog.exact then "exact" else "MISMATCH" end' <<< "$last"))"
}

# profile_run LABEL CONNECTIONS: a closed-model CALL_NIK run under JFR (profile settings), then the
# summaries of the recording. Its throughput is reported apart: the profiler costs a little.
profile_run() {
  local label=$1 connections=$2 jfr=$WORK/$1.jfr
  ( sleep "$WARMUP"; "$JCMD" "$SERVER_PID" JFR.start name=bench settings=profile duration="${DURATION}s" filename="$jfr" >/dev/null ) &
  local starter=$!
  load_run "$label" closed CALL_NIK:100 "$connections" "$WARMUP" "$DURATION" 0
  wait "$starter" || true
  for _ in $(seq 30); do [ -s "$jfr" ] && break; sleep 1; done
  if [ ! -s "$jfr" ]; then
    say "no JFR recording at $jfr"
    return 0
  fi
  "$JAVA" -cp "$LOADGEN" id.gerbang.bench.load.JfrSummary "$jfr" > "$WORK/profile-summary.md"
  {
    "$JFR" view --width 200 hot-methods "$jfr" || true
    "$JFR" view --width 200 allocation-by-class "$jfr" || true
    "$JFR" view --width 200 contention-by-site "$jfr" || true
    "$JFR" view --width 200 gc "$jfr" | head -n 40 || true
    "$JFR" view --width 200 thread-cpu-load "$jfr" || true
  } > "$WORK/profile-views.txt" 2>&1
  say "profile: $WORK/profile-summary.md, $WORK/profile-views.txt"
}

# Heap as the JVM reports it after the load, and after a full collection (the live set); RSS.
memory_report() {
  local info_loaded info_live rss hwm
  info_loaded=$("$JCMD" "$SERVER_PID" GC.heap_info 2>&1 || true)
  "$JCMD" "$SERVER_PID" GC.run >/dev/null 2>&1 || true
  sleep 1
  info_live=$("$JCMD" "$SERVER_PID" GC.heap_info 2>&1 || true)
  printf '%s\n\n--- after GC.run ---\n%s\n' "$info_loaded" "$info_live" > "$WORK/heap-info.txt"
  rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$SERVER_PID/status")
  hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$SERVER_PID/status")
  # G1 prints one line for the heap: "garbage-first heap   total reserved 524288K, committed
  # 524288K, used 272005K [...]" (JDK 25; older JDKs print "total 524288K, used ..."). Parallel and
  # Serial print one line per generation ("PSYoungGen total 152576K, used 8146K", "ParOldGen ...",
  # "def new generation ...", "tenured generation ..."): summed.
  heap_lines() { if grep -q ' heap ' <<< "$1"; then grep -m1 ' heap ' <<< "$1"; else grep -E 'Gen |generation ' <<< "$1"; fi; }
  used_kb() { heap_lines "$1" | sed -n 's/.* used \([0-9]*\)K.*/\1/p' | awk '{s += $1} END {print s + 0}'; }
  total_kb() { heap_lines "$1" | sed -n 's/.*\(committed\|total\) \([0-9]*\)K, used.*/\2/p' | awk '{s += $1} END {print s + 0}'; }
  jq -nc --arg heap "$HEAP" --argjson committed "$(total_kb "$info_loaded")" --argjson used "$(used_kb "$info_loaded")" \
    --argjson live "$(used_kb "$info_live")" --argjson rss "$rss" --argjson hwm "$hwm" \
    '{label: "memory", kind: "memory", maxHeap: $heap, heapCommittedMb: ($committed / 1024), heapUsedAfterLoadMb: ($used / 1024),
      heapLiveAfterFullGcMb: ($live / 1024), rssMb: ($rss / 1024), rssPeakMb: ($hwm / 1024)}' >> "$RUNS"
  say "memory: $(tail -n1 "$RUNS")"
}
