package id.gerbang.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The registry's user agencies. Every change records who made it, publishes
 * {@link AgencyChanged} and an {@link id.gerbang.common.AdministrativeAction}, in the same
 * transaction.
 */
public interface Agencies {

    Optional<AgencyView> find(AgencyId id);

    /** Every agency, by name. */
    List<AgencyView> findAll();

    /** One page of agencies by name, optionally only those with the given status. */
    PageResult<AgencyView> list(@Nullable AgencyStatus status, int page, int size);

    /**
     * Registers an agency as {@link AgencyStatus#ACTIVE}.
     *
     * @throws id.gerbang.common.GerbangException {@link AgreementError#AGENCY_ALREADY_REGISTERED},
     *         {@link AgreementError#INVALID_REGION_CODE}
     */
    AgencyView register(AgencyDetails details, String actor);

    /** Changes name, kind, address or region (for example after a change of nomenclature). */
    AgencyView update(AgencyId id, AgencyDetails details, String actor);

    /**
     * Suspends, reactivates or revokes an agency; the reason is required. Agreements of an agency
     * that is not active grant no access ({@link AccessReason#AGENCY_INACTIVE}).
     *
     * @throws id.gerbang.common.GerbangException {@link AgreementError#AGENCY_ILLEGAL_TRANSITION}
     */
    AgencyView changeStatus(AgencyId id, AgencyStatus status, String reason, String actor);

    /** The agency's status transitions, oldest first. */
    List<AgencyStatusChange> history(AgencyId id);

    /** The agency's status at the end of the given Jakarta day (empty if not yet registered then). */
    Optional<AgencyStatus> statusOn(AgencyId id, LocalDate date);
}
