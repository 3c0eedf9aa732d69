package id.gerbang.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * {@link Texts#clean} with its fast path (a clean text returned as it is) answers exactly as the
 * character-by-character cleaning it short-cuts; so does the COPY escaping with its fast path.
 */
class TextsProperties {

    /** The cleaning as it was before the fast path: the oracle. */
    static String slowClean(String s, int maxLength) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length() && out.length() < maxLength; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (out.length() + 2 > maxLength) {
                    break;
                }
                out.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c) || Character.isISOControl(c) && c != '\n' && c != '\t') {
                out.append('?');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Property(tries = 3000)
    void cleanAnswersAsTheSlowCleaning(@ForAll @StringLength(max = 40) String s, @ForAll @IntRange(max = 50) int max) {
        assertThat(Texts.clean(s, max)).isEqualTo(slowClean(s, max));
    }

    @Property(tries = 3000)
    void cleanAnswersAsTheSlowCleaningForTrickyCharacters(@ForAll @StringLength(max = 30)
            @Chars({'\n', '\t', '\r', '\u0000', '\u001f', ' ', '\u007e', '\u007f', '\u0085', '\u009f', '\u00a0',
                    '\ud800', '\udbff', '\udc00', '\udfff', '\ufffd', 'é'}) @CharRange(from = 'a', to = 'c') String s,
            @ForAll @IntRange(max = 35) int max) {
        assertThat(Texts.clean(s, max)).isEqualTo(slowClean(s, max));
    }

    /** COPY's text escaping as it was before the fast path: the oracle. */
    static String slowEscape(String s) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(ch);
            }
        }
        return line.toString();
    }

    @Property(tries = 3000)
    void copyEscapingAnswersAsTheSlowEscaping(@ForAll @StringLength(max = 30)
            @Chars({'\\', '\t', '\n', '\r', 'N', ' ', 'é', '\ud83d', '\ude00'}) @CharRange(from = 'a', to = 'c') String s) {
        StringBuilder line = new StringBuilder("x\t");
        assertThat(PostgresCopySink.text(line, s).toString()).isEqualTo("x\t" + slowEscape(s));
    }

    @Example
    void aCleanTextIsReturnedItself() {
        String s = "kasus 2026/031\tlanjut";
        assertThat(Texts.clean(s, 255)).isSameAs(s);
        assertThat(Texts.clean(null, 10)).isNull();
    }
}
