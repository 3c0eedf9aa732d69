package id.gerbang.feedback;

import java.time.LocalDate;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Collections;
import org.jspecify.annotations.Nullable;

/**
 * Keterangan korban: what the agency says about a victim of violence, exploitation or
 * discrimination. Codes are SIMFONI-PPA's (reference code lists {@code VIOLENCE_TYPE},
 * {@code INCIDENT_PLACE}, {@code PERPETRATOR_RELATIONSHIP}, {@code SERVICE}) and SIAK's
 * {@code DISABILITY}. Specific personal data (UU 27/2022): stored encrypted, never logged.
 *
 * @param violenceKinds           jenis kekerasan, one or more
 * @param place                   tempat kejadian
 * @param perpetratorRelationship hubungan pelaku dengan korban
 * @param incidentDate            tanggal kejadian
 * @param reportDate              tanggal pelaporan (on or after the incident)
 * @param services                layanan yang diberikan, none or more
 * @param disability              penyandang disabilitas, if known
 */
public record VictimDetails(
        Set<Integer> violenceKinds,
        int place,
        int perpetratorRelationship,
        LocalDate incidentDate,
        LocalDate reportDate,
        Set<Integer> services,
        @Nullable Integer disability) {

    public VictimDetails {
        violenceKinds = sorted(violenceKinds);
        services = sorted(services);
    }

    private static SortedSet<Integer> sorted(Set<Integer> codes) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(codes));
    }

    @Override
    public String toString() {
        return "VictimDetails[redacted]";
    }
}
