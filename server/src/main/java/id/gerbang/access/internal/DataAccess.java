package id.gerbang.access.internal;

import id.gerbang.access.ServiceOutcome;
import id.gerbang.account.UserId;
import id.gerbang.audit.NikMask;
import id.gerbang.common.JakartaTime;
import id.gerbang.quota.QuotaDecision;
import id.gerbang.quota.Quotas;
import id.gerbang.registry.Nik;
import id.gerbang.registry.NoKk;
import id.gerbang.registry.PopulationRegister;
import id.gerbang.registry.RecordStatus;
import id.gerbang.registry.Resident;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The steps of a data call after its request was found valid, shared by both surfaces: daily quota
 * (agreement and user), the register lookup, the record status, the projection to the granted
 * fields (or the verdicts), and the access-log entry, committed before anything is answered. Every
 * call is recorded exactly once, whatever its outcome.
 *
 * <p>Quota is taken before the lookup, so a NIK that is not in the register consumes a unit, as on
 * the real service, which counts every hit: otherwise an agency could probe which NIKs exist
 * without limit. A call refused by an earlier check (including a malformed NIK) consumes nothing.
 */
@Component
public class DataAccess {

    private static final Logger log = LoggerFactory.getLogger(DataAccess.class);

    private final PopulationRegister register;
    private final Quotas quotas;
    private final RegionNames regionNames;
    private final ElementVerifier verifier;
    private final AccessRecorder recorder;
    private final Clock clock;

    DataAccess(PopulationRegister register, Quotas quotas, RegionNames regionNames, ElementVerifier verifier,
            AccessRecorder recorder, Clock clock) {
        this.register = register;
        this.quotas = quotas;
        this.regionNames = regionNames;
        this.verifier = verifier;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** Records a call refused before it reached this class, and answers it. */
    public Answer refuse(CallRecord call, ServiceOutcome outcome) {
        recorder.record(call, outcome, List.of());
        return Answer.refused(call, outcome);
    }

    public Answer lookup(Caller caller, Nik nik, PersonField[] fields, CallRecord call) {
        Answer refused = consumeQuota(caller, call);
        if (refused != null) {
            return refused;
        }
        Served served = served(nik, call);
        if (served.refused() != null) {
            return served.refused();
        }
        return answerPersons(call, List.of(new ResidentValues(served.resident(), regionNames)), fields);
    }

    /** The members of the family of {@code nik}, or of card {@code noKk} when no NIK was sent. */
    public Answer family(Caller caller, @Nullable Nik nik, @Nullable NoKk noKk, PersonField[] fields, CallRecord call) {
        Answer refused = consumeQuota(caller, call);
        if (refused != null) {
            return refused;
        }
        NoKk card = noKk;
        if (nik != null) {
            Served served = served(nik, call);
            if (served.refused() != null) {
                return served.refused();
            }
            card = served.resident().noKk();
        }
        List<Resident> members;
        try {
            members = card == null ? List.of() : register.findFamily(card);
        } catch (RuntimeException e) {
            return failure(call, e);
        }
        List<ResidentValues> active = new ArrayList<>(members.size());
        for (Resident r : members) {
            if (r.isActive()) {
                active.add(new ResidentValues(r, regionNames));
            }
        }
        if (active.isEmpty()) {
            return refuse(call, ServiceOutcome.NOT_FOUND);
        }
        return answerPersons(call, active, fields);
    }

    public Answer verify(Caller caller, Nik nik, ElementValues sent, int threshold, CallRecord call) {
        Answer refused = consumeQuota(caller, call);
        if (refused != null) {
            return refused;
        }
        Served served = served(nik, call);
        if (served.refused() != null) {
            return served.refused();
        }
        List<ElementVerdict> verdicts = verifier.verify(sent, new ResidentValues(served.resident(), regionNames),
                caller.agreement().granted(), threshold);
        List<String> names = new ArrayList<>(verdicts.size());
        for (ElementVerdict v : verdicts) {
            names.add(v.field().key());
        }
        if (!recorder.record(call, ServiceOutcome.VERIFIED, names)) {
            return Answer.refused(call, ServiceOutcome.SERVICE_ERROR);
        }
        return Answer.verified(call, verdicts);
    }

    /** The resident of a NIK when it may be served, or else the refusal, already recorded. */
    private record Served(@Nullable Resident resident, @Nullable Answer refused) {
    }

    private Served served(Nik nik, CallRecord call) {
        Optional<Resident> found;
        try {
            found = register.findByNik(nik);
        } catch (RuntimeException e) {
            return new Served(null, failure(call, e));
        }
        if (found.isEmpty()) {
            return new Served(null, refuse(call, ServiceOutcome.NOT_FOUND));
        }
        ServiceOutcome status = statusOutcome(found.get().status());
        return status != null ? new Served(null, refuse(call, status)) : new Served(found.get(), null);
    }

    private Answer answerPersons(CallRecord call, List<? extends PersonValues> persons, PersonField[] fields) {
        if (!recorder.record(call, ServiceOutcome.FOUND, AccessRecorder.keys(fields))) {
            return Answer.refused(call, ServiceOutcome.SERVICE_ERROR);
        }
        return Answer.found(call, persons, fields);
    }

    private @Nullable Answer consumeQuota(Caller caller, CallRecord call) {
        QuotaDecision decision;
        try {
            decision = quotas.tryConsume(caller.agreement().id(), UserId.of(caller.userId()), JakartaTime.today(clock));
        } catch (RuntimeException e) {
            return failure(call, e);
        }
        return switch (decision.outcome()) {
            case GRANTED -> null;
            case EXHAUSTED_AGREEMENT -> quotaRefused(call, ServiceOutcome.QUOTA_EXHAUSTED_AGREEMENT, decision);
            case EXHAUSTED_USER -> quotaRefused(call, ServiceOutcome.QUOTA_EXHAUSTED_USER, decision);
        };
    }

    private Answer quotaRefused(CallRecord call, ServiceOutcome outcome, QuotaDecision decision) {
        recorder.record(call, outcome, List.of());
        return Answer.quota(call, outcome, decision.resetsAt());
    }

    private Answer failure(CallRecord call, RuntimeException e) {
        // Messages of database errors may quote a NIK: masked, and the stack trace only on debug.
        log.error("Data call {} failed: {}: {}", call.requestId(), e.getClass().getName(), NikMask.maskAll(e.getMessage()));
        log.debug("Data call {} failure", call.requestId(), e);
        return refuse(call, ServiceOutcome.SERVICE_ERROR);
    }

    /** The outcome for a record that is not served; {@code null} for an active one. */
    static @Nullable ServiceOutcome statusOutcome(RecordStatus status) {
        return switch (status) {
            case ACTIVE -> null;
            case DECEASED -> ServiceOutcome.DECEASED;
            case DUPLICATE_BLOCKED -> ServiceOutcome.DUPLICATE_BLOCKED;
            case INACTIVE, MOVED_ABROAD -> ServiceOutcome.RECORD_INACTIVE;
        };
    }
}
