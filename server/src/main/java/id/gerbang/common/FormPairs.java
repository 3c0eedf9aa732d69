package id.gerbang.common;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The one decoder of {@code name=value&name=value} text: the compatible surface's query strings and
 * form bodies, the token endpoint's form body and the data-balikan drafts alike: {@code +} and {@code %XX} decoded as UTF-8 (a byte that is not
 * UTF-8 becomes U+FFFD), empty pairs skipped, a pair with a broken escape skipped and the rest kept;
 * nothing is logged (a value may be a password).
 */
public final class FormPairs {

    /** Receives one decoded pair; {@code value} is {@code null} when the pair has no {@code =}. */
    @FunctionalInterface
    public interface Sink {
        void pair(String name, @Nullable String value);
    }

    private FormPairs() {
    }

    public static void decode(String raw, Sink sink) {
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                value = eq < 0 ? null : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                continue; // a broken %-escape
            }
            sink.pair(name, value);
        }
    }
}
