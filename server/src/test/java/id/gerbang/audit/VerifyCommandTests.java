package id.gerbang.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code verify} against the database prints its report and answers with an exit code. */
@IntegrationTest
class VerifyCommandTests {

    @Autowired
    VerifyCommand verify;

    @Test
    void verifiesTheAdministrativeLogOfTheDatabase() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = verify.run(List.of("--log=admin"));
        } finally {
            System.setOut(original);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).startsWith("admin log (database)");
        assertThat(exit).isEqualTo(printed.contains("OK:") ? 0 : 1);
        assertThat(verify.needsDatabase(List.of("--log=admin"))).isTrue();
        assertThat(verify.needsDatabase(List.of("--archive=x"))).isFalse();
    }
}
