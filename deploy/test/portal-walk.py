# The portal's quick-start walk (issue 15's done-when) against a freshly started quick start, as a
# browser would send it: the operator signs in with the printed one-time password, changes it,
# enrols TOTP, looks up the demo NIK and reads "Riwayat saya"; the agency administrator does the
# same sign-in and reads the usage chart's data. Only the Python standard library.
#   python3 deploy/test/portal-walk.py http://localhost:8080 operator=<printed password of dp3akb.operator> \
#       agency_admin=<printed password of dp3akb.admin>
# A page that does not look as expected stops the walk with the step it was at.
import base64, hashlib, hmac, http.cookiejar, json, re, struct, sys, time, urllib.parse, urllib.request
B = sys.argv[1]; pw = dict(a.split("=", 1) for a in sys.argv[2:])
if set(pw) != {"operator", "agency_admin"}:
    sys.exit("usage: portal-walk.py BASE_URL operator=<password> agency_admin=<password>")
def session():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar)), jar
def get(op, path):
    with op.open(B + path) as r: return r.geturl().replace(B, ""), r.read().decode()
def token(html):
    m = re.search(r'name="_csrf"[^>]*value="([^"]+)"', html) or re.search(r'<meta name="_csrf" content="([^"]+)"', html)
    return m.group(1)
def post(op, path, html, **fields):
    fields["_csrf"] = token(html)
    data = urllib.parse.urlencode(fields).encode()
    with op.open(urllib.request.Request(B + path, data=data)) as r: return r.geturl().replace(B, ""), r.read().decode()
def totp(secret):
    key = base64.b32decode(secret.replace(" ", "").upper() + "=" * (-len(secret.replace(" ", "")) % 8))
    msg = struct.pack(">Q", int(time.time()) // 30)
    h = hmac.new(key, msg, hashlib.sha1).digest(); o = h[-1] & 15
    return "%06d" % ((struct.unpack(">I", h[o:o + 4])[0] & 0x7fffffff) % 1000000)
def text(html, id_):
    m = re.search(r'id="%s"[^>]*>(.*?)</' % id_, html, re.S); return re.sub(r"\s+", " ", re.sub("<[^>]+>", "", m.group(1))).strip() if m else None
def sign_in_and_enrol(user, password, new):
    op, jar = session()
    path, html = get(op, "/")
    print(f"[{user}] GET / ->", path, "| h1:", re.search(r"<h1[^>]*>(.*?)</h1>", html).group(1))
    path, html = post(op, "/login", html, username=user, password=password)
    print(f"[{user}] sign-in with the printed one-time password ->", path)
    path, html = post(op, path, html, currentPassword=password, newPassword=new, confirmPassword=new)
    print(f"[{user}] new password ->", path)
    path, html = get(op, "/portal/account/second-factor")
    secret = re.search(r'id="second-factor-secret"[^>]*>([^<]+)<', html).group(1).strip()
    qr = "<svg" in html
    path, html = post(op, "/portal/account/second-factor", html, code=totp(secret))
    codes = re.search(r'id="recovery-codes"[^>]*>(.*?)</ol>', html, re.S)
    print(f"[{user}] TOTP enrolled (QR as inline SVG: {qr}) ->", path, "| recovery codes shown:", codes and codes.group(1).count("<li"))
    return op
def walk():
    op = sign_in_and_enrol("dp3akb.operator", pw["operator"], "Walk-Operator-2026!x")
    path, html = get(op, "/portal/operator/lookup")
    path, html = post(op, "/portal/operator/lookup", html, nik="3201010207879000", purpose="Kasus 2026/117")
    print("[operator] Cek NIK ->", path, "| name:", text(html, "el-NAMA_LGKP"), "| watermark:", text(html, "watermark") or re.search(r'class="watermark[^"]*"[^>]*>(.*?)</', html, re.S) and "present")
    path, html = get(op, "/portal/operator/history")
    rows = re.findall(r"<tr.*?</tr>", html, re.S)
    print("[operator] Riwayat saya:", [re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", r)).strip() for r in rows[1:3]], "| meter:", text(html, "agreement-meter"))
    adm = sign_in_and_enrol("dp3akb.admin", pw["agency_admin"], "Walk-AgAdmin-2026!x")
    path, html = get(adm, "/portal/admin/usage")
    print("[agency admin] usage page ->", path, "| chart canvas/div present:", "usage-chart" in html)
    path, data = get(adm, "/portal/admin/usage/data")
    usage = json.loads(data)
    print("[agency admin] usage chart data, last day", usage["days"][-1], "by outcome:", {s["key"]: s["values"][-1] for s in usage["byOutcome"]}, "by user:", {s["key"]: s["values"][-1] for s in usage["byUser"]})
try:
    walk()
except Exception as e:  # a page that did not look as expected: say where the walk stopped
    sys.exit(f"walk stopped after the last line above: {type(e).__name__}: {e}")
