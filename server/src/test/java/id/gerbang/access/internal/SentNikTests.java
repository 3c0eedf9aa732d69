package id.gerbang.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentNikTests {

    @Test
    void aValidNikIsParsedOnceAndKeptWithItsText() {
        SentNik sent = SentNik.of("3204104501900003");
        assertThat(sent).isNotNull();
        assertThat(sent.nik()).isNotNull();
        assertThat(sent.nik().asLong()).isEqualTo(3204104501900003L);
        assertThat(sent.text()).isEqualTo("3204104501900003");
    }

    @Test
    void textThatIsNotANikIsKeptAsSentAndNothingIsNotSent() {
        SentNik badDate = SentNik.of("3204103201900003");
        assertThat(badDate.nik()).isNull();
        assertThat(badDate.text()).isEqualTo("3204103201900003");
        assertThat(SentNik.of("3.2041E15").nik()).isNull();
        assertThat(SentNik.of(null)).isNull();
    }
}
