# Sourced by bench/run.sh and bench/paired.sh: the packaged server on the benchmark database.
# Needs JAVA (tools.sh) and the settings of settings.sh.

# start_server LOG PORT JAR OPTS: starts the server in the background with production settings,
# from SERVER_DIR; sets STARTED_PID. The heap is fixed at HEAP (-Xms = -Xmx, as README.md advises
# for production): with -Xmx alone G1 kept it near 300 MB and, its old generation holding little
# more than the reference data, started a marking cycle every 4-5 s (remark pauses of 8-17 ms).
start_server() {
  (
    cd "$SERVER_DIR"
    # shellcheck disable=SC2086
    SPRING_PROFILES_ACTIVE=production GERBANG_DB_URL=$JDBC_URL \
    GERBANG_DB_USER=$PG_USER GERBANG_DB_PASSWORD="" GERBANG_PORT=$2 GERBANG_DB_POOL_SIZE=$POOL \
    GERBANG_AUDIT_KEY_FILE=$AUDIT_KEY GERBANG_AUDIT_ARCHIVE_DIR=$SERVER_DIR/archive \
      exec "$JAVA" -Xms"$HEAP" -Xmx"$HEAP" $4 -jar "$3" > "$1" 2>&1
  ) &
  STARTED_PID=$!
}

# await_healthy PORT PID LOG: waits (up to 2 minutes) until the server answers its health check.
await_healthy() {
  for _ in $(seq 240); do
    curl -sf "http://127.0.0.1:$1/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$2" 2>/dev/null || die "the server stopped: $3"
    sleep 0.5
  done
  die "the server did not become healthy: $3"
}
