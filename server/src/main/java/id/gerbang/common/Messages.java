package id.gerbang.common;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Texts from the message bundles: Bahasa Indonesia first ({@code messages.properties}), English
 * second ({@code messages_en.properties}).
 */
@Component
public class Messages {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    /**
     * The text for {@code key}; {@code args} fill {@code {0}}, {@code {1}}, ... A text that is not a
     * valid message pattern (literal braces such as a URL template {@code /regions/{kode}}) is
     * returned as written rather than failing the response that wanted it.
     */
    public String get(String key, Locale locale, Object... args) {
        if (args.length == 0) {
            return source.getMessage(key, null, key, locale);
        }
        try {
            return source.getMessage(key, args, key, locale);
        } catch (IllegalArgumentException notAPattern) {
            return source.getMessage(key, null, key, locale);
        }
    }

    public String indonesian(String key, Object... args) {
        return get(key, INDONESIAN, args);
    }

    public String english(String key, Object... args) {
        return get(key, Locale.ENGLISH, args);
    }

    /** In the language of the current request (Accept-Language), Indonesian by default. */
    public String current(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return get(key, "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN, args);
    }
}
