package id.gerbang.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.common.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every NIK and No. KK problem has a text and an action, and every warning a text, in both languages. */
class NikMessagesTests {

    @Test
    void everyProblemAndWarningHasTexts() throws IOException {
        List<ErrorCode> codes = new ArrayList<>(List.of(NikProblem.values()));
        codes.addAll(List.of(NoKkProblem.values()));
        for (String bundle : new String[] {"/i18n/registry.properties", "/i18n/registry_en.properties"}) {
            Properties texts = load(bundle);
            for (ErrorCode code : codes) {
                assertThat(code.messageKey()).matches("error\\.(NIK|NOKK)_[A-Z_]+");
                assertThat(texts).as(bundle).containsKeys(code.messageKey(), code.messageKey() + ".action");
            }
            for (NikWarning warning : NikWarning.values()) {
                assertThat(texts).as(bundle).containsKey(warning.messageKey());
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = NikMessagesTests.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
