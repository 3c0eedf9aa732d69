package id.gerbang.common;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Texts from the message bundles: Bahasa Indonesia first ({@code messages.properties}), English
 * second ({@code messages_en.properties}).
 */
@Component
public class Messages {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final List<Locale> SUPPORTED = List.of(INDONESIAN, Locale.ENGLISH);

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
        return get(key, currentLocale(), args);
    }

    /**
     * English when the current request's {@code Accept-Language} prefers it over Indonesian,
     * Indonesian otherwise: without the header, with another language, with a malformed header, and
     * never the server's own default locale (servlet filters run before Spring MVC's locale resolver).
     */
    public static Locale currentLocale() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            String header = request.getRequest().getHeader("Accept-Language");
            if (header == null || header.isBlank()) {
                return INDONESIAN;
            }
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                return best != null && "en".equals(best.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
            } catch (IllegalArgumentException malformed) {
                return INDONESIAN;
            }
        }
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? Locale.ENGLISH : INDONESIAN;
    }
}
