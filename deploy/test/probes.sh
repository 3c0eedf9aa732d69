#!/usr/bin/env bash
# The outside review's probes (SECURITY.md, "Probes"), run against the packaged jar on a fresh
# H2 database with the demo data in a temporary directory. Prints each probe's answer.
#   ./mvnw -pl server -am package -DskipTests && deploy/test/probes.sh [port]
# Needs curl and bash; sends from 127.0.0.33 and 127.0.0.50 (any 127/8 address works on Linux).
set -u
JAR="$(realpath "${JAR:-$(dirname "$0")/../../server/target/gerbang-server.jar}")"
P="${1:-18080}"; B=http://127.0.0.1:$P
WORK="$(mktemp -d)"; cd "$WORK"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/java}"; [ -x "${JAVA:-}" ] || JAVA="$(command -v java)"
[ -f "$JAR" ] || { echo "probes: no $JAR; build it first" >&2; exit 2; }
# (generated passwords use letters, digits and - _ . ! * only: safe in a URL and after a colon)
"$JAVA" -jar "$JAR" --server.port="$P" > app.log 2>&1 &
SRV=$!
# 13: calls before readiness (from 127.0.0.50, an unregistered source, unknown user: never locks anyone)
t0=$(date +%s%N)
for i in $(seq 1 400); do
  r=$(curl -s -m 2 --interface 127.0.0.50 -X POST $B/dukcapil/get_json/DP3AKB_JABAR/CALL_NIK -H 'Content-Type: application/json' -d '{"nik":"3201010207879000","user_id":"probe.nobody","password":"x"}' 2>/dev/null)
  [ -n "$r" ] && echo "$(( ($(date +%s%N)-t0)/1000000 )) ms $r" >> ready.log
  grep -q "siap / ready" app.log && { sleep 0.3; curl -s --interface 127.0.0.50 -X POST $B/dukcapil/get_json/DP3AKB_JABAR/CALL_NIK -H 'Content-Type: application/json' -d '{"nik":"3201010207879000","user_id":"probe.nobody","password":"x"}' | sed 's/^/after ready: /' >> ready.log; break; }
  sleep 0.05
done
kill -0 "$SRV" 2>/dev/null && grep -q "siap / ready" app.log || { echo "probes: the server did not start; see $WORK/app.log" >&2; exit 1; }
echo "== 13 readiness: distinct answers before 'ready' (first/last):"; grep -v "after ready" ready.log | sed -E 's/^[0-9]+ ms //' | sort | uniq -c; tail -1 ready.log
PWS=$(grep -A1 "dp3akb.service" app.log | grep -m1 "password" | sed -E 's/.*: *//'); PWA=$(grep -A1 "demo.admin" app.log | grep -m1 "password" | sed -E 's/.*: *//')
PWAA=$(grep -A1 "dp3akb.admin" app.log | grep -m1 "password" | sed -E 's/.*: *//')
echo "service pw len ${#PWS}, admin pw len ${#PWA}"
NIK=3201010207879000
cn() { curl -s -X POST $B/dukcapil/get_json/DP3AKB_JABAR/$1 -H 'Content-Type: application/json' "${@:2}"; }
NEWA='Probe-Admin-2026!x'
curl -s -o /dev/null -w "admin password change: %{http_code}\n" -u "demo.admin:$PWA" -X POST $B/api/v1/account/password -H 'Content-Type: application/json' -d "{\"currentPassword\":\"$PWA\",\"newPassword\":\"$NEWA\"}"
echo "== 1 stateless API: Set-Cookie on an authenticated admin call?"; curl -s -D - -o /dev/null -u "demo.admin:$NEWA" $B/api/v1/admin/users | grep -ci "set-cookie" | sed 's/^/set-cookie headers: /'
echo "cross-site bodyless POST with only a (made-up) JSESSIONID and Origin evil:"; curl -s -o /dev/null -w "%{http_code}\n" -X POST -H "Origin: https://evil.example" -b "JSESSIONID=ABC" $B/api/v1/admin/audit/checkpoints
echo "== 2 lockout from an unregistered address: 6 wrong passwords from 127.0.0.33, then the right one from 127.0.0.1"
for i in 1 2 3 4 5 6; do cn CALL_NIK --interface 127.0.0.33 -d "{\"nik\":\"$NIK\",\"user_id\":\"dp3akb.service\",\"password\":\"x\"}" | grep -o '"RESPON[^,]*' | head -1; done | sort | uniq -c
cn CALL_NIK -d "{\"nik\":\"$NIK\",\"user_id\":\"dp3akb.service\",\"password\":\"$PWS\"}" | grep -o '"NAMA_LGKP":"[^"]*"' | sed 's/^/from 127.0.0.1: /'
echo "== 3 hostile numbers (anonymous):"
printf '{"nik":"%s"}' "$(head -c 300000 /dev/zero | tr '\0' 1)" > long.json; printf '[%.0s' $(seq 1 5000) > deep.json
printf '{"nik":"%s","x":"%s"}' 1 "$(head -c 3000000 /dev/zero | tr '\0' a)" > big.json
for f in '{"nik":1e10000000}' '{"nik":1e600000000}' @long.json @deep.json @big.json; do
  printf '%-22s ' "${f:0:22}"; curl -s -o h.out -w "%{http_code} %{time_total}s " -X POST $B/CALL_NIK --data-binary "$f"; head -c 100 h.out; echo; done
HP=""; echo "a normal lookup while 4 clients send 1e600000000 in a loop:"
for k in 1 2 3 4; do ( for j in $(seq 1 200); do curl -s -o /dev/null -X POST $B/CALL_NIK -d '{"nik":1e600000000}'; done ) & HP="$HP $!"; done
sleep 0.5; for j in 1 2 3 4 5; do cn CALL_NIK -o /dev/null -w "%{time_total}s " -d "{\"nik\":\"$NIK\",\"user_id\":\"dp3akb.service\",\"password\":\"$PWS\"}"; done; echo; wait $HP
echo "== 4 password in a badly encoded query parameter:"
curl -s -X POST "$B/CALL_NIK?USER_ID=dp3akb.service&PASSWORD=$PWS%FF&NIK=$NIK" | head -c 200; echo
curl -s -u "demo.admin:$NEWA" -X POST $B/api/v1/admin/audit/access-log/search -H 'Content-Type: application/json' -d '{"limit":1}' | grep -oE '"(outcome|userId|channel)":"[^"]*"' | tr '\n' ' ' | sed 's/^/newest access-log entry: /'; echo
echo "occurrences of the service password in the application log: $(grep -c -F "$PWS" app.log) (the banner prints it once at first start)"
echo "== 5 exposure: service account /actuator/metrics and /v3/api-docs; Tomcat error page headers"
curl -s -o /dev/null -w "metrics as service: %{http_code}\n" -u "dp3akb.service:$PWS" $B/actuator/metrics
curl -s -o /dev/null -w "api-docs as service: %{http_code}\n" -u "dp3akb.service:$PWS" $B/v3/api-docs
curl -s -o /dev/null -w "metrics as registry admin: %{http_code}\n" -u "demo.admin:$NEWA" $B/actuator/metrics
echo "a request Tomcat refuses itself (bad request line, not a compatible path):"
exec 3<>/dev/tcp/127.0.0.1/$P; printf 'GET /a|b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' >&3; timeout 3 cat <&3 | grep -iE "^HTTP|content-security|x-content-type|x-frame|cache-control" | tr -d '\r'; exec 3<&-
echo "== 6 audit search naming another agency (agency admin asks for agencyId 999999):"
NEWAA='Probe-AgAdmin-2026!x'
curl -s -o /dev/null -u "dp3akb.admin:$PWAA" -X POST $B/api/v1/account/password -H 'Content-Type: application/json' -d "{\"currentPassword\":\"$PWAA\",\"newPassword\":\"$NEWAA\"}"
curl -s -w " %{http_code}\n" -u "dp3akb.admin:$NEWAA" -X POST $B/api/v1/admin/audit/access-log/search -H 'Content-Type: application/json' -d '{"agencyId":999999}' | tail -c 220
echo "== 7 float notations of a NIK:"
for n in '"3.201010207879e15"' '"3.201010207879E+15"' '"3201010207879000.0"' '3.201010207879e15'; do
  printf '%-24s CALL_NIK: %s  VERIFY: %s\n' "$n" "$(cn CALL_NIK -d "{\"nik\":$n,\"user_id\":\"dp3akb.service\",\"password\":\"$PWS\"}" | grep -o '"RESPON[^}]*' | head -1)" "$(cn CALL_VERIFY_BY_ELEMEN -d "{\"NIK\":$n,\"NAMA_LGKP\":\"x\",\"user_id\":\"dp3akb.service\",\"password\":\"$PWS\",\"TRESHOLD\":\"80\"}" | head -c 160)"
done
echo "== 8 no 500s:"
TOKEN=$(curl -s -X POST $B/api/v1/token -H 'Content-Type: application/json' -d "{\"userId\":\"dp3akb.service\",\"password\":\"$PWS\"}" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
for body in '{"nik":1e400}' '{"nik":-1e400}' "{\"nik\":\"$NIK\",\"threshold\":1e400,\"elements\":{\"NAMA_LGKP\":\"x\"}}"; do
  curl -s -o /dev/null -w "v1 verify $body: %{http_code}\n" -X POST $B/api/v1/persons/verify -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$body"; done
curl -s -o /dev/null -w "v1 lookup with Content-Type */*: %{http_code}\n" -X POST $B/api/v1/persons/lookup -H "Authorization: Bearer $TOKEN" -H 'Content-Type: */*' -d "{\"nik\":\"$NIK\"}"
curl -s -o /dev/null -w "token with Content-Type */*: %{http_code}\n" -X POST $B/api/v1/token -H 'Content-Type: */*' -d "{\"userId\":\"dp3akb.service\",\"password\":\"$PWS\"}"
curl -s -o /dev/null -w "GET /error as registry admin: %{http_code}\n" -u "demo.admin:$NEWA" $B/error
curl -s -o /dev/null -w "audit search userId with NUL: %{http_code}\n" -u "demo.admin:$NEWA" -X POST $B/api/v1/admin/audit/access-log/search -H 'Content-Type: application/json' -d '{"userId":"a\u0000b"}'
echo "== 9 request line beyond Tomcat's limit on the compatible path:"
curl -s -w " %{http_code}\n" -X POST "$B/CALL_NIK?USER_ID=dp3akb.service&NIK=$NIK&PAD=$(head -c 20000 /dev/zero | tr '\0' a)" | head -c 200; echo
echo "== 10-12 key order and region names of a lookup:"
cn CALL_NIK -d "{\"nik\":\"$NIK\",\"user_id\":\"dp3akb.service\",\"password\":\"$PWS\"}" | head -c 900; echo
echo "== 14 family lookup under the seed agreement:"
cn CALL_NIK_GET_KK -d "{\"nik\":\"$NIK\",\"user_id\":\"dp3akb.service\",\"password\":\"$PWS\"}" | head -c 300; echo
echo "== 15 local end user and purpose:"
cn CALL_NIK -d "{\"nik\":\"$NIK\",\"user_id\":\"dp3akb.service\",\"password\":\"$PWS\",\"user_lokal\":\"petugas.uptd.7\",\"keperluan\":\"Kasus 2026/117\"}" | head -c 80; echo
curl -s -u "demo.admin:$NEWA" -X POST $B/api/v1/admin/audit/access-log/search -H 'Content-Type: application/json' -d '{"limit":1}' | grep -oE '"(localUser|purpose|channel|outcome)":"[^"]*"' | tr '\n' ' '; echo
echo "== log scan: service password after the banner, admin's new password, token:"
echo "service pw: $(grep -c -F "$PWS" app.log)  new admin pw: $(grep -c -F "$NEWA" app.log)  token: $(grep -c -F "${TOKEN:-none}" app.log)"
kill $SRV; wait $SRV 2>/dev/null
echo "(server log and files in $WORK)"
