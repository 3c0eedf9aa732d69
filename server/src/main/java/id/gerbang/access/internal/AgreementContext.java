package id.gerbang.access.internal;

import id.gerbang.access.ServiceOutcome;
import id.gerbang.agreement.AccessDecision;
import id.gerbang.agreement.AccessReason;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.AgreementTerms;
import id.gerbang.agreement.Channel;
import id.gerbang.agreement.CompatibilitySettings;
import id.gerbang.agreement.Element;
import id.gerbang.agreement.ServiceTerms;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What the access checks need to know of one agreement on one Jakarta day, computed once and kept
 * in memory (see {@link AgreementContexts}): the decision whether it grants access, the granted
 * fields, the compatible settings, and the projections per field profile.
 */
public final class AgreementContext {

    /** The longest local end user a call may name: the access log's {@code local_user} column. */
    public static final int MAX_LOCAL_USER = 128;

    private final AgreementId id;
    private final LocalDate day;
    private final AccessReason reason;
    private final Set<PersonField> granted;
    private final Set<Channel> channels;
    private final ServiceTerms service;
    private final @Nullable CompatibilitySettings compatibility;
    private final boolean identityAsString;
    private final Map<String, MethodAlias> aliases;
    private final FieldProfiles profiles;
    private final Map<String, PersonField[]> projections = new ConcurrentHashMap<>();
    private final Map<String, WireStyle> styles = new ConcurrentHashMap<>();

    AgreementContext(AgreementId id, LocalDate day, AccessDecision decision, FieldProfiles profiles) {
        this.id = id;
        this.day = day;
        this.reason = decision.reason();
        this.profiles = profiles;
        AgreementTerms terms = decision.terms();
        EnumSet<PersonField> fields = EnumSet.noneOf(PersonField.class);
        if (terms != null) {
            for (Element e : terms.grantedElements()) {
                PersonField.byKey(e.wireKey()).ifPresent(fields::add);
            }
        }
        this.granted = Collections.unmodifiableSet(fields);
        this.channels = terms == null ? Set.of() : terms.channels();
        this.service = terms == null ? new ServiceTerms(Set.of(), false) : terms.service();
        this.compatibility = terms == null ? null : terms.compatibility();
        this.identityAsString = compatibility != null && compatibility.numbersAsStrings();
        Map<String, MethodAlias> own = new HashMap<>();
        if (compatibility != null) {
            compatibility.aliases().forEach((name, alias) -> own.put(name, new MethodAlias(operation(alias.operation()), alias.profile())));
        }
        this.aliases = MethodResolver.upperKeys(own);
    }

    static Operation operation(CompatibilitySettings.Operation operation) {
        return switch (operation) {
            case NIK_LOOKUP -> Operation.LOOKUP;
            case FAMILY_LOOKUP -> Operation.FAMILY_LOOKUP;
            case VERIFY_BY_ELEMENTS -> Operation.VERIFICATION;
        };
    }

    public AgreementId id() {
        return id;
    }

    public LocalDate day() {
        return day;
    }

    /** Why the agreement does or does not grant access on {@link #day()}. */
    public AccessReason reason() {
        return reason;
    }

    public Set<PersonField> granted() {
        return granted;
    }

    public boolean allows(Channel channel) {
        return channels.contains(channel);
    }

    /** How values are written for {@code profile} (the agreement's own when null): its formats, the agreement's numbers. */
    /**
     * Whether the agreement lets a call of {@code operation} through: the operation must be granted
     * ({@code OPERATION_NOT_GRANTED}), and where the agreement requires it the call must name its
     * local end user and purpose ({@code LOCAL_USER_REQUIRED}); a local end user longer than
     * {@link #MAX_LOCAL_USER} characters is refused as {@code INVALID_PARAMETERS} rather than cut
     * (a cut name could name someone else). {@code null} when it may go on.
     */
    public @Nullable ServiceOutcome refusal(Operation operation, @Nullable String localUser, @Nullable String purpose) {
        if (operation == Operation.FEEDBACK) {
            return null; // data balikan is the agreement's obligation, not a grant (its terms are checked per record)
        }
        CompatibilitySettings.Operation granted = switch (operation) {
            case LOOKUP -> CompatibilitySettings.Operation.NIK_LOOKUP;
            case FAMILY_LOOKUP -> CompatibilitySettings.Operation.FAMILY_LOOKUP;
            case VERIFICATION -> CompatibilitySettings.Operation.VERIFY_BY_ELEMENTS;
            case FEEDBACK -> throw new IllegalStateException("answered above");
        };
        if (!service.grants(granted)) {
            return ServiceOutcome.OPERATION_NOT_GRANTED;
        }
        if (localUser != null && localUser.length() > MAX_LOCAL_USER) {
            return ServiceOutcome.INVALID_PARAMETERS;
        }
        if (service.localUserRequired() && (blank(localUser) || blank(purpose))) {
            return ServiceOutcome.LOCAL_USER_REQUIRED;
        }
        return null;
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    public WireStyle style(@Nullable String profile) {
        String name = profile == null ? profile() : profile;
        return styles.computeIfAbsent(name, p -> profiles.style(p, identityAsString));
    }

    /** The agreement's own method aliases, keys in upper case. */
    public Map<String, MethodAlias> aliases() {
        return aliases;
    }

    /** The agreement's field profile, unless a method alias names another. */
    public String profile() {
        return compatibility == null ? FieldProfiles.STANDARD : compatibility.fieldProfile();
    }

    /** The granted fields in the order of {@code profile} (the agreement's own when null). */
    public PersonField[] fields(@Nullable String profile) {
        String name = profile == null ? profile() : profile;
        return projections.computeIfAbsent(name, p -> profiles.project(p, granted));
    }

    /** Whether a call to {@code /dukcapil/get_json/{agency}/...} belongs to this agreement. */
    public boolean matchesAgencyPath(String agency) {
        return compatibility != null && compatibility.agencyCode().equalsIgnoreCase(agency.strip());
    }

    /** Whether a call to {@code /dukcapil/get_json/{region}/{user}/...} belongs to this agreement. */
    public boolean matchesRegionalPath(String region, String user) {
        return compatibility != null && compatibility.regionCode() != null && compatibility.userPath() != null
                && compatibility.regionCode().equalsIgnoreCase(region.strip())
                && compatibility.userPath().equalsIgnoreCase(user.strip());
    }
}
