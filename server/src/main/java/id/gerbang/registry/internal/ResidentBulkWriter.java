package id.gerbang.registry.internal;

/**
 * Streams families and residents into the register in chunks, each chunk in its own transaction.
 * PostgreSQL uses {@code COPY ... FROM STDIN}; H2 uses JDBC batches (see {@link BulkLoading}).
 *
 * <p>Within one chunk every family is written before the residents, so a resident's family row
 * exists whenever the resident does. Call {@link #finish()} to write the last chunk; closing a
 * writer without finishing discards the unwritten rows (the chunks already written stay, which is
 * safe because every load is repeatable with {@link WriteMode#UPSERT}).
 */
public interface ResidentBulkWriter extends PopulationSink, AutoCloseable {

    /** Writes what is buffered and commits. Returns the residents written in total so far. */
    long finish();

    /** Residents handed to the database and committed so far. */
    long residentsWritten();

    @Override
    void close();

    /** How a row meets an existing row with the same key. */
    enum WriteMode {
        /** Plain inserts: fastest, for an empty register; a key that exists already fails the chunk. */
        INSERT,
        /** Insert or replace by key (NIK, No. KK): for imports and for loads into a non-empty register. */
        UPSERT
    }
}
