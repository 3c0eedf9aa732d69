package id.gerbang.registry;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the population register. Every method is one indexed query; no labels are looked up
 * (callers take them from the reference module's {@code CodeLists} and {@code Regions}).
 * Records of every status are returned; the caller decides how to answer for a deceased,
 * blocked or inactive one. Nothing read is kept after the call.
 */
public interface PopulationRegister {

    /**
     * The resident with this NIK. Outside a transaction, concurrent calls are answered by one
     * shared query (docs/adr/0051), so a call may wait for a query that another caller runs, and a
     * failure of that query fails every call it was answering. Inside a transaction the query runs
     * on the transaction's connection and sees the transaction's own uncommitted rows.
     */
    Optional<Resident> findByNik(Nik nik);

    /** The members of the family with this card number, head first, then by relationship and age; empty when none. */
    List<Resident> findFamily(NoKk noKk);

    /**
     * The residents with any of these NIKs, in one query on the caller's connection (also what
     * coalesced {@link #findByNik} calls share). NIKs that are not in the register are absent
     * from the map.
     */
    Map<Nik, Resident> findAll(Collection<Nik> niks);

    /**
     * The family card number of each resident with any of these NIKs, in one query that reads the
     * two numbers only (the anomaly scan's family rule asks this for a page of the access log at a
     * time). NIKs that are not in the register are absent from the map.
     */
    Map<Nik, NoKk> familyCards(Collection<Nik> niks);

    /** All residents, whatever their status. */
    long count();
}
