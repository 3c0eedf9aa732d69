package id.gerbang.access.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The access module's settings ({@code gerbang.access.*}); documented in {@code docs/access.md}.
 *
 * @param barePath                 the bare lookup path some deployments expose beside the
 *                                 {@code /dukcapil/get_json/...} ones; empty switches it off
 * @param aliases                  extra method names for every agreement: name to operation and
 *                                 field profile; {@code adm_desa} and {@code dinkes} are built in
 * @param profiles                 field profiles: name to wire keys in order; replaces a built-in
 *                                 profile of the same name
 * @param formats                  per field profile: {@code sex-upper-case} and {@code date}
 *                                 ({@code ISO} or {@code DOTTED}); unset keeps the defaults
 * @param texts                    compatible error texts by outcome name, replacing the defaults
 *                                 (e.g. {@code IP_NOT_REGISTERED: "IP Client  Tidak terdaftar"})
 * @param sexUpperCase             {@code LAKI-LAKI}/{@code PEREMPUAN} instead of {@code Laki-Laki}/{@code Perempuan},
 *                                 for every profile that does not set it in {@code formats}
 * @param defaultThreshold         the verification threshold when a caller sends none
 * @param trustedProxies           addresses or CIDR ranges of reverse proxies whose
 *                                 {@code X-Forwarded-For} is believed; empty means none
 * @param claimedIpMustBeRegistered whether the {@code ip_user} a caller claims must also be registered
 * @param maxBodyBytes             larger request bodies are answered unread: code 07 on the
 *                                 compatible surface, 422 on the v1 API
 * @param maxFeedbackBodyBytes     the same bound for a v1 data-balikan batch ({@code POST /api/v1/feedback}),
 *                                 which carries up to 1,000 records (about 300 KB): 1 MiB, the most any
 *                                 JSON document may be ({@code common.JsonLimits}); larger is 413 unread
 * @param credentialCacheTtl       how long a verified user+password pair is remembered
 * @param tokenTtl                 lifetime of a v1 bearer token
 */
@ConfigurationProperties("gerbang.access")
@Validated
public record AccessProperties(
        @DefaultValue("/CALL_NIK") String barePath,
        @Nullable Map<String, Alias> aliases,
        @Nullable Map<String, List<String>> profiles,
        @Nullable Map<String, FieldProfiles.Format> formats,
        @Nullable Map<String, String> texts,
        @DefaultValue("false") boolean sexUpperCase,
        @DefaultValue("90") @Min(0) @Max(100) int defaultThreshold,
        @Nullable List<String> trustedProxies,
        @DefaultValue("false") boolean claimedIpMustBeRegistered,
        @DefaultValue("65536") @Min(1024) int maxBodyBytes,
        @DefaultValue("1048576") @Min(1024) @Max(1048576) int maxFeedbackBodyBytes,
        @DefaultValue("60s") Duration credentialCacheTtl,
        @DefaultValue("30m") Duration tokenTtl) {

    /** What an alias means: an operation and optionally a field profile. */
    public record Alias(Operation operation, @Nullable String profile) {
    }

    static final Map<String, Alias> BUILT_IN_ALIASES = Map.of(
            "adm_desa", new Alias(Operation.LOOKUP, "adm_desa"),
            "dinkes", new Alias(Operation.LOOKUP, "dinkes"));

    public AccessProperties {
        Map<String, Alias> merged = new HashMap<>(BUILT_IN_ALIASES);
        if (aliases != null) {
            merged.putAll(aliases);
        }
        aliases = Map.copyOf(merged);
        profiles = profiles == null ? Map.of() : Map.copyOf(profiles);
        formats = formats == null ? Map.of() : Map.copyOf(formats);
        texts = texts == null ? Map.of() : Map.copyOf(texts);
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }

    /** The defaults, as without any configuration. */
    public static AccessProperties defaults() {
        return new AccessProperties("/CALL_NIK", null, null, null, null, false, 90, null, false, 65536, 1048576,
                Duration.ofSeconds(60), Duration.ofMinutes(30));
    }

    public Map<String, MethodAlias> methodAliases() {
        Map<String, MethodAlias> out = new HashMap<>();
        aliases().forEach((name, alias) -> out.put(name, new MethodAlias(alias.operation(), alias.profile())));
        return out;
    }
}
