package id.gerbang.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The canonical byte encoding of log entries, version 1, and the chain hash over it. Documented
 * byte for byte in {@code docs/audit.md} ("Canonical encoding"), so that anyone can re-implement
 * the verifier:
 *
 * <pre>
 * hash(n) = SHA-256( hash(n-1) || 0x01 || kind || int64 seq || body )
 * </pre>
 *
 * where {@code hash(0)} is 32 zero bytes, {@code kind} is {@code 'A'} (access log) or {@code 'M'}
 * (administrative log), integers are big-endian, a string is an int32 byte length followed by its
 * UTF-8 bytes, and an optional value is {@code 0x00} when absent or {@code 0x01} followed by the value.
 * An access entry ends with optional <em>trailing fields</em>, each a tag byte and its value, written
 * only when present: {@code 'L'} and a string for the local end user. An entry without them encodes
 * exactly as before they existed, so the hashes of entries written earlier do not change.
 */
public final class ChainCodec {

    public static final byte VERSION = 1;
    public static final byte ACCESS = 'A';
    public static final byte ADMIN = 'M';
    public static final int HASH_LENGTH = 32;
    /** The tag of the trailing local-end-user field of an access entry. */
    public static final byte LOCAL_USER_TAG = 'L';
    private static final byte[] GENESIS = new byte[HASH_LENGTH];
    private static final HexFormat HEX = HexFormat.of();

    private ChainCodec() {
    }

    /** The previous hash of the first entry of a chain: 32 zero bytes. */
    public static byte[] genesis() {
        return GENESIS.clone();
    }

    public static byte[] hash(byte[] previous, byte kind, long seq, byte[] body) {
        MessageDigest digest = sha256();
        digest.update(previous);
        digest.update(VERSION);
        digest.update(kind);
        digest.update(longBytes(seq));
        digest.update(body);
        return digest.digest();
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Microseconds since the epoch: the precision both databases store. */
    public static long micros(Instant time) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, time);
    }

    public static Instant fromMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
    }

    public static Instant truncate(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    public static byte[] unhex(String hex) {
        return HEX.parseHex(hex);
    }

    public static boolean same(byte @Nullable [] a, byte @Nullable [] b) {
        return a != null && b != null && MessageDigest.isEqual(a, b);
    }

    static byte[] longBytes(long v) {
        return new byte[] {(byte) (v >>> 56), (byte) (v >>> 48), (byte) (v >>> 40), (byte) (v >>> 32),
                (byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    /** The body of an access-log entry (everything after the sequence number). */
    public static byte[] accessBody(AccessRow r) {
        Body b = new Body(160);
        b.int64(micros(r.time()));
        b.string(r.requestId());
        b.optInt64(r.agencyId());
        b.optInt64(r.agreementId());
        b.optString(r.userId());
        b.string(r.channel());
        b.string(r.operation());
        b.optString(r.sourceIp());
        b.optString(r.claimedIp());
        b.optInt64(r.nik());
        b.optString(r.nikRaw());
        b.optInt64(r.noKk());
        b.optString(r.purpose());
        b.string(r.outcome());
        b.string(r.elements());
        b.optInt64(r.latencyMicros());
        if (r.localUser() != null) {
            b.byte1(LOCAL_USER_TAG);
            b.string(r.localUser());
        }
        return b.bytes();
    }

    /** The body of an administrative-log entry. */
    public static byte[] adminBody(AdminRow r) {
        Body b = new Body(256);
        b.int64(micros(r.time()));
        b.string(r.actor());
        b.string(r.action());
        b.string(r.subjectType());
        b.string(r.subjectId());
        b.optString(r.before());
        b.optString(r.after());
        b.optString(r.reason());
        return b.bytes();
    }

    /** A growable big-endian buffer. */
    static final class Body {
        private byte[] buf;
        private int len;

        Body(int capacity) {
            buf = new byte[capacity];
        }

        private void ensure(int more) {
            if (len + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
            }
        }

        void byte1(int v) {
            ensure(1);
            buf[len++] = (byte) v;
        }

        void int32(int v) {
            ensure(4);
            buf[len++] = (byte) (v >>> 24);
            buf[len++] = (byte) (v >>> 16);
            buf[len++] = (byte) (v >>> 8);
            buf[len++] = (byte) v;
        }

        void int64(long v) {
            ensure(8);
            for (int shift = 56; shift >= 0; shift -= 8) {
                buf[len++] = (byte) (v >>> shift);
            }
        }

        void string(String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            int32(utf8.length);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, buf, len, utf8.length);
            len += utf8.length;
        }

        void optString(@Nullable String s) {
            if (s == null) {
                byte1(0);
            } else {
                byte1(1);
                string(s);
            }
        }

        void optInt64(@Nullable Long v) {
            if (v == null) {
                byte1(0);
            } else {
                byte1(1);
                int64(v);
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, len);
        }
    }
}
