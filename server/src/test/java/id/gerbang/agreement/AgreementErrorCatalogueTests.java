package id.gerbang.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every error of the catalogue has a text and an action in both languages; field keys used exist. */
class AgreementErrorCatalogueTests {

    @Test
    void everyErrorHasATextAndAnActionInBothLanguages() throws IOException {
        for (String bundle : new String[] {"/i18n/agreement.properties", "/i18n/agreement_en.properties"}) {
            Properties texts = load(bundle);
            for (AgreementError error : AgreementError.values()) {
                assertThat(texts).as(bundle).containsKeys(error.messageKey(), error.messageKey() + ".action");
            }
        }
    }

    @Test
    void everyFieldMessageKeyUsedInTheCodeExists() throws IOException {
        Properties texts = load("/i18n/agreement.properties");
        Pattern key = Pattern.compile("\"(agreement\\.field\\.[A-Za-z]+)\"");
        int found = 0;
        try (var sources = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java/id/gerbang/agreement"))) {
            for (java.nio.file.Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(java.nio.file.Files.readString(file));
                while (m.find()) {
                    assertThat(texts).as(file + " uses " + m.group(1)).containsKey(m.group(1));
                    found++;
                }
            }
        }
        assertThat(found).as("field keys found in the sources").isGreaterThan(10);
    }

    static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AgreementErrorCatalogueTests.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
