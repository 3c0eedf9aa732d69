# Sourced by bench/run.sh: finds or installs what the harness needs, and builds the jars.

java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1; }

# Sets JAVA, JCMD, JFR (a JDK 21 or newer: the server needs it, and jcmd/jfr must match the server's JVM).
find_jdk() {
  local candidate
  JAVA=${JAVA_HOME:+$JAVA_HOME/bin/java}
  if [ -z "${JAVA:-}" ] || [ ! -x "$JAVA" ] || [ "$(java_major "$JAVA")" -lt 21 ] 2>/dev/null; then
    JAVA=""
    for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
      if [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/jcmd" ] \
          && [ "$(java_major "$candidate/bin/java")" -ge 21 ] 2>/dev/null; then
        JAVA="$candidate/bin/java"; break
      fi
    done
  fi
  [ -n "$JAVA" ] || die "no JDK 21+ found (set JAVA_HOME)"
  JCMD=$(dirname "$JAVA")/jcmd
  JFR=$(dirname "$JAVA")/jfr
  [ -x "$JCMD" ] && [ -x "$JFR" ] || die "$JAVA has no jcmd/jfr: a full JDK is needed, not a JRE"
}

# psql, pgbench, jq, curl, ss, openssl; installed with apt-get when missing and allowed (root, Debian).
check_tools() {
  find_jdk
  local missing=() tool
  for tool in psql pgbench jq curl ss awk openssl; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    local packages=()
    for tool in "${missing[@]}"; do
      case $tool in
        psql|pgbench) packages+=(postgresql-client) ;;
        ss) packages+=(iproute2) ;;
        awk) packages+=(gawk) ;;
        *) packages+=("$tool") ;;
      esac
    done
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      say "installing ${packages[*]} (missing: ${missing[*]})"
      apt-get install -y "${packages[@]}" >/dev/null
    else
      die "missing tools: ${missing[*]}; install the Debian packages ${packages[*]}"
    fi
  fi
  say "tools: $("$JAVA" -version 2>&1 | head -n1); $(pgbench --version); $(jq --version); $(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc 'show server_version' 2>/dev/null | sed 's/^/PostgreSQL server /' || echo 'PostgreSQL server unreachable')"
  psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc 'select 1' >/dev/null 2>&1 \
    || die "PostgreSQL at $PG_HOST:$PG_PORT does not answer as $PG_USER"
}

# The server jar (when the sources are newer; not with --loadgen-only, for a caller that brings
# its own server jar) and the load generator.
build() {
  JAR=$ROOT/server/target/gerbang-server.jar
  if [ "${1:-}" = --loadgen-only ]; then
    :
  elif [ ! -f "$JAR" ] || [ -n "$(find server/src/main server/pom.xml -newer "$JAR" -type f | head -n1)" ]; then
    say "building $JAR"
    ./mvnw -B -q -pl server package -DskipTests >/dev/null || die "the server did not build: ./mvnw -pl server package"
    touch "$JAR"
  fi
  LOADGEN=$ROOT/bench/loadgen/target/gerbang-loadgen.jar
  # (the jar names its libraries in target/lib/: a build that stopped half-way left the jar without them)
  if [ ! -f "$LOADGEN" ] || [ ! -d bench/loadgen/target/lib ] \
      || [ -n "$(find bench/loadgen/src bench/loadgen/pom.xml -newer "$LOADGEN" -type f | head -n1)" ]; then
    say "building $LOADGEN"
    ./mvnw -B -q -pl bench/loadgen package >/dev/null || die "the load generator did not build: ./mvnw -pl bench/loadgen package"
    touch "$LOADGEN" # the jar plugin leaves an unchanged jar alone: without this every run would build it again
  fi
}

# loadgen DIR ARGS...: the load generator (built by build), with the accounts, NIK sample and
# unknown NIKs that bench/run.sh wrote to run directory DIR; ARGS add the target, the load and the
# output (bench/loadgen, Options).
loadgen() {
  local dir=$1
  shift
  "$JAVA" -Xmx256m -jar "$LOADGEN" --accounts="$dir/accounts.tsv" --niks="$dir/niks.tsv" \
    --unknown="$dir/unknown.tsv" --clk-tck="$(getconf CLK_TCK)" "$@"
}
