# Sourced first by bench/run.sh and bench/paired.sh (after ROOT is set): the settings both scripts
# share, each with its default and each open to the environment, and the paths derived from them.
BENCH_DB=${BENCH_DB:-gerbang_bench}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
HEAP=${HEAP:-512m}
POOL=${POOL:-10}
JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$BENCH_DB"
# The server's working directory belongs to the database (its audit signing key lives there, and
# the database's checkpoints are signed with it), not to the run.
SERVER_DIR=$ROOT/bench/work/server-$BENCH_DB
AUDIT_KEY=$SERVER_DIR/audit-signing-key.pem
