package id.gerbang;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Waiting in concurrency tests without ever timing anything: a bound only turns a hang (a lost
 * wake-up, a caller never released) into a failure with a message, instead of a stuck build.
 */
public final class Waiting {

    /** Far longer than anything here takes; reaching it means the code under test hangs. */
    public static final Duration HANG = Duration.ofSeconds(30);

    private Waiting() {
    }

    /** The future's value; fails with {@code hangMessage} if it is not done within {@link #HANG}. */
    public static <T> T await(Future<T> future, String hangMessage) throws InterruptedException, ExecutionException {
        try {
            return future.get(HANG.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return fail(hangMessage + " (still waiting after " + HANG + ")");
        }
    }

    /** Returns once {@code condition} holds; fails with {@code what} if it never does within {@link #HANG}. */
    public static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + HANG.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("never happened: " + what);
            }
            Thread.sleep(1);
        }
    }
}
