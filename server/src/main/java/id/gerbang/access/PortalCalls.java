package id.gerbang.access;

import id.gerbang.access.internal.AgreementContexts;
import id.gerbang.access.internal.Answer;
import id.gerbang.access.internal.CompatibleResponseWriter;
import id.gerbang.access.internal.ElementVerdict;
import id.gerbang.access.internal.Labels;
import id.gerbang.access.internal.PersonField;
import id.gerbang.access.internal.PersonValues;
import id.gerbang.access.internal.V1Request;
import id.gerbang.access.internal.V1Service;
import id.gerbang.account.AccountView;
import id.gerbang.agreement.Element;
import id.gerbang.common.JakartaTime;
import java.net.InetAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The data calls of the web portal, for a signed-in agency operator: the same steps, checks, order
 * and outcome codes as the v1 web service (through the same code, {@code V1Service}), for the
 * channel {@code WEB_PORTAL}, with the operator's user ID and connection address, and the purpose
 * in the access log. Answers hold only what the agreement grants, as text for people.
 */
@Service
public class PortalCalls {

    /** One element as the portal shows it: the element's key, its Indonesian label, its value as text. */
    public record Shown(String key, String label, @Nullable String value) {
    }

    /** One element's verdict: "Sesuai" / "Tidak Sesuai" and its similarity score (0-100). */
    public record Verdict(String key, String label, boolean matched, int score, String text) {
    }

    /**
     * A portal call's answer.
     *
     * @param requestId the access log's request id
     * @param outcome   {@link ServiceOutcome#FOUND} / {@link ServiceOutcome#VERIFIED} or the refusal
     * @param elements  a found lookup's granted elements, in the agreement's order
     * @param verdicts  a verification's verdicts
     * @param threshold the verification's threshold
     */
    public record PortalAnswer(String requestId, ServiceOutcome outcome, List<Shown> elements, List<Verdict> verdicts,
            int threshold) {

        public boolean answered() {
            return outcome == ServiceOutcome.FOUND || outcome == ServiceOutcome.VERIFIED;
        }
    }

    private final V1Service service;
    private final AgreementContexts agreements;
    private final Labels labels;
    private final Clock clock;

    PortalCalls(V1Service service, AgreementContexts agreements, Labels labels, Clock clock) {
        this.service = service;
        this.agreements = agreements;
        this.labels = labels;
        this.clock = clock;
    }

    /** Looks up one NIK. */
    public PortalAnswer lookup(AccountView operator, InetAddress source, String nik, String purpose) {
        Answer answer = service.portalLookup(operator, source, request(nik, Map.of(), null, purpose, operator));
        List<Shown> shown = new ArrayList<>();
        if (answer.outcome() == ServiceOutcome.FOUND && !answer.persons().isEmpty()) {
            PersonValues person = answer.persons().getFirst();
            // for people: in the catalogue's order (family card, identity, birth, ..., address)
            PersonField[] fields = answer.fields().clone();
            java.util.Arrays.sort(fields);
            for (PersonField field : fields) {
                shown.add(new Shown(field.key(), label(field),
                        CompatibleResponseWriter.displayValue(labels, field, person.value(field))));
            }
        }
        return new PortalAnswer(answer.requestId(), answer.outcome(), List.copyOf(shown), List.of(), 0);
    }

    /**
     * Verifies the values an operator typed against the register.
     *
     * @param elements  element key to the value typed (blank values are left out)
     * @param threshold as typed; {@code null} for the deployment's default
     */
    public PortalAnswer verify(AccountView operator, InetAddress source, String nik, Map<String, String> elements,
            @Nullable String threshold, String purpose) {
        V1Service.Result result = service.portalVerify(operator, source,
                request(nik, elements, threshold, purpose, operator));
        List<Verdict> verdicts = new ArrayList<>();
        for (ElementVerdict v : result.answer().verdicts()) {
            verdicts.add(new Verdict(v.field().key(), label(v.field()), v.matched(), v.score(), v.text()));
        }
        return new PortalAnswer(result.answer().requestId(), result.answer().outcome(), List.of(), List.copyOf(verdicts),
                result.threshold());
    }

    /** The elements the operator's agreement grants that can be verified (no values), for the form. */
    public List<Shown> verifiableElements(AccountView operator) {
        if (operator.agreement() == null) {
            return List.of();
        }
        List<Shown> result = new ArrayList<>();
        var granted = agreements.on(operator.agreement(), JakartaTime.today(clock)).granted();
        for (PersonField field : PersonField.values()) {
            if (field.verifiable() && granted.contains(field)) {
                result.add(new Shown(field.key(), label(field), null));
            }
        }
        return List.copyOf(result);
    }

    private static V1Request request(String nik, Map<String, String> elements, @Nullable String threshold,
            String purpose, AccountView operator) {
        // the operator is the person at the agency: its own user ID is the call's local user
        return new V1Request(true, nik, null, Map.copyOf(elements), threshold, purpose, operator.userId().value());
    }

    private static String label(PersonField field) {
        return Element.valueOf(field.name()).label();
    }
}
