# Sourced by ./mvnw (POSIX sh). Gerbang needs JDK 21+. When JAVA_HOME is unset or older and the
# default `java` is older too, pick the newest JDK 21+ found in the usual places and say so.
# When none is found, nothing changes and the build's enforcer rule explains what to do.
gerbang_java_major() {
  "$1" -version 2>&1 | sed -n 's/.* version "\([0-9][0-9]*\).*/\1/p' | head -n 1
}
gerbang_ok() {
  [ -x "$1" ] || return 1
  _v=$(gerbang_java_major "$1")
  [ -n "$_v" ] && [ "$_v" -ge 21 ]
}
if [ -n "${JAVA_HOME:-}" ] && gerbang_ok "$JAVA_HOME/bin/java"; then
  :
elif [ -z "${JAVA_HOME:-}" ] && command -v java >/dev/null 2>&1 && gerbang_ok "$(command -v java)"; then
  :
else
  _best="" _best_v=0
  for _dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    if gerbang_ok "$_dir/bin/java"; then
      _v=$(gerbang_java_major "$_dir/bin/java")
      if [ "$_v" -gt "$_best_v" ]; then _best="$_dir" _best_v="$_v"; fi
    fi
  done
  if [ -n "$_best" ]; then
    echo "Gerbang: using JDK $_best_v at $_best (the default java is older than 21)" >&2
    JAVA_HOME="$_best"
    export JAVA_HOME
  fi
fi
