package id.gerbang.registry.internal.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did.
 *
 * @param rows           data rows read
 * @param accepted       rows written to the register (inserted or replaced by NIK)
 * @param rejected       rows listed in the report instead
 * @param warnings       soft findings in accepted rows (NIK/No. KK prefix or date, retired village)
 * @param families       distinct family cards written
 * @param report         the reject report
 * @param delimiter      the delimiter detected
 * @param ignoredColumns header names the import does not know (not imported)
 * @param elapsedNanos   wall time
 */
public record ImportSummary(long rows, long accepted, long rejected, long warnings, long families, Path report,
        char delimiter, List<String> ignoredColumns, long elapsedNanos) {
}
