package id.gerbang.access.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the {@code METHOD} path segment to an operation (protocol section 1), case-insensitively:
 * first the agreement's own aliases, then the deployment's ({@code gerbang.access.aliases}), then
 * the names every client of the real service uses.
 */
public final class MethodResolver {

    static final Map<String, MethodAlias> BUILT_IN = Map.of(
            "CALL_NIK", MethodAlias.of(Operation.LOOKUP),
            "NIK", MethodAlias.of(Operation.LOOKUP),
            "BYNIK", MethodAlias.of(Operation.LOOKUP),
            "GET_NIK", MethodAlias.of(Operation.LOOKUP),
            "CALL_NIK_GET_KK", MethodAlias.of(Operation.FAMILY_LOOKUP),
            "CALL_VERIFY_BY_ELEMEN", MethodAlias.of(Operation.VERIFICATION),
            "NIK_VERIFBY_ELEMEN", MethodAlias.of(Operation.VERIFICATION),
            "KONEKSITAS_VERIFBY_ELEMEN", MethodAlias.of(Operation.VERIFICATION));

    private final Map<String, MethodAlias> deployment;

    /** @param deploymentAliases method name (any case) to its meaning */
    public MethodResolver(Map<String, MethodAlias> deploymentAliases) {
        this.deployment = upperKeys(deploymentAliases);
    }

    /**
     * @param agreementAliases the caller's agreement's aliases, keys already in upper case
     *                         (see {@link #upperKeys})
     */
    public Optional<MethodAlias> resolve(String method, Map<String, MethodAlias> agreementAliases) {
        String name = method.strip().toUpperCase(Locale.ROOT);
        MethodAlias alias = agreementAliases.get(name);
        if (alias == null) {
            alias = deployment.get(name);
        }
        if (alias == null) {
            alias = BUILT_IN.get(name);
        }
        return Optional.ofNullable(alias);
    }

    /** The aliases keyed by their upper-case names, as {@link #resolve} expects them. */
    public static Map<String, MethodAlias> upperKeys(Map<String, MethodAlias> aliases) {
        Map<String, MethodAlias> upper = new HashMap<>();
        aliases.forEach((k, v) -> upper.put(k.strip().toUpperCase(Locale.ROOT), v));
        return Map.copyOf(upper);
    }
}
