#!/usr/bin/env bash
# JMH micro-benchmarks of the hot pieces of a lookup (bench/README.md). Compiles the server and
# bench/jmh in one reactor (the bench profile; the server's classes, not its executable jar), then
# runs org.openjdk.jmh.Main with the arguments given, e.g.
#   bench/jmh.sh                              every benchmark (about 5 minutes)
#   bench/jmh.sh Similarity -f 1 -wi 2 -i 3   a subset, shorter
#   bench/jmh.sh -l                           list them
# Results of the last full run: bench/results/jmh.md (written by hand from the output).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/tools.sh
say() { echo "bench: $*" >&2; }
die() { say "$*"; exit 1; }
find_jdk
./mvnw -B -q -Pbench -pl bench/jmh -am compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >/dev/null
exec "$JAVA" -cp "bench/jmh/target/classes:$(cat bench/jmh/target/classpath.txt)" org.openjdk.jmh.Main "$@"
