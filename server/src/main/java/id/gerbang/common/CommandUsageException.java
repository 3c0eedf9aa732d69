package id.gerbang.common;

/**
 * Wrong arguments to a {@link Command}: {@code key} is the message of the reason (resolved in both
 * languages, its arguments may be {@link CommandConsole.Key}s); the runner prints it, then the usage,
 * and exits with {@link Command#USAGE}.
 */
public final class CommandUsageException extends RuntimeException {

    private final String key;
    private final Object[] args;

    public CommandUsageException(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
