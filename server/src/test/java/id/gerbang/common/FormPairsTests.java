package id.gerbang.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormPairsTests {

    @Test
    void decodesPlusAndEscapesSkipsEmptyAndBrokenPairsAndTellsAPairWithoutEquals() {
        List<String> seen = new ArrayList<>();
        FormPairs.decode("a=1+2&&b=%41%zz&c=%C3%A9&flag&=v&d=", (name, value) -> seen.add(name + "|" + value));
        assertThat(seen).containsExactly("a|1 2", "c|é", "flag|null", "|v", "d|");
    }
}
