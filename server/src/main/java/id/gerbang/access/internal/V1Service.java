package id.gerbang.access.internal;

import id.gerbang.access.ServiceOutcome;
import id.gerbang.account.AccountView;
import id.gerbang.audit.AccessChannel;
import id.gerbang.registry.InvalidNoKkException;
import id.gerbang.registry.Nik;
import id.gerbang.registry.NoKk;
import java.net.InetAddress;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;

/**
 * The v1 API's data calls, from a caller identified by its bearer token to an {@link Answer}: the
 * checks from "user active" on (the token stands for the password), the request's validity, then
 * {@link DataAccess}. Unlike the compatible surface, a verification naming an element the
 * agreement does not grant is refused outright ({@code ELEMENT_NOT_GRANTED}) and an unknown element
 * name is a client error: a modern client deserves to hear about its mistakes.
 */
@Component
public class V1Service {

    /** An answer and the verification threshold it used. */
    public record Result(Answer answer, int threshold) {
    }

    private final AccessGate gate;
    private final DataAccess data;
    private final AccessProperties properties;
    private final Readiness readiness;

    V1Service(AccessGate gate, DataAccess data, AccessProperties properties, Readiness readiness) {
        this.readiness = readiness;
        this.gate = gate;
        this.data = data;
        this.properties = properties;
    }

    public static CallRecord call(Operation operation, InetAddress source, AccountView account) {
        return call(AccessChannel.WEB_SERVICE_V1, operation, source, account);
    }

    private static CallRecord call(AccessChannel channel, Operation operation, InetAddress source, AccountView account) {
        return new CallRecord(channel).operation(operation)
                .source(source.getHostAddress(), null)
                .caller(account.userId().value(), account.agency(), account.agreement());
    }

    /**
     * Who may call through a channel: the v1 API's service accounts, or the web portal's operators
     * (channel {@code WEB_PORTAL}, logged as such). Both pass the same steps below.
     */
    private enum Surface {
        V1(AccessChannel.WEB_SERVICE_V1),
        PORTAL(AccessChannel.WEB_PORTAL);

        final AccessChannel channel;

        Surface(AccessChannel channel) {
            this.channel = channel;
        }
    }

    private Admission admit(Surface surface, AccountView account, InetAddress source) {
        if (!readiness.acceptsCalls()) {
            // still starting (the demo population loading): 503, no register, no quota
            return Admission.refused(ServiceOutcome.SERVICE_ERROR, account.userId().value(), account.agency(), null);
        }
        return surface == Surface.PORTAL ? gate.admitOperator(account, source)
                : gate.admitAccount(account, source, null, a -> true);
    }

    /** A lookup from the web portal by a signed-in operator: the v1 lookup's steps, channel WEB_PORTAL. */
    public Answer portalLookup(AccountView operator, InetAddress source, V1Request request) {
        return lookup(Surface.PORTAL, operator, source, request);
    }

    /** A verification from the web portal by a signed-in operator: the v1 verification's steps, channel WEB_PORTAL. */
    public Result portalVerify(AccountView operator, InetAddress source, V1Request request) {
        return verify(Surface.PORTAL, operator, source, request);
    }

    public Answer lookup(AccountView account, InetAddress source, V1Request request) {
        return lookup(Surface.V1, account, source, request);
    }

    private Answer lookup(Surface surface, AccountView account, InetAddress source, V1Request request) {
        SentNik sent = SentNik.of(request.nik());
        CallRecord call = call(surface.channel, Operation.LOOKUP, source, account).subject(sent, null).purpose(request.purpose())
                .localUser(request.localUser());
        Admission admission = admit(surface, account, source);
        if (!admission.isAdmitted()) {
            return data.refuse(call, admission.refusal());
        }
        Caller caller = admission.caller();
        ServiceOutcome refused = caller.agreement().refusal(Operation.LOOKUP, request.localUser(), request.purpose());
        if (refused != null) {
            return data.refuse(call, refused);
        }
        if (!request.readable() || sent == null) {
            return data.refuse(call, ServiceOutcome.INVALID_PARAMETERS);
        }
        Nik nik = sent.nik();
        if (nik == null) {
            return data.refuse(call, ServiceOutcome.NIK_FORMAT_INVALID);
        }
        return data.lookup(caller, nik, caller.agreement().fields(null), call);
    }

    public Answer family(AccountView account, InetAddress source, V1Request request) {
        SentNik sent = SentNik.of(request.nik());
        CallRecord call = call(Operation.FAMILY_LOOKUP, source, account).subject(sent, request.noKk())
                .purpose(request.purpose())
                .localUser(request.localUser());
        Admission admission = gate.admitAccount(account, source, null, a -> true);
        if (!admission.isAdmitted()) {
            return data.refuse(call, admission.refusal());
        }
        Caller caller = admission.caller();
        ServiceOutcome refused = caller.agreement().refusal(Operation.FAMILY_LOOKUP, request.localUser(), request.purpose());
        if (refused != null) {
            return data.refuse(call, refused);
        }
        if (!caller.agreement().granted().contains(PersonField.NO_KK)) {
            return data.refuse(call, ServiceOutcome.ELEMENT_NOT_GRANTED);
        }
        if (!request.readable() || (request.nik() == null) == (request.noKk() == null)) {
            return data.refuse(call, ServiceOutcome.INVALID_PARAMETERS); // exactly one of the two
        }
        PersonField[] fields = caller.agreement().fields(null);
        if (sent != null) {
            Nik nik = sent.nik();
            return nik == null ? data.refuse(call, ServiceOutcome.NIK_FORMAT_INVALID)
                    : data.family(caller, nik, null, fields, call);
        }
        try {
            return data.family(caller, null, NoKk.parse(request.noKk()), fields, call);
        } catch (InvalidNoKkException e) {
            return data.refuse(call, ServiceOutcome.NIK_FORMAT_INVALID);
        }
    }

    public Result verify(AccountView account, InetAddress source, V1Request request) {
        return verify(Surface.V1, account, source, request);
    }

    private Result verify(Surface surface, AccountView account, InetAddress source, V1Request request) {
        SentNik sent = SentNik.of(request.nik());
        CallRecord call = call(surface.channel, Operation.VERIFICATION, source, account).subject(sent, null).purpose(request.purpose())
                .localUser(request.localUser());
        int threshold = properties.defaultThreshold();
        Admission admission = admit(surface, account, source);
        if (!admission.isAdmitted()) {
            return new Result(data.refuse(call, admission.refusal()), threshold);
        }
        Caller caller = admission.caller();
        ServiceOutcome refused = caller.agreement().refusal(Operation.VERIFICATION, request.localUser(), request.purpose());
        if (refused != null) {
            return new Result(data.refuse(call, refused), threshold);
        }
        if (!request.readable() || sent == null || request.elements().isEmpty()) {
            return new Result(data.refuse(call, ServiceOutcome.INVALID_PARAMETERS), threshold);
        }
        OptionalInt parsed = ElementVerifier.parseThreshold(request.threshold(), threshold);
        if (parsed.isEmpty()) {
            return new Result(data.refuse(call, ServiceOutcome.INVALID_PARAMETERS), threshold);
        }
        threshold = parsed.getAsInt();
        ElementValues values = new ElementValues();
        for (Map.Entry<String, String> e : request.elements().entrySet()) {
            Optional<PersonField> field = PersonField.byKey(e.getKey());
            if (field.isEmpty() || !field.get().verifiable() || e.getValue() == null || e.getValue().isBlank()) {
                return new Result(data.refuse(call, ServiceOutcome.INVALID_PARAMETERS), threshold);
            }
            if (!caller.agreement().granted().contains(field.get())) {
                return new Result(data.refuse(call, ServiceOutcome.ELEMENT_NOT_GRANTED), threshold);
            }
            values.offer(field.get(), e.getValue());
        }
        Nik nik = sent.nik();
        if (nik == null) {
            return new Result(data.refuse(call, ServiceOutcome.NIK_FORMAT_INVALID), threshold);
        }
        return new Result(data.verify(caller, nik, values, threshold, call), threshold);
    }
}
