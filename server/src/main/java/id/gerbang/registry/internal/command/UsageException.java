package id.gerbang.registry.internal.command;

/** Bad command-line arguments: a message key of the registry bundle and its arguments. */
final class UsageException extends RuntimeException {

    final String key;
    final transient Object[] args;

    UsageException(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args.clone();
    }
}
