package id.gerbang.feedback;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One workbook uploaded for data balikan (method {@code EXCEL_UPLOAD}) and how far its background
 * job has come. Survives a page reload and a restart: a job cut off by a stopped server is
 * {@link Status#INTERRUPTED}, and uploading the same workbook again stores what is missing and
 * nothing twice (a record sent again is a duplicate).
 *
 * @param failure           why a {@link Status#FAILED} workbook was refused as a whole
 *                          ({@code NOT_A_WORKBOOK}, {@code NOT_THE_TEMPLATE}, {@code TOO_MANY_ROWS},
 *                          {@code TOO_LARGE}, {@code UNSAFE_CONTENT}, {@code INTERRUPTED})
 * @param errorWorkbook     whether refused rows wait in an error workbook
 */
public record Upload(String id, String userId, String fileName, Status status, int rowsTotal, int rowsDone, int accepted,
        int duplicates, int refused, @Nullable String failure, boolean errorWorkbook, Instant createdAt,
        @Nullable Instant finishedAt) {

    public enum Status { QUEUED, RUNNING, DONE, FAILED, INTERRUPTED }

    public boolean finished() {
        return status == Status.DONE || status == Status.FAILED || status == Status.INTERRUPTED;
    }

    /** Rows judged, in percent of the rows counted (0 before counting). */
    public int percent() {
        if (status == Status.DONE) {
            return 100;
        }
        return rowsTotal == 0 ? 0 : (int) Math.min(100, rowsDone * 100L / rowsTotal);
    }
}
