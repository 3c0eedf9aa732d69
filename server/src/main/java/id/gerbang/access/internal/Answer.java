package id.gerbang.access.internal;

import id.gerbang.access.ServiceOutcome;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of a data call, before it is rendered for one surface: the outcome, and for a found
 * lookup the persons with the fields to write, for a verification the verdicts.
 *
 * @param retryAt for a used-up quota: the next Jakarta midnight
 */
public record Answer(
        String requestId,
        ServiceOutcome outcome,
        List<? extends PersonValues> persons,
        PersonField[] fields,
        List<ElementVerdict> verdicts,
        @Nullable Instant retryAt) {

    static Answer refused(CallRecord call, ServiceOutcome outcome) {
        return new Answer(call.requestId(), outcome, List.of(), new PersonField[0], List.of(), null);
    }

    static Answer quota(CallRecord call, ServiceOutcome outcome, Instant retryAt) {
        return new Answer(call.requestId(), outcome, List.of(), new PersonField[0], List.of(), retryAt);
    }

    static Answer found(CallRecord call, List<? extends PersonValues> persons, PersonField[] fields) {
        return new Answer(call.requestId(), ServiceOutcome.FOUND, persons, fields, List.of(), null);
    }

    static Answer verified(CallRecord call, List<ElementVerdict> verdicts) {
        return new Answer(call.requestId(), ServiceOutcome.VERIFIED, List.of(), new PersonField[0], verdicts, null);
    }
}
