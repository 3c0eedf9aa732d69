package id.gerbang.registry.internal.importer;

/** The file as a whole cannot be imported (unreadable, no header, required columns missing); nothing was written. */
public class ImportRefusedException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    ImportRefusedException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    /** Message key in the registry bundle. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
