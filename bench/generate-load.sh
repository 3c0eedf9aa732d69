#!/usr/bin/env bash
# Benchmark: generate N synthetic residents (default 1,000,000 of West Java) and load them into an
# empty register, on PostgreSQL (COPY) and on the embedded H2 database (JDBC batches). Target for
# PostgreSQL: 1,000,000 residents in under 60 seconds on a 2-core machine.
#
# Usage: bench/generate-load.sh            (both databases)
#        COUNT=200000 DATABASES=postgres bench/generate-load.sh
# Settings (environment): COUNT, SEED, PROVINCE, DATABASES ("postgres h2"), PG_HOST, PG_PORT, PG_USER,
# BENCH_DB (default gerbang_bench_generate; dropped and created again: use it for nothing else), RESULTS (markdown file written).
#
# Each database is prepared by a first run of the "help" command (migrations, reference data), so
# the timed run measures the generate command only: its own figure (generating and loading, as
# the command prints it) and the process's wall time including JVM and Spring start-up.
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${COUNT:-1000000}
SEED=${SEED:-42}
PROVINCE=${PROVINCE:-32}
DATABASES=${DATABASES:-"postgres h2"}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
BENCH_DB=${BENCH_DB:-gerbang_bench_generate}
RESULTS=${RESULTS:-bench/results/generate-load.md}
WORK=$(mktemp -d /tmp/gerbang-bench.XXXXXX)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
trap 'rm -rf "$WORK"' EXIT

# A JDK 21 or newer, as .ci/run picks it.
java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1; }
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/java}
if [ -z "${JAVA:-}" ] || [ "$(java_major "$JAVA")" -lt 21 ] 2>/dev/null; then
  JAVA=""
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ]; then
      JAVA="$candidate/bin/java"; break
    fi
  done
fi
[ -n "$JAVA" ] || { echo "bench: no JDK 21+ found" >&2; exit 1; }

JAR=server/target/gerbang-server.jar
if [ ! -f "$JAR" ] || [ -n "$(find server/src -newer "$JAR" -type f | head -n1)" ]; then
  echo "bench: building $JAR"
  ./mvnw -B -q -pl server package -DskipTests
fi

# Runs the jar against one database; prints the command's "Done:" line and the wall time.
run() {
  local name=$1 url=$2 user=$3
  echo "bench: $name: preparing the schema and the reference data" >&2
  GERBANG_DB_URL=$url GERBANG_DB_USER=$user GERBANG_DB_PASSWORD="" "$JAVA" -jar "$JAR" help > "$WORK/$name-prepare.log" 2>&1
  echo "bench: $name: generate --count=$COUNT --province=$PROVINCE --seed=$SEED" >&2
  local start end
  start=$(date +%s.%N)
  GERBANG_DB_URL=$url GERBANG_DB_USER=$user GERBANG_DB_PASSWORD="" "$JAVA" -jar "$JAR" generate \
      --count="$COUNT" --province="$PROVINCE" --seed="$SEED" > "$WORK/$name.log" 2> "$WORK/$name.err"
  end=$(date +%s.%N)
  local done_line seconds rate wall
  done_line=$(grep '^Done:' "$WORK/$name.log")
  seconds=$(sed -n 's/.* in \([0-9.,]*\) s .*/\1/p' <<< "$done_line" | tr -d ,)
  rate=$(sed -n 's/.*(\([0-9,]*\) residents\/s).*/\1/p' <<< "$done_line")
  wall=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }')
  echo "bench: $name: $done_line (process wall time ${wall} s)" >&2
  printf '| %s | %s | %s s | %s | %s s |\n' "$name" "$COUNT" "$seconds" "$rate" "$wall"
}

ROWS=()
for db in $DATABASES; do
  case $db in
    postgres)
      psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -q -c "drop database if exists $BENCH_DB with (force)"
      psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -q -c "create database $BENCH_DB"
      ROWS+=("$(run "PostgreSQL $(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -tAc 'show server_version' | cut -d' ' -f1)" \
          "jdbc:postgresql://$PG_HOST:$PG_PORT/$BENCH_DB" "$PG_USER")")
      loaded=$(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$BENCH_DB" -tAc "select count(*) from resident")
      [ "$loaded" -eq "$COUNT" ] || { echo "bench: PostgreSQL holds $loaded residents, expected $COUNT" >&2; exit 1; }
      ;;
    h2)
      ROWS+=("$(run "H2 $(unzip -Z1 "$JAR" | sed -n 's/.*h2-\([0-9.]*\)\.jar/\1/p') (file)" \
          "jdbc:h2:file:$WORK/h2/gerbang;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" sa)")
      ;;
    *) echo "bench: unknown database $db" >&2; exit 2 ;;
  esac
done

{
  echo "# Generate and load: $COUNT residents"
  echo
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/generate-load.sh\` (COUNT=$COUNT, PROVINCE=$PROVINCE, SEED=$SEED)."
  echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB RAM, load average before the runs: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared with other work)."
  echo "Java: $("$JAVA" -version 2>&1 | head -n1)."
  echo
  echo "| database | residents | generate + load (command) | residents/s | process wall time (JVM, Spring, command) |"
  echo "|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
} > "$RESULTS"
echo "bench: results in $RESULTS" >&2
cat "$RESULTS"
