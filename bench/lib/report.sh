# Sourced by bench/run.sh: writes $RESULTS/lookup.json, lookup.md and lookup-profile.md from $RUNS.
# MEASURED_AT (optional) replaces the time of writing, when a report is written again from a run's raw files.

write_report() {
  local json=$RESULTS/lookup.json md=$RESULTS/lookup.md at=${MEASURED_AT:-$(date -u '+%Y-%m-%d %H:%M UTC')}
  jq -s --arg at "$at" --argjson residents "$RESIDENTS" --argjson sample "$N_SAMPLE" \
    --argjson accounts "$ACCOUNTS" --arg heap "$HEAP" --argjson pool "$POOL" --argjson cores "$(nproc)" \
    --arg ram "$(free -g | awk '/^Mem:/ {print $2}') GB" --arg java "$("$JAVA" -version 2>&1 | sed -n 1p)" \
    --arg pg "$(sql 'show server_version')" --arg sbuf "$(sql 'show shared_buffers')" \
    --arg sync "$(sql 'show synchronous_commit')" --arg fsync "$(sql 'show fsync')" --arg autovacuum "$(sql 'show autovacuum')" \
    --arg unknown "$UNKNOWN_SHARE" --arg malformed "$MALFORMED_SHARE" --arg mix "$MIX" --arg conc "$CONCURRENCY" \
    --argjson warmup "$WARMUP" --argjson duration "$DURATION" --argjson open "$OPEN_DURATION" \
    --argjson pgd "$PGBENCH_DURATION" --arg work "$WORK" '
    def loads: [.[] | select(.kind == "load")];
    # the floor run of a kind at the rate of the open-model run $open, as the report shows it
    def floorAt($all; $open; $kind):
      [$all[] | select(.kind == $kind and $open != null and .targetRate == $open.targetRate)] | first
      | if . then {label: .label, targetRate: .targetRate, latencyMs: .latencyMs} else null end;
    . as $all
    | ([$all[] | select(.kind == "pgbench") | .requestsPerSecond] | max) as $raw
    | ([$all[] | select(.kind == "load" and (.label | startswith("closed-c")))] | max_by(.requestsPerSecond)) as $peak
    | ([$all[] | select(.kind == "load" and .model == "open")] | first) as $open
    | floorAt($all; $open; "read-floor") as $readFloor
    | floorAt($all; $open; "commit-floor") as $commitFloor
    | floorAt($all; $open; "http-floor") as $httpFloor
    # the HTTP floor at the rate of the peak (run.sh runs it after the closed-model runs): what the cheapest
    # HTTP answer costs its server per request there, against the budget of the server for ratio 1.0
    | ([$all[] | select(.kind == "http-floor" and $peak != null and .targetRate == ($peak.requestsPerSecond | floor))] | first
       | if . then {label: .label, targetRate: .targetRate, requestsPerSecond: .requestsPerSecond, latencyMs: .latencyMs,
                    serverCpuMsPerRequest: .cpu.serverSecondsPer1000} else null end) as $peakHttpFloor
    # What the rest of a lookup (PostgreSQL, the load generator, other work on the machine) leaves for
    # the server at the peak: busy cores / rate is the machine CPU per lookup, less the server the other
    # CPU; the same busy cores spent on that alone give ratioWithoutServerCpu, and ratio 1.0 leaves the
    # server serverBudgetMsForRatio1 per lookup (negative: not even a server that cost nothing reaches it).
    | ($peak.cpu as $c | ($c.machineBusyCores / $peak.requestsPerSecond * 1000) as $machineMs
       | ($machineMs - $c.serverSecondsPer1000) as $otherMs
       | {machineCpuMsPerLookup: $machineMs, otherCpuMsPerLookup: $otherMs,
          ratioWithoutServerCpu: ($c.machineBusyCores / $otherMs * 1000 / $raw),
          serverBudgetMsForRatio1: ($c.machineBusyCores / $raw * 1000 - $otherMs)}) as $ceiling
    | ([$all[] | select(.kind == "memory")] | first) as $mem
    | ([$all[] | select(.kind == "database")] | first) as $db
    | {
        measuredAt: $at,
        machine: {cores: $cores, memory: $ram, java: $java, postgres: $pg, sharedBuffers: $sbuf,
                  synchronousCommit: $sync, fsync: $fsync, autovacuum: $autovacuum},
        settings: {residents: $residents, nikSample: $sample, accounts: $accounts, maxHeap: $heap, pool: $pool,
                   unknownShare: ($unknown | tonumber), malformedShare: ($malformed | tonumber), concurrency: $conc,
                   mixed: $mix, warmupSeconds: $warmup, durationSeconds: $duration, openDurationSeconds: $open,
                   pgbenchSeconds: $pgd},
        raw: {requestsPerSecond: $raw,
              runs: [$all[] | select(.kind == "pgbench") | {label: .label, requestsPerSecond: .requestsPerSecond, meanLatencyMs: .meanLatencyMs, loadBefore: .loadBefore, loadAfter: .loadAfter}]},
        peak: {label: $peak.label, requestsPerSecond: $peak.requestsPerSecond, ratioToRaw: ($peak.requestsPerSecond / $raw),
               latencyMs: $peak.latencyMs, serverCpuSecondsPer1000: $peak.cpu.serverSecondsPer1000,
               ceiling: $ceiling,
               httpFloor: $peakHttpFloor},
        open: (if $open then {label: $open.label, targetRate: $open.targetRate, requestsPerSecond: $open.requestsPerSecond,
               latencyMs: $open.latencyMs, maxLagMs: $open.maxLagMs} else null end),
        commitFloor: $commitFloor,
        readFloor: $readFloor,
        httpFloor: $httpFloor,
        memory: $mem,
        background: ([$all[] | select(.kind == "background")] | first
          | if . then . as $bg
              | {targetRate: $bg.targetRate, recordsPerBatch: $bg.recordsPerBatch, calls: $bg.calls, auditIntervalSeconds: $bg.auditIntervalSeconds, feedbackIntervalSeconds: $bg.feedbackIntervalSeconds,
                 alone: ([$all[] | select(.kind == "load" and .model == "open" and .targetRate == $bg.targetRate and (.label | startswith("open-")))] | first
                         | if . then {label: .label, requestsPerSecond: .requestsPerSecond, latencyMs: .latencyMs, serverCpuSecondsPer1000: .cpu.serverSecondsPer1000, loadBefore: .loadBefore} else null end),
                 with: ([$all[] | select(.kind == "load" and .label == $bg.label)] | first
                         | {label: .label, requestsPerSecond: .requestsPerSecond, latencyMs: .latencyMs, serverCpuSecondsPer1000: .cpu.serverSecondsPer1000, otherLogEntries: .accessLog.otherEntries, loadBefore: .loadBefore})}
            else null end),
        accessLogAtStart: (if $db then {entries: $db.accessLogEntries, mb: $db.accessLogMb} else null end),
        totals: {errors: ([loads[] | .errors] | add), requestsSent: ([loads[] | .sent] | add),
                 accessLogEntries: ([loads[] | .accessLog.entries] | add),
                 accessLogExactEveryRun: ([loads[] | .accessLog.exact] | all)},
        targets: {
          throughputHalfOfRaw: (($peak.requestsPerSecond / $raw) >= 0.5),
          throughputEqualToRaw: (($peak.requestsPerSecond / $raw) >= 1.0),
          p99AtHalfPeakUnder10ms: (if $open then $open.latencyMs.p99 < 10 else null end),
          readFloorAtHalfPeakUnder10ms: (if $readFloor then $readFloor.latencyMs.p99 < 10 else null end),
          p99AtHalfPeakAtMostReadFloor: (if $open and $readFloor then $open.latencyMs.p99 <= $readFloor.latencyMs.p99 else null end),
          p99AtHalfPeakAtMost3xHttpFloor: (if $open and $httpFloor then $open.latencyMs.p99 <= 3 * $httpFloor.latencyMs.p99 else null end),
          zeroErrors: (([loads[] | .errors] | add) == 0),
          zeroLostLogEntries: ([loads[] | .accessLog.exact] | all),
          heapUnder512Mb: (if $mem then ($mem.heapLiveAfterFullGcMb < 512 and $mem.heapCommittedMb <= 512) else null end)
        },
        # Whether a target can be met on this machine at all, judged by the floors of the same run (null:
        # not measured). Ratio 1.0: the server of the HTTP floor, which does no work, must cost less per
        # request than the budget the rest of a lookup leaves the server. The p99 of the read floor: the p99
        # of the HTTP floor at that rate must not already be above it.
        reachable: {
          throughputEqualToRaw: (if $peakHttpFloor then $peakHttpFloor.serverCpuMsPerRequest < $ceiling.serverBudgetMsForRatio1 else null end),
          p99AtHalfPeakAtMostReadFloor: (if $readFloor and $httpFloor then $httpFloor.latencyMs.p99 <= $readFloor.latencyMs.p99 else null end)
        },
        rawFiles: $work,
        runs: $all
      }' "$RUNS" > "$json"

  {
    jq -r '
      def f(d): if . == null then "-" else (. * pow(10; d) | round / pow(10; d) | tostring) end;
      def commas: if length > 3 then (.[0:length-3] | commas) + "," + .[length-3:] else . end;
      def n: if . == null then "-" else (round | tostring | commas) end;
      def yes: if . == null then "-" elif . then "**met**" else "**not met**" end;
      def outOfReach: if . == false then ", out of reach on this machine" else "" end;
      "# Lookup benchmark: \(.settings.residents | n) residents\n",
      "Measured \(.measuredAt) by `bench/run.sh` on \(.machine.cores) cores / \(.machine.memory) shared with other work",
      "(load averages below), \(.machine.java), PostgreSQL \(.machine.postgres) (shared_buffers \(.machine.sharedBuffers),",
      "synchronous_commit \(.machine.synchronousCommit), fsync \(.machine.fsync), autovacuum \(.machine.autovacuum // "-")). Server: profile `production`,",
      "`-Xms\(.settings.maxHeap) -Xmx\(.settings.maxHeap)`, pool \(.settings.pool) connections; \(.settings.accounts) agencies with one service account each;",
      "\(.settings.nikSample | n) sampled existing NIKs, \(.settings.unknownShare * 100)% unknown and",
      "\(.settings.malformedShare * 100)% malformed NIKs in every gateway run. The load generator, PostgreSQL and the",
      "server share the same 2 cores. \(if .accessLogAtStart then "The access log held \(.accessLogAtStart.entries | n) entries (\(.accessLogAtStart.mb | n) MB) as the run began (none on a database generated afresh, `FRESH=1`; runs on databases of different ages do not compare). " else "" end)Written by the script; analysis: [`lookup-analysis.md`](lookup-analysis.md).\n",
      "## Targets (issues 6 and 19)\n",
      "| target | measured | |",
      "|---|---|---|",
      "| peak `CALL_NIK` >= 0.5 x raw pgbench rate (aim 1.0) | \(.peak.requestsPerSecond | n)/s vs \(.raw.requestsPerSecond | n)/s = **\(.peak.ratioToRaw | f(2))** (\(.peak.label)) | \(.targets.throughputHalfOfRaw | yes) |",
      "| peak `CALL_NIK` >= 1.0 x raw pgbench rate (issue 19) | \(.peak.ratioToRaw | f(2)); the machine spent \(.peak.ceiling.machineCpuMsPerLookup | f(3)) ms of CPU per lookup at the peak, the server \(.peak.serverCpuSecondsPer1000 | f(3)) of it: with a server that cost nothing the rest would allow **\(.peak.ceiling.ratioWithoutServerCpu | f(2))**, and 1.0 needs the server at \(.peak.ceiling.serverBudgetMsForRatio1 | f(3)) ms per lookup\(if .peak.ceiling.serverBudgetMsForRatio1 <= 0 then " (the rest of a gateway lookup alone costs the machine more than the whole lookup of pgbench)" else "" end)\(if .peak.httpFloor then "; the HTTP floor at the rate of the peak, a server that does no work, costs \(.peak.httpFloor.serverCpuMsPerRequest | f(3)) ms per request (\(.peak.httpFloor.label))" else "" end) | \(.targets.throughputEqualToRaw | yes)\(.reachable.throughputEqualToRaw | outOfReach) |",
      "| p99 at half of peak < 10 ms | \(if .open then "\(.open.latencyMs.p99 | f(2)) ms at \(.open.requestsPerSecond | n)/s (\(.open.label))" else "-" end)\(if .readFloor then "; PostgreSQL alone at that rate: point lookup p99 \(.readFloor.latencyMs.p99 | f(2)) ms (\(.readFloor.label))" else "" end)\(if .commitFloor then "\(if .readFloor then "," else "; PostgreSQL alone at that rate:" end) durable commit p99 \(.commitFloor.latencyMs.p99 | f(2)) ms (\(.commitFloor.label))" else "" end) | \(.targets.p99AtHalfPeakUnder10ms | yes) |",
      (if .readFloor then "| precondition of the latency target: PostgreSQL alone, its point lookup at that rate, p99 < 10 ms on this machine | \(.readFloor.latencyMs.p99 | f(2)) ms (\(.readFloor.label)) | \(if .targets.readFloorAtHalfPeakUnder10ms then "**met**" else "**not met**: at this rate the yardstick itself answers slower than the target on this machine" end) |" else empty end),
      (if .open and .readFloor then "| p99 at half of the peak <= the p99 of PostgreSQL alone, its point lookup at that rate (issue 19) | \(.open.latencyMs.p99 | f(2)) ms vs \(.readFloor.latencyMs.p99 | f(2)) ms (\(.readFloor.label))\(if .httpFloor then "; the HTTP floor alone at that rate: p99 \(.httpFloor.latencyMs.p99 | f(2)) ms (\(.httpFloor.label))" else "" end) | \(.targets.p99AtHalfPeakAtMostReadFloor | yes)\(.reachable.p99AtHalfPeakAtMostReadFloor | outOfReach) |" else empty end),
      (if .open and .httpFloor then "| p99 at half of the peak <= 3 x the p99 of the HTTP floor at that rate (issue 19) | \(.open.latencyMs.p99 | f(2)) ms vs 3 x \(.httpFloor.latencyMs.p99 | f(2)) = \(.httpFloor.latencyMs.p99 * 3 | f(2)) ms (\(.httpFloor.label)) | \(.targets.p99AtHalfPeakAtMost3xHttpFloor | yes) |" else empty end),
      "| zero errors | \(.totals.errors) in \(.totals.requestsSent | n) requests | \(.targets.zeroErrors | yes) |",
      "| zero lost log entries | \(.totals.accessLogEntries | n) entries for \(.totals.requestsSent | n) requests sent, exact in every run: \(.totals.accessLogExactEveryRun) | \(.targets.zeroLostLogEntries | yes) |",
      "| heap < 512 MB with \(.settings.residents | n) residents | \(if .memory then "committed \(.memory.heapCommittedMb | f(0)) MB, used \(.memory.heapUsedAfterLoadMb | f(0)) MB after the load, live \(.memory.heapLiveAfterFullGcMb | f(0)) MB; RSS \(.memory.rssMb | f(0)) MB (peak \(.memory.rssPeakMb | f(0)) MB)" else "-" end) | \(.targets.heapUnder512Mb | yes) |",
      "",
      "## Raw rate (pgbench, the register read query, \(.settings.pool) connections, \(.settings.pgbenchSeconds) s)\n",
      "| run | lookups/s | mean latency | load average before -> after |",
      "|---|---:|---:|---|",
      (.raw.runs[] | "| \(.label) | \(.requestsPerSecond | n) | \(.meanLatencyMs) ms | \(.loadBefore) -> \(.loadAfter) |"),
      "\nThe ratio uses the higher of the two.\n",
      (if ([.runs[] | select(.kind == "read-floor" or .kind == "commit-floor" or .kind == "http-floor")] | length) > 0 then
        "## The latency floors: PostgreSQL alone (pgbench, open model, \(.settings.pool) connections, \(.settings.pgbenchSeconds) s) and HTTP alone at the open-model rates and the rate of the peak\n",
        "Run right after each open-model gateway run, at the same rate; latency in ms from when each transaction was due.",
        "`read-floor`: the query of the raw rate (one resident by a random existing NIK), read-only: the latency of the",
        "yardstick itself, the point lookup of PostgreSQL, at that rate on this machine. `commit-floor`: one row like an",
        "access-log entry committed per transaction into a copy of the access-log table (same indexes): a service that",
        "logs every access durably before it answers cannot answer faster on this disk. The last latency column is the",
        "p99 of the transaction alone, without the time it waited for its turn in pgbench (its schedule lag). `http-floor`:",
        "no database at all, the built-in HTTP server of the JDK answering a fixed body, driven by the load generator as the",
        "open-model gateway run was (same rate and connections): what HTTP and the load generator alone cost here; at the rate",
        "of the peak, the CPU its server spends per request is the least any HTTP server spends (compared with the budget of ratio 1.0 above).\n",
        "| run | rate | transactions/s | p50 | p90 | p99 | p99.9 | max | p99 of the transaction alone | CPU of the HTTP server per request (ms) | load average before -> after |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        (.runs[] | select(.kind == "read-floor" or .kind == "commit-floor" or .kind == "http-floor") | "| \(.label) | \(.targetRate | n)/s | \(.requestsPerSecond | n) | \(.latencyMs.p50 | f(2)) | \(.latencyMs.p90 | f(2)) | \(.latencyMs.p99 | f(2)) | \(.latencyMs.p999 | f(2)) | \(.latencyMs.max | f(1)) | \(.transactionAloneP99Ms | f(2)) | \(if .kind == "http-floor" then (.cpu.serverSecondsPer1000 | f(4)) else "-" end) | \(.loadBefore) -> \(.loadAfter) |"),
        ""
      else empty end),
      "## Gateway runs\n",
      "Latency in ms (open model: from the time each request was due). CPU in seconds per 1,000 requests",
      "(server: its process; PostgreSQL: every `postgres` process on the machine, shared with others). Log: access-log",
      "entries added / requests sent (warm-up included). DB: commits in the benchmark database (autocommit reads count too)",
      "and WAL flushes of the whole PostgreSQL cluster (shared) per 1,000 requests sent.\n",
      "| run | model | conn | requests/s | p50 | p90 | p99 | max | errors | CPU server | CPU PG | CPU loadgen | busy cores | log entries / sent | commits /1k | WAL flushes /1k | load avg before -> after |",
      "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---|",
      (.runs[] | select(.kind == "load") |
        "| \(.label)\(if .mix != "{CALL_NIK=100}" then " (" + .mix + ")" else "" end) | \(.model)\(if .model == "open" then " @" + (.targetRate | n) + "/s" else "" end) | \(.connections) | \(.requestsPerSecond | n) | \(.latencyMs.p50 | f(2)) | \(.latencyMs.p90 | f(2)) | \(.latencyMs.p99 | f(2)) | \(.latencyMs.max | f(1)) | \(.errors) | \(.cpu.serverSecondsPer1000 | f(3)) | \(.cpu.postgresSecondsPer1000 | f(3)) | \(.cpu.generatorSecondsPer1000 | f(3)) | \(.cpu.machineBusyCores | f(2)) | \(.accessLog.entries | n) / \(.sent | n) \(if .accessLog.exact then "ok" else "**MISMATCH**" end) | \(.database.commits / .sent * 1000 | f(1)) | \(.database.walSyncs / .sent * 1000 | f(1)) | \(.loadBefore) -> \(.loadAfter) |"),
      "",
      "Outcome codes of the measured requests per run (01 data/verdicts, 11 deceased, 12 duplicate, 13 not found, 14 inactive, 15 malformed NIK):\n",
      (.runs[] | select(.kind == "load") | "- \(.label): \(.outcomes | to_entries | map("\(.key) x \(.value)") | join(", "))\(if (.unexpected | length) > 0 then "; **unexpected**: " + (.unexpected | to_entries | map("\(.key) x \(.value)") | join(", ")) else "" end)"),
      "",
      "Open-model runs second by second: the slowest answer of each second of the measurement (ms), and the seconds",
      "with answers over 10 ms:\n",
      (.runs[] | select(.kind == "load" and .model == "open" and .perSecond != null) |
        (.perSecond.maxMs | split(",") | map(tonumber)) as $max
        | (.perSecond.over10ms | split(",") | map(tonumber)) as $over
        | "- \(.label): slowest per second `\($max | map(tostring) | join(" "))`; \([$over[] | select(. > 0)] | length) of \($max | length) seconds had answers over 10 ms (\($over | add) answers)"),
      "",
      (if .background then
        "## Mixed reality: lookups with an auditor and data balikan beside them\n",
        "The open-model run at \(.background.targetRate | n)/s again, while a registry auditor searches the access log through the",
        "administration API (an agency, a NIK, today, an outcome, an agency and user in turn, and the usage figures of 30 days;",
        "one call every \(.background.auditIntervalSeconds) s) and one agency returns data balikan through `POST /api/v1/feedback` (batches of",
        "\(.background.recordsPerBatch | n) victim records, encrypted at rest, about NIKs it looked up first; one batch every",
        "\(.background.feedbackIntervalSeconds) s). `bench/lib/background.sh`. The latency of the background calls is in ms; with a few",
        "dozen calls their p99 is the highest or the next to it.\n",
        "| lookups | requests/s | p50 | p90 | p99 | max | CPU server /1k | load average before |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
        (.background.alone // empty | "| alone (\(.label)) | \(.requestsPerSecond | n) | \(.latencyMs.p50 | f(2)) | \(.latencyMs.p90 | f(2)) | \(.latencyMs.p99 | f(2)) | \(.latencyMs.max | f(1)) | \(.serverCpuSecondsPer1000 | f(3)) | \(.loadBefore) |"),
        (.background.with | "| with the background (\(.label)) | \(.requestsPerSecond | n) | \(.latencyMs.p50 | f(2)) | \(.latencyMs.p90 | f(2)) | \(.latencyMs.p99 | f(2)) | \(.latencyMs.max | f(1)) | \(.serverCpuSecondsPer1000 | f(3)) | \(.loadBefore) |"),
        "",
        "| background call | calls | not 2xx | p50 ms | p99 ms | max ms |",
        "|---|---:|---:|---:|---:|---:|",
        (.background.calls | to_entries[] | "| \(.key) | \(.value.calls) | \(.value.non2xx) | \(.value.p50Ms | f(1)) | \(.value.p99Ms | f(1)) | \(.value.maxMs | f(1)) |"),
        ""
      else empty end),
      "Latency by kind in the mixed run:\n",
      (.runs[] | select(.kind == "load" and .mix != "{CALL_NIK=100}") | .byKind | to_entries[] | "- \(.key): \(.value.count | n) requests, p50 \(.value.p50 | f(2)) ms, p99 \(.value.p99 | f(2)) ms"),
      "",
      "Raw files of this run (server log, load-generator JSON and HdrHistogram files, JFR recording): `\(.rawFiles)`."
    ' "$json"
  } > "$md"

  if [ -s "$WORK/profile-summary.md" ]; then
    {
      echo "# Profile of the gateway under peak load"
      echo
      echo "JFR (\`settings=profile\`, ${DURATION} s) of the server during \`$(jq -r '[.runs[] | select(.label | startswith("profile"))][0].label' "$json")\`"
      echo "($(jq -r '[.runs[] | select(.label | startswith("profile"))][0] | "\(.requestsPerSecond | round) requests/s under the profiler, server \(.cpu.serverCores * 100 | round / 100) cores, PostgreSQL \(.cpu.postgresCores * 100 | round / 100) cores, machine \(.cpu.machineBusyCores * 100 | round / 100) cores busy"' "$json")),"
      echo "measured $at. Summarised by \`JfrSummary\` (bench/loadgen); analysis in"
      echo "[\`lookup-analysis.md\`](lookup-analysis.md)."
      echo
      cat "$WORK/profile-summary.md"
      echo '## `jfr view hot-methods` and `allocation-by-class`'
      echo
      echo '```'
      sed -n '1,/^Allocation by Class/p' "$WORK/profile-views.txt" | sed -n '1,40p'
      sed -n '/^Allocation by Class/,/^$/p' "$WORK/profile-views.txt" | sed -n '1,30p'
      echo '```'
    } > "$RESULTS/lookup-profile.md"
  fi
  say "report: $md"
  cat "$md" >&2
}
