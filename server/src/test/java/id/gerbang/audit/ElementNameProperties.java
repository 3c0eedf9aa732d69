package id.gerbang.audit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The hand-written element-name check answers exactly as the documented pattern. */
class ElementNameProperties {

    @Property(tries = 2000)
    void sameAnswerAsThePatternForAnyText(@ForAll @StringLength(max = 80) String s) {
        assertThat(AccessLogEntry.isElementName(s)).isEqualTo(AccessLogEntry.ELEMENT_NAME.matcher(s).matches());
    }

    @Property(tries = 2000)
    void sameAnswerAsThePatternForNameLikeText(@ForAll @StringLength(min = 0, max = 70)
            @Chars({'_', '-', ' ', 'e', 'z', 'A', 'Z', '0', '9', 'é', '.'}) @CharRange(from = 'a', to = 'd') String s) {
        assertThat(AccessLogEntry.isElementName(s)).isEqualTo(AccessLogEntry.ELEMENT_NAME.matcher(s).matches());
    }

    @Example
    void boundaries() {
        assertThat(AccessLogEntry.isElementName("NAMA_LGKP")).isTrue();
        assertThat(AccessLogEntry.isElementName("A" + "b".repeat(63))).isTrue();
        assertThat(AccessLogEntry.isElementName("A" + "b".repeat(64))).isFalse();
        assertThat(AccessLogEntry.isElementName("_NIK")).isFalse();
        assertThat(AccessLogEntry.isElementName("9NIK")).isFalse();
        assertThat(AccessLogEntry.isElementName("")).isFalse();
        assertThat(AccessLogEntry.isElementName("RATNA KUSUMA")).isFalse();
    }
}
