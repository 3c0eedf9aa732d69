package id.gerbang.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The hand-written check of a NIK or No. KK sent as text answers exactly as the pattern it replaced. */
class NumberCheckProperties {

    static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,17}");

    @Property(tries = 2000)
    void sameAnswerAsThePatternForAnyText(@ForAll @StringLength(max = 25) String s) {
        assertThat(AccessLogEntry.Builder.isNumber(s)).isEqualTo(NUMBER.matcher(s).matches());
    }

    @Property(tries = 3000)
    void sameAnswerAsThePatternForDigitLikeText(@ForAll @StringLength(max = 21)
            @CharRange(from = '0', to = '9') @Chars({' ', '-', '+', 'a', '٣', '.'}) String s) {
        assertThat(AccessLogEntry.Builder.isNumber(s)).isEqualTo(NUMBER.matcher(s).matches());
    }

    @Example
    void boundaries() {
        assertThat(AccessLogEntry.Builder.isNumber("3273010101900001")).isTrue();
        assertThat(AccessLogEntry.Builder.isNumber("9".repeat(18))).isTrue();
        assertThat(AccessLogEntry.Builder.isNumber("1" + "0".repeat(18))).isFalse();
        assertThat(AccessLogEntry.Builder.isNumber("0273010101900001")).isFalse();
        assertThat(AccessLogEntry.Builder.isNumber("")).isFalse();
    }
}
