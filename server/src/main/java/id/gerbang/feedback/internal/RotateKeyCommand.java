package id.gerbang.feedback.internal;

import id.gerbang.common.Command;
import id.gerbang.common.CommandConsole;
import id.gerbang.common.ConsoleOutput;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code rotate-feedback-key [--retire-old-keys]}: adds a new current key to the data-balikan key
 * file, re-encrypts every victim value under it (in batches, each its own transaction, so it can be
 * stopped and run again), and with {@code --retire-old-keys} removes from the file the keys no value
 * uses any more. A running server reads the changed file at its next use of a key. Exit codes: 0
 * done, 2 wrong arguments. See docs/feedback.md ("Key rotation").
 */
@Component
@ConsoleOutput("the rotate-feedback-key command reports its progress on the terminal; it prints key ids and counts only")
class RotateKeyCommand implements Command {

    static final String USAGE = "usage: rotate-feedback-key [--retire-old-keys]";
    private static final int BATCH = 500;

    private final FeedbackKeys keys;
    private final FeedbackRepository records;
    private final TransactionTemplate tx;

    RotateKeyCommand(FeedbackKeys keys, FeedbackRepository records, TransactionTemplate tx) {
        this.keys = keys;
        this.records = records;
        this.tx = tx;
    }

    @Override
    public String name() {
        return "rotate-feedback-key";
    }

    @Override
    public int run(List<String> arguments, CommandConsole console) {
        return run(arguments, console.out());
    }

    int run(List<String> arguments, PrintStream out) {
        boolean retire = false;
        for (String a : arguments) {
            if ("--retire-old-keys".equals(a)) {
                retire = true;
            } else {
                out.println("rotate-feedback-key: unknown argument " + a);
                out.println(USAGE);
                return 2;
            }
        }
        String current = keys.addKey();
        out.println("rotate-feedback-key: new current key " + current + " in " + keys.file().toAbsolutePath());
        long total = 0;
        while (true) {
            Integer done = tx.execute(status -> {
                List<FeedbackRepository.Row> rows = records.encryptedUnderOtherKey(current, BATCH);
                int n = 0;
                for (FeedbackRepository.Row r : rows) {
                    byte[] associated = SubmissionService.associated(r.recordKey(), r.version());
                    byte[] plain = keys.open(r.keyId(), r.victimData(), associated);
                    FeedbackKeys.Sealed sealed = keys.seal(plain, associated);
                    java.util.Arrays.fill(plain, (byte) 0);
                    n += records.reseal(r.id(), r.keyId(), sealed.keyId(), sealed.value());
                }
                return rows.isEmpty() ? -1 : n;
            });
            if (done == null || done < 0) {
                break;
            }
            total += done;
        }
        out.println("rotate-feedback-key: " + total + " value(s) re-encrypted under " + current);
        if (retire) {
            List<String> retired = keys.retireExcept(new HashSet<>(records.keyIdsInUse()));
            out.println("rotate-feedback-key: retired " + (retired.isEmpty() ? "no key" : String.join(", ", retired)));
        }
        return 0;
    }
}
