package id.gerbang.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Not a test (its name keeps it out of the ordinary runs): writes the benchmark's upload workbook to
 * a file for {@code bench/feedback-upload-kill.sh}, which uploads it to the packaged server.
 * {@code -Dbench.out} the file, {@code -Dbench.rows} (100,000), {@code -Dbench.nik} (the demo NIK),
 * {@code -Dbench.prefix} of the case references.
 */
class UploadWorkbookFileBench {

    @Test
    void write() throws IOException {
        int n = Integer.getInteger("bench.rows", 100_000);
        String nik = System.getProperty("bench.nik", "3201010207879000");
        String prefix = System.getProperty("bench.prefix", "KILL-");
        Path out = Path.of(System.getProperty("bench.out", "target/bench-upload.xlsx"));
        List<String[]> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(UploadWorkbooks.victim(nik, prefix + i, "01-03-2026"));
        }
        Files.write(out, UploadWorkbooks.victims(rows));
        System.out.println("BENCH workbook: " + out.toAbsolutePath() + " rows=" + n);
    }
}
