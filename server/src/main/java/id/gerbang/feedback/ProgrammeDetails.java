package id.gerbang.feedback;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Keterangan penerima program: the programme (a code of the registry's catalogue, which also gives
 * its type), when the aid was given, its form and, optionally, its amount in rupiah.
 */
public record ProgrammeDetails(String programmeCode, LocalDate aidDate, String aidForm, @Nullable Long amount) {
}
