package id.gerbang.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every kind has its subject, body and label in both languages, and is meant for at least one role. */
class NotificationKindTests {

    @Test
    void everyKindHasItsTextsInBothLanguagesAndAnAudience() throws IOException {
        for (String file : new String[] {"/i18n/notification.properties", "/i18n/notification_en.properties"}) {
            Properties texts = load(file);
            for (NotificationKind kind : NotificationKind.values()) {
                assertThat(texts).as(file).containsKeys(kind.subjectKey(), kind.bodyKey(), kind.labelKey());
                assertThat(kind.audience()).as(kind.name()).isNotEmpty();
            }
        }
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = NotificationKindTests.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
