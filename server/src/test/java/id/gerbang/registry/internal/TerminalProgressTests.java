package id.gerbang.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TerminalProgressTests {

    final AtomicLong clock = new AtomicLong();
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void showsShareRateAndEta() {
        TerminalProgress progress = new TerminalProgress("Generating", 1_000_000, out, true, clock::get);
        assertThat(progress.render(400_000, 400_000, 8_000_000_000L))
                .isEqualTo("Generating [##########..............]  40%  400,000 rows  50,000 rows/s  ETA 0:12");
    }

    @Test
    void etaFollowsWorkNotRowsWhenTheyDiffer() {
        TerminalProgress progress = new TerminalProgress("Importing", 2_000, out, true, clock::get);
        // half of the file's bytes read in 30 s: 30 s to go, whatever the row count
        assertThat(progress.render(123, 1_000, 30_000_000_000L)).endsWith("123 rows  4 rows/s  ETA 0:30");
    }

    @Test
    void longRunsShowHours() {
        assertThat(TerminalProgress.clock(3_725)).isEqualTo("1:02:05");
        assertThat(TerminalProgress.clock(59.6)).isEqualTo("1:00");
    }

    @Test
    void redirectedOutputGetsOneLinePerTenth() {
        TerminalProgress progress = new TerminalProgress("Generating", 100_000, out, false, clock::get);
        for (int row = 1; row <= 100_000; row++) {
            clock.addAndGet(10_000);
            progress.update(row, row);
        }
        progress.done(100_000);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r");
        assertThat(text.lines()).hasSizeBetween(9, 12);
        assertThat(text.lines().toList().getLast()).contains("100%", "100,000 rows", "in 0:01");
    }

    @Test
    void aTerminalIsRedrawnInPlaceAtMostFourTimesASecond() {
        TerminalProgress progress = new TerminalProgress("Generating", 1_000_000, out, true, clock::get);
        for (int row = 1; row <= 1_000_000; row++) {
            clock.addAndGet(2_000); // two seconds in all
            progress.update(row, row);
        }
        long redraws = bytes.toString(StandardCharsets.UTF_8).chars().filter(c -> c == '\r').count();
        assertThat(redraws).isBetween(6L, 8L);
    }
}
