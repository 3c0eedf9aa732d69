package id.gerbang.registry.internal;

/** Told how far a long-running load is; {@link TerminalProgress#update} is one. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (rows, work) -> { };

    /** @param rows rows done; @param work units of work done (rows, or bytes of the input) */
    void update(long rows, long work);
}
