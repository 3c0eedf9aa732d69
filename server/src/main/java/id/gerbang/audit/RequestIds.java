package id.gerbang.audit;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request ids: UUID version 7 (RFC 9562), time-ordered, so ids sort roughly by time and carry
 * their creation millisecond. They identify a call in the response and in the access log; they are
 * not secrets.
 */
public final class RequestIds {

    private RequestIds() {
    }

    /** A new UUIDv7 as a lower-case string of 36 characters. */
    public static String next() {
        return next(System.currentTimeMillis()).toString();
    }

    static UUID next(long epochMillis) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long msb = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16
                | 0x7000L
                | (random.nextInt() & 0x0FFFL);
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
