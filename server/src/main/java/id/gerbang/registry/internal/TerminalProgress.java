package id.gerbang.registry.internal;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress bar for the command line, on standard error:
 * {@code Generating [########............]  40%  400,000/1,000,000 rows  52,310 rows/s  ETA 0:11}.
 * On a terminal it redraws one line at most four times a second; when the output is redirected it
 * prints a plain line at every tenth instead. Progress is measured in "work" (rows, or bytes of an
 * input file) so the percentage and the ETA hold even when the row count is unknown in advance.
 */
public final class TerminalProgress {

    private static final long REDRAW_NANOS = 250_000_000L;
    private static final int WIDTH = 24;

    private final String label;
    private final long totalWork;
    private final PrintStream out;
    private final boolean interactive;
    private final LongSupplier nanoTime;
    private final long started;
    private long lastDraw;
    private int lastTenth = -1;
    private int calls;

    TerminalProgress(String label, long totalWork, PrintStream out, boolean interactive, LongSupplier nanoTime) {
        this.label = label;
        this.totalWork = Math.max(1, totalWork);
        this.out = out;
        this.interactive = interactive;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
        this.lastDraw = started;
    }

    /** Draws on {@code out}; redraws in place when the process has a console. */
    public static TerminalProgress on(PrintStream out, String label, long totalWork) {
        return new TerminalProgress(label, totalWork, out, System.console() != null, System::nanoTime);
    }

    /** Reports how far the work is; cheap enough to call for every row. */
    public void update(long rows, long work) {
        if ((++calls & 1023) != 0 && work < totalWork) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (interactive) {
            if (now - lastDraw >= REDRAW_NANOS) {
                lastDraw = now;
                out.print('\r' + render(rows, work, now - started));
                out.flush();
            }
        } else {
            int tenth = (int) Math.min(10, work * 10 / totalWork);
            if (tenth > lastTenth && tenth < 10) {
                lastTenth = tenth;
                out.println(render(rows, work, now - started));
            }
        }
    }

    /** Draws the final state and ends the line. */
    public void done(long rows) {
        String line = render(rows, totalWork, nanoTime.getAsLong() - started);
        out.println(interactive ? '\r' + line : line);
        out.flush();
    }

    String render(long rows, long work, long elapsedNanos) {
        double fraction = Math.min(1.0, (double) Math.max(0, work) / totalWork);
        int filled = (int) Math.round(fraction * WIDTH);
        double seconds = elapsedNanos / 1e9;
        long rate = seconds > 0 ? Math.round(rows / seconds) : 0;
        String eta = fraction > 0 && fraction < 1 ? clock(seconds * (1 - fraction) / fraction) : fraction >= 1 ? clock(seconds) : "-:--";
        return String.format(Locale.ROOT, "%s [%s%s] %3d%%  %,d rows  %,d rows/s  %s %s",
                label, "#".repeat(filled), ".".repeat(WIDTH - filled), Math.round(fraction * 100), rows, rate,
                fraction >= 1 ? "in" : "ETA", eta);
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
