package id.gerbang.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Cooperation agreements (PKS): queries for the modules that enforce them, and the registry
 * administrators' lifecycle commands. Every change records who made it, publishes
 * {@link AgreementChanged} and an {@link id.gerbang.common.AdministrativeAction}, in the same
 * transaction. Failures are {@link id.gerbang.common.GerbangException}s with an
 * {@link AgreementError}.
 */
public interface Agreements {

    // ---- queries -------------------------------------------------------------------------

    Optional<AgreementView> find(AgreementId id);

    /** One page of agreements, newest first, optionally filtered by status and/or agency. */
    PageResult<AgreementView> list(@Nullable AgreementStatus status, @Nullable AgencyId agency, int page, int size);

    /** The agency's agreements, newest first. */
    List<AgreementView> forAgency(AgencyId agency);

    /**
     * Every agreement by agency, each agency's newest first (as {@link #forAgency}), read in a fixed
     * number of queries: for views across all agencies (compliance status, overdue reports, the
     * evaluation), where {@link #forAgency} per agency would cost several queries per agreement.
     */
    Map<AgencyId, List<AgreementView>> byAgency();

    /**
     * The agreement whose compatibility settings use this agency code today ({@code {INSTANSI}} of
     * the compatible URL, matched case-insensitively). If several agreements used it over time,
     * the one that grants access today wins, then the newest.
     */
    Optional<AgreementView> findByAgencyCode(String agencyCode);

    /** Like {@link #findByAgencyCode}, for the regional URL shape ({@code {KODE_WILAYAH}/{USER}}). */
    Optional<AgreementView> findByRegionalPath(String regionCode, String userPath);

    /**
     * The terms on a Jakarta day, reconstructed from the original terms and every change effective
     * on or before it, with the status at the end of that day. Empty if the agreement does not exist
     * or was not yet recorded by the end of that day.
     */
    Optional<AgreementTerms> termsOn(AgreementId id, LocalDate date);

    /** Whether the agreement grants access on a Jakarta day (its status at the end of that day). */
    AccessDecision grantsAccessOn(AgreementId id, LocalDate date);

    /** Whether the agreement grants access at this instant of the clock. */
    AccessDecision grantsAccessNow(AgreementId id);

    AgreementHistory history(AgreementId id);

    // ---- commands ------------------------------------------------------------------------

    /** Records a new agreement as {@link AgreementStatus#DRAFT}. */
    AgreementView create(AgreementDraft draft, String actor);

    /** Replaces a draft's content; only drafts can be edited. */
    AgreementView updateDraft(AgreementId id, AgreementDraft draft, String actor);

    /** Puts a draft in force; needs the central approval letter and a last valid day not yet past. */
    AgreementView activate(AgreementId id, @Nullable String reason, String actor);

    AgreementView suspend(AgreementId id, String reason, String actor);

    AgreementView resume(AgreementId id, String reason, String actor);

    /** Ends the agreement for good (PKS Pasal 5 and 9 ayat (1)). */
    AgreementView terminate(AgreementId id, String reason, String actor);

    /**
     * Records an addendum. An extension of an expired agreement puts it back in the status it had
     * before it expired.
     */
    AgreementView recordAddendum(AgreementId id, Addendum addendum, String actor);

    /**
     * Grants further elements (typically protected ones) with a reason. A draft is edited directly;
     * an agreement in force gets an addendum with the given reference (its number) and effective date
     * (today when {@code null}).
     */
    AgreementView grantElements(AgreementId id, Set<Element> elements, String reason,
            @Nullable String reference, @Nullable LocalDate effectiveFrom, String actor);

    /**
     * Changes the daily quota from {@code effectiveFrom} (today at the earliest), recorded in the
     * agreement's history like an addendum. Called by the quota module when a quota-increase request
     * is approved; {@code reference} names that request.
     */
    void changeDailyQuota(AgreementId id, int newQuota, LocalDate effectiveFrom, String reference, String actor);
}
