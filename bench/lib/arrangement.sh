# Sourced by bench/run.sh. Creates the benchmark's agencies, agreements and service accounts through
# the running server's public administration API (the same calls a registry administrator makes),
# and remembers the credentials in the benchmark database's own table bench_credential, so a later
# run on the same database reuses them. The benchmark database holds synthetic data only; never
# point the harness at a real installation.
#
# Needs: curl, jq, psql; the variables BASE (http://127.0.0.1:PORT), SERVER_LOG, and the function
# sql (psql -tA on the benchmark database).

bench_credential_table() {
  sql "create table if not exists bench_credential (
         user_id varchar(64) primary key, password varchar(200) not null, agency_code varchar(64),
         role varchar(20) not null, created_at timestamp with time zone not null default now())" >/dev/null
}

# api METHOD PATH [JSON] -> body on stdout; fails (return 1) on a status outside 2xx.
api() {
  local method=$1 path=$2 body=${3:-} out status
  out=$(mktemp)
  if [ -n "$body" ]; then
    status=$(curl -s -o "$out" -w '%{http_code}' -u "$ADMIN_USER:$ADMIN_PASSWORD" -X "$method" "$BASE$path" \
      -H 'Content-Type: application/json' -H 'Accept-Language: en' -d "$body")
  else
    status=$(curl -s -o "$out" -w '%{http_code}' -u "$ADMIN_USER:$ADMIN_PASSWORD" -X "$method" "$BASE$path" \
      -H 'Accept-Language: en')
  fi
  if [ "${status:0:1}" != 2 ]; then
    echo "bench: $method $path answered HTTP $status: $(head -c 400 "$out")" >&2
    rm -f "$out"
    return 1
  fi
  cat "$out"
  rm -f "$out"
}

# A password that meets the policy (12+ characters, 3 classes), from the kernel's random source.
new_password() {
  printf 'Bx-%s-9q' "$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)"
}

# change_password USER CURRENT NEW (the first sign-in replaces the one-time password)
change_password() {
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -u "$1:$2" -X POST "$BASE/api/v1/account/password" \
    -H 'Content-Type: application/json' \
    -d "$(jq -nc --arg c "$2" --arg n "$3" '{currentPassword: $c, newPassword: $n}')")
  [ "$status" = 200 ] || { echo "bench: password change of $1 answered HTTP $status" >&2; return 1; }
}

# Sets ADMIN_USER/ADMIN_PASSWORD: from bench_credential, or (first start of this database) from the
# one-time password the server printed, which is then replaced and remembered.
admin_login() {
  ADMIN_USER=admin
  ADMIN_PASSWORD=$(sql "select password from bench_credential where role = 'REGISTRY_ADMIN' and user_id = 'admin'")
  if [ -n "$ADMIN_PASSWORD" ]; then
    return 0
  fi
  local otp
  # the server writes it to an owner-only file in its folder (issue 13 point 5); older ones printed it
  otp=$(sed -n 's/^ *kata sandi \/ password *: //p' "$SERVER_DIR/data/initial-admin-password.txt" 2>/dev/null | head -n1)
  [ -n "$otp" ] || otp=$(sed -n 's/^ *kata sandi \/ password *: //p' "$SERVER_LOG" | head -n1)
  if [ -z "$otp" ]; then
    echo "bench: no stored administrator password and none printed by this start (the database's" >&2
    echo "       administrator was created earlier). Start afresh with FRESH=1 (drops $BENCH_DB)." >&2
    return 1
  fi
  local password
  password=$(new_password)
  change_password admin "$otp" "$password"
  sql "insert into bench_credential (user_id, password, role) values ('admin', '$password', 'REGISTRY_ADMIN')" >/dev/null
  ADMIN_PASSWORD=$password
  echo "bench: initial administrator's one-time password replaced (kept in bench_credential)" >&2
}

# The element names of the catalogue, for agreements that grant all 36 (the protected ones with a reason).
all_elements_json() {
  api GET /api/v1/admin/elements | jq -c '{elements: [.elements[].name],
      protectedElementReasons: ([.elements[] | select(.protectedElement) | {key: .name, value: "benchmark: every element"}] | from_entries)}'
}

# create_account K NONCE [EXTRA [KEPT_AS]]: one agency, its agreement (active, DAILY_QUOTA lookups a
# day, by default 10,000,000, web service; EXTRA, a JSON object, added to the agreement's body),
# 127.0.0.1 registered, and its service account with a password of its own, kept in bench_credential
# with the role KEPT_AS (AGENCY_SERVICE: one of the load generator's accounts).
create_account() {
  local k=$1 nonce=$2 extra=${3:-'{}'} kept_as=${4:-AGENCY_SERVICE} tag code today agency agreement nik app approval otp password ip elements
  tag=$(printf '%s-%02d' "$nonce" "$k")
  code=$(printf 'BENCH_%s_%02d' "$nonce" "$k" | tr 'a-z-' 'A-Z_')
  today=$(TZ=Asia/Jakarta date +%F)
  agency=$(api POST /api/v1/admin/agencies "$(jq -nc --arg n "Bench Agency $tag" \
      '{name: $n, kind: "REGENCY_OFFICE", address: "Jalan Pengujian No. 1, Bandung", regionCode: "32.73"}')" | jq -r .id) || return 1
  # Every third agreement grants all 36 elements (the standard profile), the others the seed template;
  # every fourth writes NIK and NO_KK as strings.
  if [ $((k % 3)) -eq 0 ]; then elements=$ALL_ELEMENTS; else elements='{}'; fi
  agreement=$(api POST /api/v1/admin/agreements "$(jq -nc --argjson agency "$agency" --arg tag "$tag" --arg day "$today" \
      --arg code "$code" --argjson quota "${DAILY_QUOTA:-10000000}" --argjson strings "$([ $((k % 4)) -eq 0 ] && echo true || echo false)" --argjson el "$elements" --argjson extra "$extra" \
      '{agencyId: $agency, registryNumber: ("470/" + $tag + "/Bench"), agencyNumber: ($tag + "/Bench"),
        signedOn: $day, signedPlace: "Bandung", approvalLetter: {number: ("470/" + $tag + "/Dukcapil"), date: $day},
        purpose: "Benchmark of the lookup path (synthetic data)", purposeCategory: "PUBLIC_SERVICE",
        channels: ["WEB_SERVICE"], dailyQuota: $quota,
        compatibility: {agencyCode: $code, numbersAsStrings: $strings}} + $el + $extra')" | jq -r .id) || return 1
  api POST "/api/v1/admin/agreements/$agreement/activate" '{"reason":"benchmark"}' >/dev/null || return 1
  # The applicant's NIK: a synthetic resident of the benchmark register.
  nik=$(sql "select nik from bench_nik where record_status = 'ACTIVE' order by i limit 1 offset $k")
  app=$(api POST /api/v1/admin/user-applications "$(jq -nc --argjson agency "$agency" --argjson agreement "$agreement" \
      --arg nik "$nik" --arg tag "$tag" \
      '{agencyId: $agency, agreementId: $agreement, requestedRole: "AGENCY_SERVICE", nik: $nik,
        fullName: ("Akun Layanan " + $tag), employmentStatus: "OTHER", position: "Sistem informasi",
        officeRegionCode: "32.73", officeName: ("Bench Agency " + $tag), officeAddress: "Jalan Pengujian No. 1",
        localUserId: "svc"}')" | jq -r .id) || return 1
  approval=$(api POST "/api/v1/admin/user-applications/$app/approve" \
      "$(jq -nc --arg u "bench.$tag" '{userId: $u, reason: "benchmark"}')") || return 1
  otp=$(jq -r .credentials.oneTimePassword <<< "$approval")
  ip=$(api POST /api/v1/admin/ips "$(jq -nc --argjson agency "$agency" --arg tag "$tag" \
      '{agencyId: $agency, address: "127.0.0.1", officeName: ("Bench Agency " + $tag), officeAddress: "Jalan Pengujian No. 1"}')" \
      | jq -r .id) || return 1
  api POST "/api/v1/admin/ips/$ip/approve" '{"reason":"benchmark"}' >/dev/null || return 1
  password=$(new_password)
  change_password "bench.$tag" "$otp" "$password" || return 1
  sql "insert into bench_credential (user_id, password, agency_code, role)
       values ('bench.$tag', '$password', '$code', '$kept_as')" >/dev/null
}

# ensure_accounts N: creates service accounts until bench_credential holds N, then writes the
# first N to $1 as "agency code<TAB>user id<TAB>password" (the load generator's accounts file).
ensure_accounts() {
  local want=$1 file=$2 have nonce k
  have=$(sql "select count(*) from bench_credential where role = 'AGENCY_SERVICE'")
  if [ "$have" -lt "$want" ]; then
    nonce=$(printf '%x' "$(date +%s)" | tail -c 6)
    ALL_ELEMENTS=$(all_elements_json) || return 1
    echo "bench: creating $((want - have)) agencies, agreements and service accounts through the administration API" >&2
    for k in $(seq $((have + 1)) "$want"); do
      create_account "$k" "$nonce" || { echo "bench: creating service account $k failed" >&2; return 1; }
    done
  else
    echo "bench: reusing $want of the $have service accounts in bench_credential" >&2
  fi
  sql "select agency_code || chr(9) || user_id || chr(9) || password from bench_credential
       where role = 'AGENCY_SERVICE' order by created_at, user_id limit $want" > "$file"
}
