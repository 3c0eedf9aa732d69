package id.gerbang.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Indonesian first, English second: both bundles hold exactly the same keys, none empty. */
class MessageBundleTests {

    /** Every bundle: messages.properties and one per module under i18n/. */
    static List<String> bundles() throws IOException {
        List<String> names = new ArrayList<>();
        names.add("/messages");
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            String file = r.getFilename();
            if (file != null && !file.contains("_")) {
                names.add("/i18n/" + file.substring(0, file.length() - ".properties".length()));
            }
        }
        return names;
    }

    @Test
    void bothLanguagesHaveTheSameKeysInEveryBundle() throws IOException {
        List<String> bundles = bundles();
        assertThat(bundles).contains("/messages", "/i18n/reference", "/i18n/access");
        for (String bundle : bundles) {
            Properties indonesian = load(bundle + ".properties");
            Properties english = load(bundle + "_en.properties");
            Set<String> missingInEnglish = new TreeSet<>(indonesian.stringPropertyNames());
            missingInEnglish.removeAll(english.stringPropertyNames());
            Set<String> missingInIndonesian = new TreeSet<>(english.stringPropertyNames());
            missingInIndonesian.removeAll(indonesian.stringPropertyNames());
            assertThat(missingInEnglish).as("keys missing in %s_en.properties", bundle).isEmpty();
            assertThat(missingInIndonesian).as("keys missing in %s.properties", bundle).isEmpty();
        }
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String bundle : bundles()) {
            for (String file : new String[] {bundle + ".properties", bundle + "_en.properties"}) {
                Properties p = load(file);
                assertThat(p.stringPropertyNames()).allSatisfy(key ->
                        assertThat(p.getProperty(key)).as(file + " " + key).isNotBlank());
            }
        }
    }

    /**
     * A text with arguments is read by {@link java.text.MessageFormat}, where a single apostrophe
     * starts a quoted part: "Today's quota {0}" would show "{0}" as it stands. Such texts write it twice.
     */
    @Test
    void aTextWithArgumentsDoublesEveryApostrophe() throws IOException {
        java.util.regex.Pattern argument = java.util.regex.Pattern.compile("\\{\\d");
        for (String bundle : bundles()) {
            for (String file : new String[] {bundle + ".properties", bundle + "_en.properties"}) {
                Properties p = load(file);
                for (String key : p.stringPropertyNames()) {
                    String text = p.getProperty(key);
                    if (argument.matcher(text).find()) {
                        assertThat(text.replace("''", "")).as(file + " " + key).doesNotContain("'");
                    }
                }
            }
        }
    }

    @Test
    void everyCommonErrorHasATextAndAnAction() throws IOException {
        Properties indonesian = load("/messages.properties");
        for (CommonError code : CommonError.values()) {
            assertThat(indonesian).containsKeys(code.messageKey(), code.messageKey() + ".action");
        }
    }

    /**
     * Every literal text key of the portal's templates ({@code #{key}}) is in both languages; keys
     * built at run time ({@code #{${...}}}) are covered by the pages' own tests.
     */
    @Test
    void everyTextKeyOfThePortalTemplatesExistsInBothLanguages() throws IOException {
        Properties indonesian = new Properties();
        Properties english = new Properties();
        for (String bundle : bundles()) {
            indonesian.putAll(load(bundle + ".properties"));
            english.putAll(load(bundle + "_en.properties"));
        }
        java.util.regex.Pattern key = java.util.regex.Pattern.compile("#\\{([A-Za-z0-9_.]+)(\\(|})");
        Set<String> missing = new TreeSet<>();
        int seen = 0;
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            String html = r.getContentAsString(StandardCharsets.UTF_8);
            java.util.regex.Matcher m = key.matcher(html);
            while (m.find()) {
                seen++;
                if (!indonesian.containsKey(m.group(1)) || !english.containsKey(m.group(1))) {
                    missing.add(r.getFilename() + ": " + m.group(1));
                }
            }
        }
        assertThat(seen).as("text keys in templates").isPositive();
        assertThat(missing).as("template text keys missing in a bundle").isEmpty();
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
