package id.gerbang.registry.internal.command;

import id.gerbang.common.Command;
import id.gerbang.common.CommandConsole;
import id.gerbang.common.CommandOptions;
import id.gerbang.common.CommandUsageException;
import id.gerbang.registry.internal.TerminalProgress;
import id.gerbang.registry.internal.importer.ExtractImport;
import id.gerbang.registry.internal.importer.ImportRefusedException;
import id.gerbang.registry.internal.importer.ImportSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code import --file=extract.csv [--report=extract.csv.rejects.csv]}. */
@Component
class ImportCommand implements Command {

    /** The import ran to its end, but some rows are in the reject report. */
    static final int SOME_ROWS_REJECTED = 3;

    private final ExtractImport extractImport;

    ImportCommand(ExtractImport extractImport) {
        this.extractImport = extractImport;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public int run(List<String> arguments, CommandConsole console) throws IOException {
        CommandOptions options = new CommandOptions(arguments, "import", Set.of("file", "report"));
        Path file = Path.of(options.required("file"));
        String reportText = options.text("report");
        Path report = reportText != null ? Path.of(reportText) : Path.of(file + ".rejects.csv");

        console.info("import.start", file);
        long size = Files.isRegularFile(file) ? Files.size(file) : 0;
        TerminalProgress progress = TerminalProgress.on(console.err(), "import", size);
        ImportSummary summary;
        try {
            summary = extractImport.run(file, report, progress::update);
        } catch (ImportRefusedException e) {
            console.error(e.key(), e.args());
            return USAGE;
        }
        progress.done(summary.rows());
        console.info("import.delimiter", summary.delimiter() == '\t' ? "TAB" : String.valueOf(summary.delimiter()));
        if (!summary.ignoredColumns().isEmpty()) {
            console.info("import.ignored", String.join(", ", summary.ignoredColumns()));
        }
        console.info("import.done", summary.rows(), summary.accepted(), summary.rejected(), summary.warnings(),
                summary.families(), summary.elapsedNanos() / 1e9);
        console.info("import.report", summary.report().toAbsolutePath());
        return summary.rejected() > 0 ? SOME_ROWS_REJECTED : 0;
    }
}
