package id.gerbang.agreement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderWriterTests {

    static final LocalDate END = LocalDate.of(2030, 12, 1);
    static final List<Integer> DAYS = List.of(90, 30, 7);

    @Test
    void theNearestThresholdReachedIsDue() {
        assertThat(ReminderWriter.dueThreshold(END, END.minusDays(91), DAYS)).isEmpty();
        assertThat(ReminderWriter.dueThreshold(END, END.minusDays(90), DAYS)).contains(90);
        assertThat(ReminderWriter.dueThreshold(END, END.minusDays(31), DAYS)).contains(90);
        assertThat(ReminderWriter.dueThreshold(END, END.minusDays(30), DAYS)).contains(30);
        assertThat(ReminderWriter.dueThreshold(END, END.minusDays(7), DAYS)).contains(7);
        assertThat(ReminderWriter.dueThreshold(END, END, DAYS)).contains(7);
        assertThat(ReminderWriter.dueThreshold(END, END.plusDays(1), DAYS)).isEmpty();
    }
}
