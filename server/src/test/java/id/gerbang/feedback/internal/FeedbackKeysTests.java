package id.gerbang.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackKeysTests {

    @TempDir
    Path dir;

    @Test
    void sealsWithTheCurrentKeyAndOpensOnlyTheSameRowsValue() {
        FeedbackKeys keys = FeedbackKeys.open(dir.resolve("keys"), true);
        byte[] plain = "v1;kinds=1".getBytes(StandardCharsets.UTF_8);

        FeedbackKeys.Sealed sealed = keys.seal(plain, "row:1".getBytes(StandardCharsets.UTF_8));

        assertThat(sealed.keyId()).isEqualTo(keys.currentKeyId());
        assertThat(keys.open(sealed.keyId(), sealed.value(), "row:1".getBytes(StandardCharsets.UTF_8))).isEqualTo(plain);
        assertThatThrownBy(() -> keys.open(sealed.keyId(), sealed.value(), "row:2".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class);
        byte[] altered = sealed.value().clone();
        altered[altered.length - 1] ^= 1;
        assertThatThrownBy(() -> keys.open(sealed.keyId(), altered, "row:1".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aNewKeyBecomesCurrentAndOldValuesStillOpen() {
        FeedbackKeys keys = FeedbackKeys.open(dir.resolve("keys"), true);
        byte[] aad = "row".getBytes(StandardCharsets.UTF_8);
        FeedbackKeys.Sealed old = keys.seal(new byte[] {1, 2, 3}, aad);
        byte[] fingerprint = keys.fingerprint("x");

        String added = keys.addKey();

        assertThat(keys.currentKeyId()).isEqualTo(added).isNotEqualTo(old.keyId());
        assertThat(keys.open(old.keyId(), old.value(), aad)).containsExactly(1, 2, 3);
        assertThat(keys.fingerprint("x")).as("the duplicate check does not rotate").isEqualTo(fingerprint);
        assertThat(FeedbackKeys.open(dir.resolve("keys"), false).currentKeyId()).isEqualTo(added);
    }

    @Test
    void aMissingFileIsAnErrorWhenGeneratingIsOff() {
        assertThatThrownBy(() -> FeedbackKeys.open(dir.resolve("none"), false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gerbang.feedback.key-file");
    }
}
