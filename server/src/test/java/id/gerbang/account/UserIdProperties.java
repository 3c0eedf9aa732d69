package id.gerbang.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written format check of {@link UserId} agrees with the documented regular expression. */
class UserIdProperties {

    static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    @Provide
    Arbitrary<String> candidates() {
        // mostly the allowed alphabet, with upper case, spaces and other characters mixed in
        return Arbitraries.strings().withChars("abcxyz0189._-").withChars("A Z@/é").ofMinLength(0).ofMaxLength(45);
    }

    @Property(tries = 3000)
    void theCheckIsTheRegularExpression(@ForAll("candidates") String text) {
        boolean expected = FORMAT.matcher(text).matches();
        boolean accepted;
        try {
            new UserId(text);
            accepted = true;
        } catch (RuntimeException e) {
            accepted = false;
        }
        assertThat(accepted).as("'%s'", text).isEqualTo(expected);
        assertThat(UserId.isValid(text)).isEqualTo(FORMAT.matcher(text.strip().toLowerCase(java.util.Locale.ROOT)).matches());
    }

    @Example
    void edges() {
        assertThat(UserId.isValid("ab")).isFalse();
        assertThat(UserId.isValid("abc")).isTrue();
        assertThat(UserId.isValid("a".repeat(40))).isTrue();
        assertThat(UserId.isValid("a".repeat(41))).isFalse();
        assertThat(UserId.isValid(".abc")).isFalse();
        assertThat(UserId.isValid("-abc")).isFalse();
        assertThat(UserId.isValid("9a.b_c-d")).isTrue();
        assertThat(UserId.isValid(" WS.Uji ")).isTrue();
        assertThat(UserId.isValid("ws uji")).isFalse();
    }
}
