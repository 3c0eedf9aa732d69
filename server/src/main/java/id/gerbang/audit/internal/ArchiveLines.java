package id.gerbang.audit.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One JSON object per line in an archive file: a header, then the entries with their hashes. Absent
 * values are written as JSON {@code null}; times as ISO-8601 UTC and, exactly, as microseconds.
 */
public final class ArchiveLines {

    public static final String FORMAT = "gerbang-archive/1";

    private ArchiveLines() {
    }

    public static Map<String, Object> header(String log, long firstSeq, byte[] previousHash) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "header");
        m.put("format", FORMAT);
        m.put("log", log);
        m.put("firstSequence", firstSeq);
        m.put("previousHash", ChainCodec.hex(previousHash));
        return m;
    }

    public static Map<String, Object> access(AccessRow r) {
        Map<String, Object> m = start(r.seq(), r.time());
        m.put("requestId", r.requestId());
        m.put("agencyId", r.agencyId());
        m.put("agreementId", r.agreementId());
        m.put("userId", r.userId());
        m.put("channel", r.channel());
        m.put("operation", r.operation());
        m.put("sourceIp", r.sourceIp());
        m.put("claimedIp", r.claimedIp());
        m.put("nik", r.nik());
        m.put("nikRaw", r.nikRaw());
        m.put("noKk", r.noKk());
        m.put("purpose", r.purpose());
        if (r.localUser() != null) {
            m.put("localUser", r.localUser()); // only when present: older archives read the same
        }
        m.put("outcome", r.outcome());
        m.put("elements", r.elements());
        m.put("latencyMicros", r.latencyMicros());
        m.put("hash", ChainCodec.hex(r.hash()));
        return m;
    }

    public static Map<String, Object> admin(AdminRow r) {
        Map<String, Object> m = start(r.seq(), r.time());
        m.put("actor", r.actor());
        m.put("action", r.action());
        m.put("subjectType", r.subjectType());
        m.put("subjectId", r.subjectId());
        m.put("before", r.before());
        m.put("after", r.after());
        m.put("reason", r.reason());
        m.put("hash", ChainCodec.hex(r.hash()));
        return m;
    }

    private static Map<String, Object> start(long seq, Instant time) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "entry");
        m.put("seq", seq);
        m.put("time", time.toString());
        m.put("timeMicros", ChainCodec.micros(time));
        return m;
    }

    public static AccessRow accessRow(Map<String, Object> m) {
        return new AccessRow(num(m, "seq"), time(m), str(m, "requestId"), optNum(m, "agencyId"),
                optNum(m, "agreementId"), optStr(m, "userId"), str(m, "channel"), str(m, "operation"),
                optStr(m, "sourceIp"), optStr(m, "claimedIp"), optNum(m, "nik"), optStr(m, "nikRaw"),
                optNum(m, "noKk"), optStr(m, "purpose"), optStr(m, "localUser"), str(m, "outcome"), str(m, "elements"),
                optNum(m, "latencyMicros"), ChainCodec.unhex(str(m, "hash")));
    }

    public static AdminRow adminRow(Map<String, Object> m) {
        return new AdminRow(num(m, "seq"), time(m), str(m, "actor"), str(m, "action"), str(m, "subjectType"),
                str(m, "subjectId"), optStr(m, "before"), optStr(m, "after"), optStr(m, "reason"),
                ChainCodec.unhex(str(m, "hash")));
    }

    private static Instant time(Map<String, Object> m) {
        return ChainCodec.fromMicros(num(m, "timeMicros"));
    }

    private static long num(Map<String, Object> m, String key) {
        Long v = optNum(m, key);
        if (v == null) {
            throw new IllegalArgumentException("field " + key + " missing");
        }
        return v;
    }

    private static @Nullable Long optNum(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : ((Number) v).longValue();
    }

    private static String str(Map<String, Object> m, String key) {
        String v = optStr(m, key);
        if (v == null) {
            throw new IllegalArgumentException("field " + key + " missing");
        }
        return v;
    }

    private static @Nullable String optStr(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }
}
