package id.gerbang.registry.internal;

/** A bulk load could not write a chunk; the chunks committed before it stay in the register. */
public class BulkLoadFailedException extends RuntimeException {

    BulkLoadFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
