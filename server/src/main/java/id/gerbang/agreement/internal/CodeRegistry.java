package id.gerbang.agreement.internal;

import id.gerbang.agreement.AgreementError;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.AgreementStatus;
import id.gerbang.agreement.AgreementTerms;
import id.gerbang.agreement.CompatibilitySettings;
import id.gerbang.agreement.internal.AgreementReader.Loaded;
import id.gerbang.common.GerbangException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds agreements by the codes of the compatible URL and keeps those codes unambiguous: a code
 * belongs to at most one live agreement (draft, in force, or expired but extended). An agreement
 * that has ended for good releases its code, so a renewed PKS can keep the agency's old code.
 */
@Component
class CodeRegistry {

    private final AgreementRepository agreements;
    private final AgreementReader reader;

    CodeRegistry(AgreementRepository agreements, AgreementReader reader) {
        this.agreements = agreements;
        this.reader = reader;
    }

    Optional<AgreementId> byAgencyCode(String code, LocalDate today) {
        return best(agreements.idsEverUsingAgencyCode(code), today, c -> c.agencyCode().equalsIgnoreCase(code.strip()));
    }

    Optional<AgreementId> byRegionalPath(String region, String user, LocalDate today) {
        return best(agreements.idsEverUsingRegionalPath(region, user), today, c -> samePath(c, region, user));
    }

    /** Throws if another live agreement uses the settings' agency code or regional path. */
    void requireFree(CompatibilitySettings settings, @Nullable AgreementId self) {
        LocalDate today = reader.today();
        for (AgreementId other : agreements.idsEverUsingAgencyCode(settings.agencyCode())) {
            if (!other.equals(self) && live(other, today, c -> c.agencyCode().equalsIgnoreCase(settings.agencyCode()))) {
                throw new GerbangException(AgreementError.AGENCY_CODE_IN_USE,
                        Map.of("compatibility.agencyCode", "agreement.field.taken"), settings.agencyCode());
            }
        }
        if (settings.regionCode() != null && settings.userPath() != null) {
            String region = settings.regionCode();
            String user = settings.userPath();
            for (AgreementId other : agreements.idsEverUsingRegionalPath(region, user)) {
                if (!other.equals(self) && live(other, today, c -> samePath(c, region, user))) {
                    throw new GerbangException(AgreementError.REGIONAL_PATH_IN_USE,
                            Map.of("compatibility.userPath", "agreement.field.taken"), region + "/" + user);
                }
            }
        }
    }

    private boolean live(AgreementId id, LocalDate today, Predicate<CompatibilitySettings> uses) {
        Optional<Loaded> loaded = reader.tryLoad(id);
        if (loaded.isEmpty() || loaded.get().row().status() == AgreementStatus.TERMINATED) {
            return false;
        }
        Loaded l = loaded.get();
        boolean ended = l.latest().validUntil().isBefore(today);
        if (ended) {
            return false;
        }
        return uses.test(l.folded(today).compatibility()) || uses.test(l.latest().compatibility());
    }

    private Optional<AgreementId> best(List<AgreementId> candidates, LocalDate today,
            Predicate<CompatibilitySettings> matches) {
        return candidates.stream()
                .map(reader::tryLoad).flatMap(Optional::stream)
                .map(l -> l.termsOn(today).or(() -> l.termsOn(reader.today())))
                .flatMap(Optional::stream)
                .filter(t -> matches.test(t.compatibility()))
                .min(Comparator.comparingInt(CodeRegistry::rank)
                        .thenComparing(t -> -t.agreementId().value()))
                .map(AgreementTerms::agreementId);
    }

    private static int rank(AgreementTerms t) {
        return switch (t.status()) {
            case ACTIVE, SUSPENDED -> 0;
            case DRAFT -> 1;
            case EXPIRED -> 2;
            case TERMINATED -> 3;
        };
    }

    private static boolean samePath(CompatibilitySettings c, String region, String user) {
        return region.strip().equals(c.regionCode()) && c.userPath() != null
                && c.userPath().equalsIgnoreCase(user.strip());
    }
}
