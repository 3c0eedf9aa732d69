package id.gerbang.report;

import id.gerbang.audit.DocumentSignatures;
import id.gerbang.common.Command;
import id.gerbang.common.CommandConsole;
import id.gerbang.common.CommandOptions;
import id.gerbang.common.CommandUsageException;
import id.gerbang.common.ConsoleOutput;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code verify-report --file=report.pdf --public-key=registry.pub.pem [--public-key=old.pub.pem]}:
 * checks a semester report's PDF or XLSX against the registry's public key, offline (no database),
 * and prints what it was built from. Exit code 0 when it verifies, 1 when it does not, 2 for wrong
 * arguments or an unreadable file or key. {@link #main} runs it without the application context.
 */
@Component
@ConsoleOutput("verify-report prints the signed fields of a report file: agency number, semester, checkpoint, hashes")
public class VerifyReportCommand implements Command {

    @Override
    public String name() {
        return "verify-report";
    }

    /** Runs the check without starting the application. */
    public static void main(String[] args) {
        List<String> arguments = new ArrayList<>(List.of(args));
        if (!arguments.isEmpty() && "verify-report".equals(arguments.getFirst())) {
            arguments.removeFirst();
        }
        int exit;
        try {
            CommandOptions options = options(arguments);
            exit = check(Path.of(options.required("file")), options.all("public-key"), System.out);
        } catch (CommandUsageException e) {
            System.out.println("verify-report: " + e.getMessage());
            exit = USAGE;
        }
        System.exit(exit);
    }

    @Override
    public int run(List<String> arguments, CommandConsole console) {
        CommandOptions options = options(arguments);
        return check(Path.of(options.required("file")), options.all("public-key"), console.out());
    }

    private static CommandOptions options(List<String> arguments) {
        CommandOptions options = new CommandOptions(arguments, "verify-report", Set.of("file", "public-key"),
                Set.of("public-key"));
        options.required("public-key");
        return options;
    }

    static int check(Path file, List<String> publicKeys, PrintStream out) {
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        byte[] bytes;
        try {
            for (String name : publicKeys) {
                PublicKey key = DocumentSignatures.readPublicKey(Path.of(name));
                keys.put(DocumentSignatures.keyId(key), key);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            out.println("verify-report: " + e.getMessage());
            return USAGE;
        }
        SignedReportFiles.Verification result = SignedReportFiles.verify(bytes, keys);
        out.println(file.getFileName() + ": " + (result.ok() ? "OK" : "FAILED: " + result.reason()));
        result.fields().forEach((name, value) -> out.println("  " + name + " = " + value));
        return result.ok() ? OK : FAILED;
    }
}
