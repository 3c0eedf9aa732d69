package id.gerbang.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page of the access log, newest first; {@code nextBefore} is the cursor of the next page, if any. */
public record AccessLogPage(List<AccessLogView> entries, @Nullable Long nextBefore) {
}
