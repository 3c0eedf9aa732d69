package id.gerbang.access.internal;

import id.gerbang.access.ServiceOutcome;
import id.gerbang.audit.AccessLog;
import id.gerbang.audit.AccessLogEntry;
import id.gerbang.audit.AccessLogUnavailableException;
import id.gerbang.audit.AccessOperation;
import id.gerbang.audit.AccessOutcome;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records every call, granted or refused, in the access log and waits until the entry is durably
 * committed (the audit module commits concurrent entries together). A call whose entry cannot be
 * confirmed must not carry population data; {@link #record} says so by returning {@code false}.
 */
@Component
public class AccessRecorder {

    private static final Logger log = LoggerFactory.getLogger(AccessRecorder.class);
    private static final int MAX_PURPOSE = 200;

    private final AccessLog accessLog;

    AccessRecorder(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    /** Whether the entry is committed. */
    public boolean record(CallRecord call, ServiceOutcome outcome, List<String> elements) {
        return record(call, outcome.logged(), elements);
    }

    /** Whether the entry is committed; for outcomes no {@link ServiceOutcome} renders (data balikan received). */
    public boolean record(CallRecord call, AccessOutcome outcome, List<String> elements) {
        String purpose = call.purpose();
        AccessLogEntry.Builder entry = AccessLogEntry.builder(call.channel(), operation(call.operation()), outcome)
                .requestId(call.requestId())
                .agencyId(call.agency() == null ? null : call.agency().value())
                .agreementId(call.agreement() == null ? null : call.agreement().value())
                .userId(call.userId())
                .sourceIp(call.sourceIp())
                .claimedIp(truncate(call.claimedIp(), 64))
                .noKk(call.noKk())
                .purpose(truncate(purpose, MAX_PURPOSE))
                .localUser(truncate(call.localUser(), AgreementContext.MAX_LOCAL_USER))
                .elements(elements)
                .latencyMicros(call.elapsedMicros());
        SentNik nik = call.nik();
        if (nik != null && nik.nik() != null) {
            entry.nik(nik.nik().asLong()); // parsed once, when the request was read
        } else if (nik != null) {
            entry.nik(nik.text()); // not a NIK: the log keeps the text as sent
        }
        try {
            accessLog.record(entry.build());
            return true;
        } catch (AccessLogUnavailableException e) {
            log.error("Access log did not confirm request {} ({}): answered without data", call.requestId(), e.reason());
            return false;
        }
    }

    static List<String> keys(PersonField[] fields) {
        List<String> keys = new ArrayList<>(fields.length);
        for (PersonField f : fields) {
            keys.add(f.key());
        }
        return keys;
    }

    static AccessOperation operation(Operation operation) {
        return switch (operation) {
            case LOOKUP -> AccessOperation.LOOKUP;
            case FAMILY_LOOKUP -> AccessOperation.FAMILY_LOOKUP;
            case VERIFICATION -> AccessOperation.VERIFICATION;
            case FEEDBACK -> AccessOperation.FEEDBACK;
        };
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
