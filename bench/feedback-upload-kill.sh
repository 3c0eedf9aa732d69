#!/usr/bin/env bash
# Measurement (issue 16): the PACKAGED server (server/target/gerbang-server.jar, -Xms512m -Xmx512m)
# on PostgreSQL, demo data, a free port.
#  1. a clean upload of 100,000 victim rows through the portal (operator session, multipart POST),
#     its heap sampled with jstat every 500 ms: the maximum used (eden + survivors + old) is reported;
#  2. a second workbook of 100,000 other rows: `kill -9` of the server while its job is storing
#     rows, a restart, the job shown INTERRUPTED, the same workbook uploaded again: afterwards every
#     row of the workbook is stored exactly once (no accepted row lost, none duplicated).
# Needs: the jar (./mvnw -o -q -pl server package -DskipTests), psql/createdb/dropdb on PG_HOST,
# curl, jstat (the JDK of JAVA_HOME). DROPS AND RECREATES the database $DB. Prints "BENCH ..." lines.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-100000}
PORT=${PORT:-18916}
DB=${DB:-gerbang_dbk_kill}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_USER=${PG_USER:-postgres}
KILL_AT=${KILL_AT:-40000}          # kill once this many rows of the second workbook are stored
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAR=$PWD/server/target/gerbang-server.jar
WORK=${WORK:-$PWD/target/upload-kill}
BASE=http://127.0.0.1:$PORT
NIK=3201010207879000               # the demo NIK (seed 20201201)
NEWPW='Bench-Kill-Passw0rd-2026!'
PSQL=(psql -h "$PG_HOST" -U "$PG_USER" -d "$DB" -tAq)

mkdir -p "$WORK" && rm -rf "$WORK/data" "$WORK"/*.log "$WORK/jstat.txt"
dropdb -h "$PG_HOST" -U "$PG_USER" --if-exists "$DB" && createdb -h "$PG_HOST" -U "$PG_USER" "$DB"

# the two workbooks (written by a test-scope helper: the same rows as bench/feedback-upload.sh)
for p in CLEAN KILL; do
  [[ -f "$WORK/$p.xlsx" ]] && continue
  ./mvnw -q -o -pl server test -Dtest=UploadWorkbookFileBench -Dsurefire.failIfNoSpecifiedTests=false \
    -DargLine="-Dbench.rows=$ROWS -Dbench.nik=$NIK -Dbench.prefix=$p- -Dbench.out=$WORK/$p.xlsx" 2>&1 | grep -E "^BENCH|ERROR" || true
done

PID=
start_server() { # $1 log file
  (cd "$WORK" && GERBANG_DB_URL=jdbc:postgresql://$PG_HOST:5432/$DB GERBANG_DB_USER=$PG_USER GERBANG_DB_PASSWORD= \
    exec "$JAVA_HOME/bin/java" -Xms512m -Xmx512m -jar "$JAR" --server.port=$PORT >"$1" 2>&1) &
  PID=$!
  for _ in $(seq 1 240); do
    curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$PID" 2>/dev/null || { echo "server died, see $1"; exit 1; }
    sleep 1
  done
  echo "server did not start"; exit 1
}
csrf() { sed -n 's/.*name="_csrf" content="\([^"]*\)".*/\1/p' | head -1; }
login() { # $1 user $2 password; leaves the session in $WORK/cookies
  rm -f "$WORK/cookies"
  local t; t=$(curl -s -c "$WORK/cookies" -b "$WORK/cookies" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  [[ -n "$t" ]] || t=$(curl -s -c "$WORK/cookies" -b "$WORK/cookies" "$BASE/login" | csrf)
  curl -s -o /dev/null -c "$WORK/cookies" -b "$WORK/cookies" --data-urlencode "username=$1" \
    --data-urlencode "password=$2" --data-urlencode "_csrf=$t" "$BASE/login"
}
page_csrf() { curl -s -c "$WORK/cookies" -b "$WORK/cookies" "$BASE$1" | csrf; }
upload() { # $1 workbook; prints the job id
  local t; t=$(page_csrf /portal/operator/feedback/upload)
  curl -s -o /dev/null -w '%{redirect_url}' -c "$WORK/cookies" -b "$WORK/cookies" -H "X-CSRF-TOKEN: $t" \
    -F "file=@$1;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \
    "$BASE/portal/operator/feedback/upload" | sed 's#.*/##'
}
job() { "${PSQL[@]}" -c "select status||' done='||rows_done||' accepted='||accepted||' duplicates='||duplicates||' refused='||refused from feedback_upload where upload_id='$1'"; }
stored() { "${PSQL[@]}" -c "select count(*) from feedback_record where case_reference like '$1-%'"; }
distinct_stored() { "${PSQL[@]}" -c "select count(distinct case_reference) from feedback_record where case_reference like '$1-%'"; }
wait_finished() { # $1 job id
  while :; do
    local s; s=$(job "$1")
    case "$s" in RUNNING*|QUEUED*|"") sleep 0.5 ;; *) echo "$s"; return 0 ;; esac
  done
}

start_server "$WORK/server-1.log"
OPPW=$(sed -n '/user ID *: dp3akb.operator/,/password/ s/.*kata sandi \/ password *: *\([^ ]*\).*/\1/p' "$WORK/server-1.log" | head -1)
SVCPW=$(sed -n '/user ID *: dp3akb.service/,/password/ s/.*kata sandi \/ password *: *\([^ ]*\).*/\1/p' "$WORK/server-1.log" | head -1)
[[ -n "$OPPW" && -n "$SVCPW" ]] || { echo "no demo passwords in the log"; exit 1; }

# the agency looks the NIK up (the data balikan needs a lookup that returned data)
curl -s -o /dev/null -X POST "$BASE/dukcapil/get_json/DP3AKB_JABAR/CALL_NIK" -H 'Content-Type: application/json' \
  -d "{\"nik\":\"$NIK\",\"user_id\":\"dp3akb.service\",\"password\":\"$SVCPW\",\"ip_user\":\"127.0.0.1\"}"
# the operator's first sign-in replaces the one-time password
login dp3akb.operator "$OPPW"
T=$(page_csrf /portal/account/password)
curl -s -o /dev/null -c "$WORK/cookies" -b "$WORK/cookies" --data-urlencode "currentPassword=$OPPW" \
  --data-urlencode "newPassword=$NEWPW" --data-urlencode "confirmPassword=$NEWPW" --data-urlencode "_csrf=$T" \
  "$BASE/portal/account/password"
login dp3akb.operator "$NEWPW"

# 1. a clean upload, the heap sampled every 500 ms
"$JAVA_HOME/bin/jstat" -gc "$PID" 500 >"$WORK/jstat.txt" 2>&1 &
JSTAT=$!
T0=$(date +%s.%N)
ID=$(upload "$WORK/CLEAN.xlsx")
[[ "$ID" =~ ^[0-9a-f-]{36}$ ]] || { echo "upload refused: [$ID]"; kill "$JSTAT" "$PID"; exit 1; }
R=$(wait_finished "$ID")
T1=$(date +%s.%N)
sleep 1; kill "$JSTAT" 2>/dev/null || true
# used = S0U + S1U + EU + OU (KB): jstat -gc columns 3, 4, 6, 8
# also the most used right after a young collection (live data plus what the old generation has not
# collected yet), the full collections and the total GC time of the run
HEAP=$(awk 'NR>1 && $1 ~ /^[0-9.]+$/ {n++; u=$3+$4+$6+$8; if (u>m) m=u; if (n>1 && $13>y) {if (u>a) a=u}
  y=$13; if (n==1) {f0=$15; g0=$19} f=$15; g=$19}
  END {printf "heap_used_max_mb=%.0f heap_used_after_young_gc_max_mb=%.0f full_gcs=%d gc_seconds=%.1f samples=%d", m/1024, a/1024, f-f0, g-g0, n}' "$WORK/jstat.txt")
echo "BENCH upload-heap: rows=$ROWS job=[$R] seconds=$(echo "$T1 - $T0" | bc) $HEAP xmx_mb=512 stored=$(stored CLEAN)"

# 2. kill -9 while the second workbook is being stored, restart, upload it again
ID=$(upload "$WORK/KILL.xlsx")
[[ "$ID" =~ ^[0-9a-f-]{36}$ ]] || { echo "upload refused: [$ID]"; kill "$PID"; exit 1; }
while [[ $(stored KILL) -lt $KILL_AT ]]; do sleep 0.2; done
kill -9 "$PID"; wait "$PID" 2>/dev/null || true
BEFORE=$(stored KILL)
echo "BENCH upload-kill: killed at stored=$BEFORE job_row_after_kill=[$(job "$ID")]"
start_server "$WORK/server-2.log"
echo "BENCH upload-kill: after restart job=[$(job "$ID")] stored=$(stored KILL)"
login dp3akb.operator "$NEWPW"
ID2=$(upload "$WORK/KILL.xlsx")
R2=$(wait_finished "$ID2")
AFTER=$(stored KILL); DISTINCT=$(distinct_stored KILL)
VERDICT=FAIL; [[ "$AFTER" == "$ROWS" && "$DISTINCT" == "$ROWS" ]] && VERDICT=OK
echo "BENCH upload-kill: second upload job=[$R2] stored=$AFTER distinct=$DISTINCT expected=$ROWS stored_before_restart=$BEFORE verdict=$VERDICT"
kill "$PID"; wait "$PID" 2>/dev/null || true
