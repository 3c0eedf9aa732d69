package id.gerbang.feedback;

import id.gerbang.access.AccessArrangements;
import id.gerbang.agreement.FeedbackKind;
import id.gerbang.agreement.FeedbackMethod;
import id.gerbang.agreement.FeedbackObligations;
import id.gerbang.audit.AccessChannel;
import id.gerbang.audit.AccessLog;
import id.gerbang.audit.AccessLogEntry;
import id.gerbang.audit.AccessOperation;
import id.gerbang.audit.AccessOutcome;
import id.gerbang.feedback.internal.ProgrammeCatalogue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.annotation.Import;

/**
 * What data-balikan tests need: an agency with an agreement naming data-balikan obligations (through
 * {@link AccessArrangements}), lookups of NIKs by it in the access log, and a catalogue programme.
 */
@Import(AccessArrangements.class)
public class FeedbackArrangements {

    /** The synthetic family of {@code SyntheticPeople}: wife (born 1990-01-05) and daughter (2015-08-12). */
    public static final String RATNA = "3204104501900003";
    public static final String NADIA = "3204105208150001";
    public static final String HENDRA = "3204101703880002";

    public static final FeedbackObligations SEED = new FeedbackObligations(EnumSet.allOf(FeedbackKind.class),
            EnumSet.of(FeedbackMethod.WEB_SERVICE, FeedbackMethod.ONLINE_FORM, FeedbackMethod.POPUP));

    private final AccessArrangements arrangements;
    private final AccessLog log;
    private final ProgrammeCatalogue catalogue;

    FeedbackArrangements(AccessArrangements arrangements, AccessLog log, ProgrammeCatalogue catalogue) {
        this.arrangements = arrangements;
        this.log = log;
        this.catalogue = catalogue;
    }

    public AccessArrangements.Arrangement arrange(FeedbackObligations obligations) {
        arrangements.family(id.gerbang.registry.RecordStatus.ACTIVE);
        return arrangements.arrange(obligations);
    }

    /** Records a lookup of the NIK by the arrangement's agency that returned data; returns its sequence number. */
    public long lookedUp(AccessArrangements.Arrangement a, String nik, Instant at) {
        return log.record(AccessLogEntry.builder(AccessChannel.WEB_SERVICE_V1, AccessOperation.LOOKUP, AccessOutcome.FOUND)
                .time(at).agencyId(a.agency().value()).agreementId(a.agreement().value()).userId(a.userId())
                .nik(nik).sourceIp("127.0.0.1").build());
    }

    /** A new active programme of the catalogue; returns its code. */
    public String programme() {
        String code = "UJI-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        catalogue.add(code, "Program uji " + code, "Bantuan uji", false, "test");
        return code;
    }

    public static VictimDetails victim(LocalDate incident) {
        return new VictimDetails(Set.of(1, 2), 1, 1, incident, incident, Set.of(1, 2), 7);
    }
}
