package id.gerbang.account.internal;

import id.gerbang.common.ConsoleOutput;
import java.io.PrintStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Prints generated credentials once to the terminal (standard output), in Indonesian and English.
 * Deliberately not through the logger: log files are kept and shipped, and a password must never
 * reach them. This is the one place the running server itself prints.
 */
@Component
@ConsoleOutput("credentials are shown once on the terminal and must never reach log files")
public class CredentialsNotice {

    /** One account in the notice. */
    public record Entry(String label, String userId, @Nullable String password, @Nullable String token) {
    }

    private final PrintStream out;

    CredentialsNotice() {
        this(System.out);
    }

    CredentialsNotice(PrintStream out) {
        this.out = out;
    }

    public void print(String titleIndonesian, String titleEnglish, List<Entry> entries, List<String> notes) {
        out.print(render(titleIndonesian, titleEnglish, entries, notes));
        out.flush();
    }

    /** Prints a notice that holds no secret (where the secrets went, what to do). */
    public void tell(String titleIndonesian, String titleEnglish, List<String> notes) {
        print(titleIndonesian, titleEnglish, List.of(), notes);
    }

    /** The notice's text, for the terminal or a file readable by its owner only. */
    public String render(String titleIndonesian, String titleEnglish, List<Entry> entries, List<String> notes) {
        String rule = "=".repeat(78);
        StringBuilder sb = new StringBuilder("\n").append(rule).append('\n');
        sb.append("  ").append(titleIndonesian).append('\n');
        sb.append("  ").append(titleEnglish).append('\n');
        sb.append(rule).append('\n');
        for (Entry e : entries) {
            sb.append("  ").append(e.label()).append('\n');
            sb.append("    user ID                     : ").append(e.userId()).append('\n');
            if (e.password() != null) {
                sb.append("    kata sandi / password       : ").append(e.password()).append('\n');
            }
            if (e.token() != null) {
                sb.append("    token web service / token   : ").append(e.token()).append('\n');
            }
        }
        sb.append(rule).append('\n');
        for (String note : notes) {
            sb.append("  ").append(note).append('\n');
        }
        sb.append(rule).append('\n');
        return sb.toString();
    }
}
