# Sourced by the benchmarks that run a Java source file against the server's own classes
# (bench/anomaly, bench/audit, bench/monitoring), from the project's root: compiles the server and
# its tests (offline) and sets cp (classes, test classes, the test-scope dependencies) and java_bin.
./mvnw -B -o -q -pl server test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
cp="server/target/classes:server/target/test-classes:$(cat server/target/bench-classpath.txt)"
java_bin="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
