package id.gerbang.access.internal;

import id.gerbang.access.ServiceOutcome;
import id.gerbang.audit.AccessChannel;
import id.gerbang.registry.InvalidNoKkException;
import id.gerbang.registry.Nik;
import id.gerbang.registry.NoKk;
import java.net.InetAddress;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * One call to the Dukcapil-compatible surface, from raw request to {@link Answer}: lenient reading,
 * the {@link AccessGate} checks, the method, the request's validity (a malformed NIK is answered
 * without touching the register), then {@link DataAccess}. The controller only moves bytes.
 */
@Component
public class CompatibleService {

    /** Which agreements a URL shape accepts: the agency code, the region and user, or any (bare path). */
    public record Path(@Nullable String agency, @Nullable String region, @Nullable String user) {

        public static final Path BARE = new Path(null, null, null);

        Predicate<AgreementContext> matcher() {
            if (agency != null) {
                return a -> a.matchesAgencyPath(agency);
            }
            if (region != null && user != null) {
                return a -> a.matchesRegionalPath(region, user);
            }
            return a -> true;
        }
    }

    /**
     * The answer, the operation it answers (the error envelope differs for verification) and how
     * the caller's agreement wants values written.
     */
    public record Result(Operation operation, Answer answer, WireStyle style) {

        Result(Operation operation, Answer answer) {
            this(operation, answer, WireStyle.DEFAULT);
        }
    }

    private final AccessGate gate;
    private final DataAccess data;
    private final MethodResolver methods;
    private final AccessProperties properties;
    private final Readiness readiness;

    private final FeedbackCalls feedback;

    CompatibleService(AccessGate gate, DataAccess data, MethodResolver methods, AccessProperties properties,
            Readiness readiness, FeedbackCalls feedback) {
        this.readiness = readiness;
        this.feedback = feedback;
        this.gate = gate;
        this.data = data;
        this.methods = methods;
        this.properties = properties;
    }

    /**
     * @param body   the raw body, or {@code null} when it exceeded {@code gerbang.access.max-body-bytes}
     * @param source the caller's real address ({@link ClientAddresses})
     */
    public Result handle(String method, Path path, byte @Nullable [] body, Map<String, String[]> query, InetAddress source) {
        CallRecord call = new CallRecord(AccessChannel.WEB_SERVICE_COMPATIBLE);
        CompatibleRequest request = CompatibleRequestParser.parse(body == null ? new byte[0] : body, query);
        SentNik nik = SentNik.of(request.nik());
        MethodAlias early = methods.resolve(method, Map.of()).orElse(null);
        Operation operation = early == null ? Operation.LOOKUP : early.operation();
        call.operation(operation)
                .source(source.getHostAddress(), request.claimedIp())
                .subject(nik, request.noKk())
                .localUser(request.localUser())
                .purpose(request.purpose());
        if (!readiness.acceptsCalls()) {
            // still starting (the demo population loading): no sign-in, no register, no quota
            return new Result(operation, data.refuse(call, ServiceOutcome.SERVICE_ERROR));
        }
        if (body == null) {
            return new Result(operation, data.refuse(call, ServiceOutcome.INVALID_PARAMETERS));
        }
        Admission admission = gate.admit(request.userId(), request.password(), source, request.claimedIp(), path.matcher());
        call.caller(admission.userId(), admission.agency(), admission.agreement());
        if (!admission.isAdmitted()) {
            return new Result(operation, data.refuse(call, admission.refusal()));
        }
        Caller caller = admission.caller();
        Map<String, MethodAlias> own = caller.agreement().aliases();
        // without aliases of its own, the agreement resolves the method as resolved above
        MethodAlias alias = own.isEmpty() ? early : methods.resolve(method, own).orElse(null);
        if (alias == null) {
            return new Result(operation, data.refuse(call, ServiceOutcome.INVALID_PARAMETERS));
        }
        operation = alias.operation();
        call.operation(operation);
        ServiceOutcome refused = caller.agreement().refusal(operation, request.localUser(), request.purpose());
        if (refused != null) {
            return new Result(operation, data.refuse(call, refused));
        }
        Answer answer = switch (operation) {
            case LOOKUP -> lookup(caller, alias, nik, call);
            case FAMILY_LOOKUP -> family(caller, alias, nik, request, call);
            case VERIFICATION -> verify(caller, nik, request, call);
            case FEEDBACK -> data.refuse(call, ServiceOutcome.INVALID_PARAMETERS); // an alias to it: only CALL_DATA_BALIKAN carries it
        };
        return new Result(operation, answer, caller.agreement().style(alias.profile()));
    }

    /** The data-balikan method {@code CALL_DATA_BALIKAN} ({@link FeedbackCalls#compatible}). */
    public FeedbackCalls.CompatibleReply feedback(Path path, byte @Nullable [] body, Map<String, String[]> query,
            InetAddress source) {
        return feedback.compatible(path, body, query, source);
    }

    private Answer lookup(Caller caller, MethodAlias alias, @Nullable SentNik sent, CallRecord call) {
        if (sent == null) {
            return data.refuse(call, ServiceOutcome.INVALID_PARAMETERS);
        }
        Nik nik = sent.nik();
        if (nik == null) {
            return data.refuse(call, ServiceOutcome.NIK_FORMAT_INVALID);
        }
        return data.lookup(caller, nik, caller.agreement().fields(alias.profile()), call);
    }

    private Answer family(Caller caller, MethodAlias alias, @Nullable SentNik sent, CompatibleRequest request,
            CallRecord call) {
        if (!caller.agreement().granted().contains(PersonField.NO_KK)) {
            return data.refuse(call, ServiceOutcome.ELEMENT_NOT_GRANTED);
        }
        if (sent != null) {
            Nik nik = sent.nik();
            return nik == null ? data.refuse(call, ServiceOutcome.NIK_FORMAT_INVALID)
                    : data.family(caller, nik, null, caller.agreement().fields(alias.profile()), call);
        }
        if (request.noKk() != null) {
            try {
                return data.family(caller, null, NoKk.parse(request.noKk()), caller.agreement().fields(alias.profile()), call);
            } catch (InvalidNoKkException e) {
                return data.refuse(call, ServiceOutcome.NIK_FORMAT_INVALID);
            }
        }
        return data.refuse(call, ServiceOutcome.INVALID_PARAMETERS);
    }

    private Answer verify(Caller caller, @Nullable SentNik sent, CompatibleRequest request, CallRecord call) {
        if (sent == null) {
            return data.refuse(call, ServiceOutcome.INVALID_PARAMETERS);
        }
        Nik nik = sent.nik();
        if (nik == null) {
            return data.refuse(call, ServiceOutcome.NIK_FORMAT_INVALID);
        }
        OptionalInt threshold = ElementVerifier.parseThreshold(request.threshold(), properties.defaultThreshold());
        if (threshold.isEmpty() || !anythingToVerify(request.elements(), caller)) {
            return data.refuse(call, ServiceOutcome.INVALID_PARAMETERS);
        }
        return data.verify(caller, nik, request.elements(), threshold.getAsInt(), call);
    }

    /** A sent element that is a verification element and granted; others count as unknown keys. */
    static boolean anythingToVerify(ElementValues sent, Caller caller) {
        for (PersonField f : caller.agreement().granted()) {
            if (f.verifiable() && sent.has(f)) {
                return true;
            }
        }
        return false;
    }
}
