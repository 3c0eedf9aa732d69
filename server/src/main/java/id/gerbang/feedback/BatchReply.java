package id.gerbang.feedback;

import java.util.List;

/**
 * The answer to a batch sent with an idempotency key: the rendered answer as sent (and stored), whether
 * it is the stored answer of an earlier call with the same key and body, and the results (empty on
 * a replay: the stored answer says them).
 */
public record BatchReply(byte[] body, boolean replayed, List<SubmissionResult> results) {

    @Override
    public String toString() {
        return "BatchReply[replayed=" + replayed + ", " + body.length + " bytes]";
    }
}
