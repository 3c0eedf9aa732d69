# Sourced by bench/run.sh: "mixed reality" (issue 19, target 4). Beside an open-model lookup run, a
# registry auditor searches the access log and one agency returns data balikan in batches through
# the web service, both as their clients would; the report puts the lookups' rate and latency beside
# the same rate without them, and the background calls' own latency.
#
# Settings (environment): BACKGROUND (1: run it at the first open-model rate; 0: skip),
# AUDIT_INTERVAL (seconds between two searches, 1), FEEDBACK_INTERVAL (seconds between two batches, 5),
# FEEDBACK_BATCH (records per batch, 1000), FEEDBACK_NIKS (NIKs the agency looks up first and then
# returns data balikan about, 1000).
# Needs: the functions of arrangement.sh and measure.sh, BASE, WORK, RUNS, niks.tsv in WORK.

# Sets BG_AUDITOR/BG_AUDITOR_PASSWORD (a REGISTRY_AUDITOR) and BG_CODE/BG_USER/BG_PASSWORD (an agency
# whose agreement takes VICTIM data balikan by web service), creating them once per database.
ensure_background_accounts() {
  BG_AUDITOR=bench.auditor
  BG_AUDITOR_PASSWORD=$(sql "select password from bench_credential where user_id = '$BG_AUDITOR'")
  if [ -z "$BG_AUDITOR_PASSWORD" ]; then
    local otp
    otp=$(api POST /api/v1/admin/users "$(jq -nc --arg u "$BG_AUDITOR" \
        '{userId: $u, role: "REGISTRY_AUDITOR", fullName: "Auditor Bangku Uji", reason: "benchmark"}')" \
        | jq -r .oneTimePassword) || return 1
    BG_AUDITOR_PASSWORD=$(new_password)
    change_password "$BG_AUDITOR" "$otp" "$BG_AUDITOR_PASSWORD" || return 1
    sql "insert into bench_credential (user_id, password, role)
         values ('$BG_AUDITOR', '$BG_AUDITOR_PASSWORD', 'REGISTRY_AUDITOR')" >/dev/null
  fi
  if [ "$(sql "select count(*) from bench_credential where role = 'FEEDBACK_SERVICE'")" = 0 ]; then
    ALL_ELEMENTS=${ALL_ELEMENTS:-'{}'}
    create_account 99 "$(printf '%x' "$(date +%s)" | tail -c 6)" \
        '{"feedback":{"kinds":["VICTIM"],"methods":["WEB_SERVICE"]}}' FEEDBACK_SERVICE || return 1
  fi
  IFS=$'\t' read -r BG_CODE BG_USER BG_PASSWORD < <(sql "select agency_code || chr(9) || user_id || chr(9) || password
      from bench_credential where role = 'FEEDBACK_SERVICE' limit 1")
}

# bg_token: a v1 bearer token of the data-balikan agency's service account.
bg_token() {
  curl -s -m 30 -X POST "$BASE/api/v1/token" -H 'Content-Type: application/json' \
    -d "$(jq -nc --arg u "$BG_USER" --arg p "$BG_PASSWORD" '{userId: $u, password: $p}')" | jq -r .access_token
}

# The agency looks up FEEDBACK_NIKS active NIKs of the sample (data balikan is accepted only about
# people the agency looked up within the window), written to $WORK/background-niks.txt.
background_lookups() {
  local token=$1 n=${FEEDBACK_NIKS:-1000}
  awk -F'\t' -v n="$n" '$2 == "ACTIVE" && c < n {print $1; c++}' "$WORK/niks.tsv" > "$WORK/background-niks.txt"
  say "background: the data-balikan agency looks up $(wc -l < "$WORK/background-niks.txt") NIKs first"
  local found
  found=$({ xargs -P 4 -I{} curl -s -m 30 -o /dev/null -w '%{http_code}\n' -X POST "$BASE/api/v1/persons/lookup" \
      -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d '{"nik":"{}","purpose":"Bench data balikan"}' < "$WORK/background-niks.txt" || true; } | grep -c '^200$' || true)
  say "background: $found lookups answered 200"
}

# feedback_body RUN BATCH: FEEDBACK_BATCH victim records about the looked-up NIKs, each its own case.
feedback_body() {
  awk -v run="$1" -v batch="$2" -v size="${FEEDBACK_BATCH:-1000}" '
    { nik[NR] = $1 } END {
      printf "{\"records\":["
      for (i = 0; i < size; i++) {
        printf "%s{\"nik\":\"%s\",\"kind\":\"VICTIM\",\"caseReference\":\"BG-%s-%d-%d\",", (i ? "," : ""), nik[i % NR + 1], run, batch, i
        printf "\"victim\":{\"violenceKinds\":[1,2],\"place\":1,\"perpetratorRelationship\":1,"
        printf "\"incidentDate\":\"2026-03-01\",\"reportDate\":\"2026-03-02\",\"services\":[1],\"disability\":7}}"
      }
      printf "]}"
    }' "$WORK/background-niks.txt"
}

# The auditor's loop: one search every AUDIT_INTERVAL seconds, the filters an auditor uses in turn
# (an agency, a NIK, today, an outcome, an agency and its user, then the usage figures of 30 days).
audit_loop() {
  set +e # a failed call is a line of the record, never the end of the loop
  local out=$1 i=0 agency nik today from
  agency=$(sql "select id from agency order by id limit 1")
  nik=$(head -n1 "$WORK/background-niks.txt")
  today=$(TZ=Asia/Jakarta date +%F); from=$(TZ=Asia/Jakarta date -d '29 days ago' +%F)
  local filters=("{\"agencyId\":$agency}" "{\"nik\":\"$nik\"}" "{\"from\":\"$today\",\"to\":\"$today\"}"
                 '{"outcome":"NOT_FOUND"}' "{\"agencyId\":$agency,\"userId\":\"$BG_USER\"}")
  while :; do
    if [ $((i % 6)) = 5 ]; then
      curl -s -m 60 -o /dev/null -w 'usage\t%{http_code}\t%{time_total}\n' -u "$BG_AUDITOR:$BG_AUDITOR_PASSWORD" \
        "$BASE/api/v1/admin/audit/usage?from=$from&to=$today" >> "$out"
    else
      curl -s -m 60 -o /dev/null -w 'search\t%{http_code}\t%{time_total}\n' -u "$BG_AUDITOR:$BG_AUDITOR_PASSWORD" \
        -X POST "$BASE/api/v1/admin/audit/access-log/search" -H 'Content-Type: application/json' \
        -d "${filters[$((i % 6))]}" >> "$out"
    fi
    i=$((i + 1))
    sleep "${AUDIT_INTERVAL:-1}"
  done
}

# The agency's loop: one batch every FEEDBACK_INTERVAL seconds, each with an idempotency key of its own.
feedback_loop() {
  set +e
  local out=$1 token=$2 run=$3 batch=0 body
  while :; do
    body=$WORK/background-batch.json
    feedback_body "$run" "$batch" > "$body"
    curl -s -m 120 -o /dev/null -w 'batch\t%{http_code}\t%{time_total}\n' -X POST "$BASE/api/v1/feedback" \
      -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -H "Idempotency-Key: bench-$run-$batch" --data-binary @"$body" >> "$out"
    batch=$((batch + 1))
    sleep "${FEEDBACK_INTERVAL:-5}"
  done
}

# background_run RATE: the open-model lookup run at RATE with the auditor and the data balikan beside
# it, then a "background" record of their calls in $RUNS (count, non-2xx, p50/p99/max seconds).
background_run() {
  local rate=$1 label="background-$1" calls=$WORK/background-$1-calls.tsv token audit_pid feedback_pid
  ensure_background_accounts || die "background: the auditor or the data-balikan agency could not be arranged"
  token=$(bg_token || true)
  [ -n "$token" ] && [ "$token" != null ] || die "background: no token for $BG_USER"
  background_lookups "$token"
  # The searches' plans need the access log's statistics, which autovacuum keeps in service; a
  # machine with autovacuum off (as some test machines are) would sort millions of rows instead.
  say "background: analysing the access log first (autovacuum is $(sql 'show autovacuum') on this server)"
  sql "analyze audit_access_log" >/dev/null
  : > "$calls"
  audit_loop "$calls" & audit_pid=$!
  feedback_loop "$calls" "$token" "$(date +%s)" & feedback_pid=$!
  load_run "$label" open CALL_NIK:100 "$OPEN_CONNECTIONS" "$WARMUP" "$OPEN_DURATION" "$rate"
  kill "$audit_pid" "$feedback_pid" 2>/dev/null || true
  wait "$audit_pid" "$feedback_pid" 2>/dev/null || true
  jq -Rsc --arg lbl "$label" --argjson rate "$rate" --argjson batch "${FEEDBACK_BATCH:-1000}" \
    --argjson audit "${AUDIT_INTERVAL:-1}" --argjson every "${FEEDBACK_INTERVAL:-5}" '
    # nearest rank: with a few dozen calls the "p99" is the highest or next to it
    def pct($p): if length == 0 then null else sort | .[((length * $p) | ceil) - 1] * 1000 end;
    [split("\n")[] | select(length > 0) | split("\t") | {kind: .[0], status: .[1], s: (.[2] | tonumber)}]
    | group_by(.kind) | map({key: .[0].kind, value: {calls: length, non2xx: ([.[] | select(.status[0:1] != "2")] | length),
        p50Ms: ([.[].s] | pct(0.5)), p99Ms: ([.[].s] | pct(0.99)), maxMs: ([.[].s] | max * 1000)}})
    | from_entries | {kind: "background", label: $lbl, targetRate: $rate, recordsPerBatch: $batch,
                      auditIntervalSeconds: $audit, feedbackIntervalSeconds: $every, calls: .}' \
    "$calls" >> "$RUNS"
  say "$label: background calls $(tail -n1 "$RUNS" | jq -c .calls)"
}
