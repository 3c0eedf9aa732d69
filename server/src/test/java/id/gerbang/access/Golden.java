package id.gerbang.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files of whole compatible-surface response bodies, {@code golden/access/<name>.json},
 * compared byte for byte: the wire format is the contract, down to key order and spacing. Run
 * with {@code -Dgolden.update=true} to rewrite them after a deliberate change, then review the diff.
 */
public final class Golden {

    static final Path SOURCE = Path.of("src/test/resources/golden/access");

    private Golden() {
    }

    public static void assertMatches(String name, byte[] actual) {
        String file = name + ".json";
        if (Boolean.getBoolean("golden.update")) {
            try {
                Files.createDirectories(SOURCE);
                Files.write(SOURCE.resolve(file), actual);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        assertThat(new String(actual, StandardCharsets.UTF_8)).as("golden/access/" + file).isEqualTo(read(file));
    }

    public static String read(String file) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/access/" + file)) {
            assertThat(in).as("golden file golden/access/%s (run with -Dgolden.update=true to create it)", file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
