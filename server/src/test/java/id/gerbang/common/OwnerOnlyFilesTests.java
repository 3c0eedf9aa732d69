package id.gerbang.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyFilesTests {

    @TempDir
    Path dir;

    @Test
    void createsTheFileAndItsFoldersReadableByItsOwnerOnly() throws Exception {
        Path file = dir.resolve("a/b/secret.key");
        OwnerOnlyFiles.createNew(file, "rahasia", StandardCharsets.UTF_8);
        assertThat(Files.readString(file)).isEqualTo("rahasia");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void createNewLeavesAnExistingFileAloneAndReplaceRenewsIt() throws Exception {
        Path file = dir.resolve("secret.key");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> OwnerOnlyFiles.createNew(file, "new", StandardCharsets.UTF_8))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo("old");

        OwnerOnlyFiles.replace(file, "new", StandardCharsets.UTF_8);
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
