package id.gerbang.quota;

import java.time.Instant;

/**
 * The technical study (kajian teknis) attached to a quota-increase request: a PDF kept in the
 * database, described here without its bytes.
 *
 * @param sha256 the content's SHA-256, hexadecimal (also recorded in the administrative log)
 */
public record TechnicalStudy(String fileName, long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
}
