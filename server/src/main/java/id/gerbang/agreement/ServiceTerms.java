package id.gerbang.agreement;

import id.gerbang.agreement.CompatibilitySettings.Operation;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an agreement lets its agency do with the data web services, beyond which elements: each
 * operation is a grant of its own (a lookup by NIK does not imply a family lookup, which returns
 * every member of a household), and whether every call must name the agency's local end user and
 * the purpose of the call.
 *
 * @param operations        the operations granted, on both surfaces (compatible and v1)
 * @param localUserRequired every data call must carry the local end user ({@code user_lokal}) and the
 *                          purpose ({@code keperluan}); refused with {@code LOCAL_USER_REQUIRED} otherwise
 */
public record ServiceTerms(Set<Operation> operations, boolean localUserRequired) {

    /**
     * What an agreement grants unless it says otherwise: lookup and verification by elements; no
     * family lookup (the seed agreement grants access "melalui NIK" only); no local user required.
     */
    public static final ServiceTerms DEFAULT = new ServiceTerms(
            EnumSet.of(Operation.NIK_LOOKUP, Operation.VERIFY_BY_ELEMENTS), false);

    public ServiceTerms {
        Set<Operation> ops = EnumSet.noneOf(Operation.class);
        ops.addAll(operations);
        operations = Collections.unmodifiableSet(ops);
    }

    public boolean grants(Operation operation) {
        return operations.contains(operation);
    }
}
