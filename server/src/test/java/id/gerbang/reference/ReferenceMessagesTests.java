package id.gerbang.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every entry of the reference error catalogue has a text and an action in both languages. */
class ReferenceMessagesTests {

    @Test
    void everyReferenceErrorHasTexts() throws IOException {
        for (String bundle : new String[] {"/i18n/reference.properties", "/i18n/reference_en.properties"}) {
            Properties texts = load(bundle);
            for (ReferenceError error : ReferenceError.values()) {
                assertThat(texts).as(bundle).containsKeys(error.messageKey(), error.messageKey() + ".action");
            }
        }
    }

    static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReferenceMessagesTests.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
