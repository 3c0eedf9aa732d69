package id.gerbang.common;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The one way a secret is written to a file (a key, a one-time password): the file is created
 * readable and writable by its owner only ({@code rw-------} where the file system is POSIX, the
 * owner-only flags elsewhere) before a byte is written, so there is never a moment when others may
 * read it. Used by the sealing keys, the audit signing key and the initial administrator's password.
 */
public final class OwnerOnlyFiles {

    private OwnerOnlyFiles() {
    }

    /**
     * Creates {@code file} (and its folders) and writes {@code text} to it.
     *
     * @throws java.nio.file.FileAlreadyExistsException if it exists (another process may have
     *                                                  created it first: the caller decides)
     */
    public static void createNew(Path file, String text, Charset charset) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
            File f = file.toFile();
            f.setReadable(false, false);
            f.setWritable(false, false);
            f.setReadable(true, true);
            f.setWritable(true, true);
        }
        Files.writeString(file, text, charset, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Replaces {@code file}, if there is one, by a new one holding {@code text}, as {@link #createNew}. */
    public static void replace(Path file, String text, Charset charset) throws IOException {
        Files.deleteIfExists(file);
        createNew(file, text, charset);
    }
}
