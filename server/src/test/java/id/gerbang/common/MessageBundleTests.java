package id.gerbang.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Indonesian first, English second: both bundles hold exactly the same keys, none empty. */
class MessageBundleTests {

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties indonesian = load("/messages.properties");
        Properties english = load("/messages_en.properties");
        Set<String> missingInEnglish = new TreeSet<>(indonesian.stringPropertyNames());
        missingInEnglish.removeAll(english.stringPropertyNames());
        Set<String> missingInIndonesian = new TreeSet<>(english.stringPropertyNames());
        missingInIndonesian.removeAll(indonesian.stringPropertyNames());
        assertThat(missingInEnglish).as("keys missing in messages_en.properties").isEmpty();
        assertThat(missingInIndonesian).as("keys missing in messages.properties").isEmpty();
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String bundle : new String[] {"/messages.properties", "/messages_en.properties"}) {
            Properties p = load(bundle);
            assertThat(p.stringPropertyNames()).allSatisfy(key ->
                    assertThat(p.getProperty(key)).as(bundle + " " + key).isNotBlank());
        }
    }

    @Test
    void everyCommonErrorHasATextAndAnAction() throws IOException {
        Properties indonesian = load("/messages.properties");
        for (CommonError code : CommonError.values()) {
            assertThat(indonesian).containsKeys(code.messageKey(), code.messageKey() + ".action");
        }
    }

    static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundleTests.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
