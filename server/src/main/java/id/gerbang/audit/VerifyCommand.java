package id.gerbang.audit;

import id.gerbang.audit.internal.ArchiveVerifier;
import id.gerbang.audit.internal.DatabaseVerifier;
import id.gerbang.audit.internal.Keys;
import id.gerbang.common.Command;
import id.gerbang.common.CommandConsole;
import id.gerbang.common.ConsoleOutput;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code verify}: walks the access log and the administrative log and their signed checkpoints, and
 * reports the first altered, deleted, inserted or reordered entry and every forged checkpoint.
 *
 * <pre>
 * verify [--log=access|admin|all] [--from=yyyy-MM-dd] [--to=yyyy-MM-dd]      the database
 * verify --archive=PATH --public-key=FILE [--public-key=FILE ...]            archive files, offline
 * </pre>
 *
 * Exit codes: 0 everything verifies, 1 something does not, 2 wrong arguments or unreadable input.
 * The offline form needs no database and no application context; {@link #main} runs it directly.
 */
@Component
@ConsoleOutput("the verify command prints its report on the terminal; it names no population value")
public class VerifyCommand implements Command {

    private final ObjectProvider<DatabaseVerifier> database;

    VerifyCommand(ObjectProvider<DatabaseVerifier> database) {
        this.database = database;
    }

    /** Offline verification without starting the application: {@code verify --archive=... --public-key=...}. */
    public static void main(String[] args) {
        List<String> arguments = new ArrayList<>(List.of(args));
        if (!arguments.isEmpty() && "verify".equals(arguments.getFirst())) {
            arguments.removeFirst();
        }
        System.exit(runOffline(Options.parse(arguments), System.out));
    }

    @Override
    public String name() {
        return "verify";
    }

    @Override
    public int run(List<String> arguments, CommandConsole console) {
        Options options = Options.parse(arguments);
        PrintStream out = console.out();
        if (options.error != null || options.archive != null) {
            return runOffline(options, out);
        }
        DatabaseVerifier verifier = database.getObject();
        int exit = 0;
        for (String log : options.logs()) {
            VerificationReport report = verifier.verify(log, options.from, options.to);
            print(report, out);
            exit = Math.max(exit, report.ok() ? 0 : 1);
        }
        return exit;
    }

    static int runOffline(Options options, PrintStream out) {
        if (options.error != null) {
            out.println("verify: " + options.error);
            out.println(USAGE);
            return 2;
        }
        if (options.archive == null || options.publicKeys.isEmpty()) {
            out.println("verify: offline verification needs --archive=PATH and --public-key=FILE");
            out.println(USAGE);
            return 2;
        }
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        try {
            for (Path file : options.publicKeys) {
                PublicKey key = Keys.readPublic(file);
                keys.put(Keys.keyId(key), key);
            }
            int exit = 0;
            for (VerificationReport report : ArchiveVerifier.verify(options.archive, keys)) {
                print(report, out);
                exit = Math.max(exit, report.ok() ? 0 : 1);
            }
            return exit;
        } catch (IOException | RuntimeException e) {
            out.println("verify: " + e.getMessage());
            return 2;
        }
    }

    static void print(VerificationReport r, PrintStream out) {
        out.printf(Locale.ROOT, "%s log (%s): entries %d..%d, %,d entries, %d checkpoints, %.1f s, %,d entries/s%n",
                r.log(), r.source(), r.firstSeq(), r.lastSeq(), r.entries(), r.checkpoints(),
                r.elapsedMillis() / 1000.0, r.entriesPerSecond());
        if (r.ok()) {
            out.println("  OK: every entry and every checkpoint verifies.");
            return;
        }
        out.printf(Locale.ROOT, "  FAILED: %d finding(s)%n", r.totalFindings());
        for (Finding f : r.findings()) {
            out.printf(Locale.ROOT, "  %-28s seq %d%s: %s%n", f.kind(), f.seq(),
                    f.lastSeq() != f.seq() ? ".." + f.lastSeq() : "", f.detail());
        }
    }

    static final String USAGE = """
            usage: verify [--log=access|admin|all] [--from=yyyy-MM-dd] [--to=yyyy-MM-dd]
                   verify --archive=PATH --public-key=FILE [--public-key=FILE ...]""";

    /** Parsed arguments; {@code error} is set when they make no sense. */
    static final class Options {
        String log = "all";
        @Nullable LocalDate from;
        @Nullable LocalDate to;
        @Nullable Path archive;
        final List<Path> publicKeys = new ArrayList<>();
        @Nullable String error;

        static Options parse(List<String> arguments) {
            Options o = new Options();
            for (String a : arguments) {
                int eq = a.indexOf('=');
                String key = eq < 0 ? a : a.substring(0, eq);
                String value = eq < 0 ? "" : a.substring(eq + 1);
                try {
                    switch (key) {
                        case "--log" -> o.log = value;
                        case "--from" -> o.from = LocalDate.parse(value);
                        case "--to" -> o.to = LocalDate.parse(value);
                        case "--archive" -> o.archive = Path.of(value);
                        case "--public-key" -> o.publicKeys.add(Path.of(value));
                        default -> o.error = "unknown argument " + a;
                    }
                } catch (DateTimeParseException e) {
                    o.error = "not a date (yyyy-MM-dd): " + a;
                }
            }
            if (!List.of("access", "admin", "all").contains(o.log)) {
                o.error = "--log is access, admin or all";
            }
            if (o.from != null && o.to != null && o.from.isAfter(o.to)) {
                o.error = "--from is after --to";
            }
            return o;
        }

        List<String> logs() {
            return "all".equals(log) ? List.of("access", "admin") : List.of(log);
        }
    }
}
