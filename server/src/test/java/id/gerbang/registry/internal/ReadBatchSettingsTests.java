package id.gerbang.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** How many batch queries may run at once: never as many as the pool has connections. */
class ReadBatchSettingsTests {

    @Test
    void keepsASettingBelowThePoolSize() {
        assertThat(JdbcPopulationRegister.parallel(4, OptionalInt.of(10))).isEqualTo(4);
        assertThat(JdbcPopulationRegister.parallel(9, OptionalInt.of(10))).isEqualTo(9);
    }

    @Test
    void leavesOneConnectionFreeWhenTheSettingReachesThePoolSize() {
        assertThat(JdbcPopulationRegister.parallel(10, OptionalInt.of(10))).isEqualTo(9);
        assertThat(JdbcPopulationRegister.parallel(4, OptionalInt.of(3))).isEqualTo(2);
    }

    @Test
    void neverGoesBelowOne() {
        assertThat(JdbcPopulationRegister.parallel(4, OptionalInt.of(1))).isEqualTo(1);
    }

    @Test
    void takesTheSettingWhenThePoolSizeIsUnknown() {
        assertThat(JdbcPopulationRegister.parallel(7, OptionalInt.empty())).isEqualTo(7);
    }
}
