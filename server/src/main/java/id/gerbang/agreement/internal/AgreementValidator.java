package id.gerbang.agreement.internal;

import id.gerbang.agreement.AgreementError;
import id.gerbang.agreement.Channel;
import id.gerbang.agreement.CompatibilitySettings;
import id.gerbang.agreement.Element;
import id.gerbang.agreement.ElementGrant;
import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rules every agreement and addendum must satisfy, whoever calls the facade. Violations are
 * problem details naming the fields at fault.
 */
@Component
class AgreementValidator {

    static final Pattern AGENCY_CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    static final Pattern COMPAT_REGION = Pattern.compile("\\d{2}(-\\d{2})?");
    static final Pattern PATH_SEGMENT = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    static final Pattern PROFILE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    static final int MAX_ALIASES = 50;

    private final AgreementProperties properties;

    AgreementValidator(AgreementProperties properties) {
        this.properties = properties;
    }

    static String required(@Nullable String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new GerbangException(CommonError.VALIDATION_FAILED, Map.of(field, "validation.NotBlank"));
        }
        if (value.strip().length() > max) {
            throw new GerbangException(CommonError.VALIDATION_FAILED, Map.of(field, "agreement.field.tooLong"));
        }
        return value.strip();
    }

    static String reason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new GerbangException(AgreementError.REASON_REQUIRED, Map.of("reason", "validation.NotBlank"));
        }
        if (reason.strip().length() > 1000) {
            throw new GerbangException(CommonError.VALIDATION_FAILED, Map.of("reason", "agreement.field.tooLong"));
        }
        return reason.strip();
    }

    void validity(LocalDate signedOn, LocalDate validFrom, LocalDate validUntil) {
        if (validFrom.isBefore(signedOn)) {
            throw new GerbangException(AgreementError.INVALID_VALIDITY,
                    Map.of("validFrom", "agreement.field.notBeforeSigning"));
        }
        if (validUntil.isBefore(validFrom)) {
            throw new GerbangException(AgreementError.INVALID_VALIDITY,
                    Map.of("validUntil", "agreement.field.notBeforeValidFrom"));
        }
    }

    void elements(ElementGrant grant) {
        if (grant.elements().isEmpty()) {
            throw new GerbangException(AgreementError.NO_ELEMENT_GRANTED,
                    Map.of("elements", "validation.NotEmpty"));
        }
        Set<Element> missing = grant.missingReasons();
        if (!missing.isEmpty()) {
            Map<String, String> fields = new LinkedHashMap<>();
            missing.forEach(e -> fields.put("protectedElementReasons." + e.name(), "agreement.field.reasonRequired"));
            throw new GerbangException(AgreementError.PROTECTED_ELEMENT_NEEDS_REASON, fields,
                    missing.stream().map(Element::name).collect(Collectors.joining(", ")));
        }
        grant.reasons().values().forEach(r -> {
            if (r.length() > 1000) {
                throw new GerbangException(CommonError.VALIDATION_FAILED,
                        Map.of("protectedElementReasons", "agreement.field.tooLong"));
            }
        });
    }

    void channels(@Nullable Set<Channel> channels) {
        if (channels == null || channels.isEmpty()) {
            throw new GerbangException(AgreementError.NO_CHANNEL, Map.of("channels", "validation.NotEmpty"));
        }
    }

    void quota(int quota) {
        if (quota < 1 || quota > properties.maxDailyQuota()) {
            throw new GerbangException(AgreementError.QUOTA_OUT_OF_RANGE, Map.of("dailyQuota", "validation.Invalid"),
                    quota, properties.maxDailyQuota());
        }
    }

    void compatibility(CompatibilitySettings c) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (!AGENCY_CODE.matcher(c.agencyCode()).matches()) {
            fields.put("compatibility.agencyCode", "validation.Pattern");
        }
        if (c.regionCode() != null && !COMPAT_REGION.matcher(c.regionCode()).matches()) {
            fields.put("compatibility.regionCode", "validation.Pattern");
        }
        if (c.userPath() != null && !PATH_SEGMENT.matcher(c.userPath()).matches()) {
            fields.put("compatibility.userPath", "validation.Pattern");
        }
        if ((c.regionCode() == null) != (c.userPath() == null)) {
            fields.put(c.regionCode() == null ? "compatibility.regionCode" : "compatibility.userPath",
                    "agreement.field.regionalPathPair");
        }
        if (!PROFILE.matcher(c.fieldProfile()).matches()) {
            fields.put("compatibility.fieldProfile", "validation.Pattern");
        }
        if (c.aliases().size() > MAX_ALIASES) {
            fields.put("compatibility.aliases", "agreement.field.tooMany");
        }
        c.aliases().forEach((alias, method) -> {
            if (!PROFILE.matcher(alias).matches()
                    || (method.profile() != null && !PROFILE.matcher(method.profile()).matches())) {
                fields.put("compatibility.aliases." + alias, "validation.Pattern");
            }
        });
        if (!fields.isEmpty()) {
            throw new GerbangException(AgreementError.INVALID_COMPATIBILITY, fields);
        }
    }

    void effectiveFrom(LocalDate effectiveFrom, LocalDate today) {
        if (effectiveFrom.isBefore(today)) {
            throw new GerbangException(AgreementError.EFFECTIVE_DATE_IN_PAST,
                    Map.of("effectiveFrom", "agreement.field.notInPast"), today.toString());
        }
    }
}
