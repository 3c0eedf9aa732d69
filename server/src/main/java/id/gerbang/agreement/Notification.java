package id.gerbang.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A stored notification to the registry administrators; today only expiry reminders.
 *
 * @param messages the text in Indonesian ({@code id}) and English ({@code en})
 */
public record Notification(
        long id,
        String kind,
        AgreementId agreementId,
        String registryNumber,
        String agencyName,
        LocalDate validUntil,
        int daysBefore,
        LocalDate dueOn,
        Instant createdAt,
        @Nullable Instant acknowledgedAt,
        @Nullable String acknowledgedBy,
        Map<String, String> messages) {

    public static final String AGREEMENT_EXPIRING = "AGREEMENT_EXPIRING";
}
