package id.gerbang.agreement;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds synthetic agencies and agreements for tests. Numbers and codes are unique per run, because
 * tests share one database. Dates lie in the 2040s, away from the real clock that other test
 * contexts' scheduled checks read.
 */
public final class AgreementFixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);
    public static final String ADMIN = "admin.test";

    private final Agencies agencies;
    private final Agreements agreements;

    public AgreementFixtures(Agencies agencies, Agreements agreements) {
        this.agencies = agencies;
        this.agreements = agreements;
    }

    public static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }

    public AgencyView agency() {
        return agencies.register(new AgencyDetails(unique("Dinas Uji Coba "), AgencyKind.PROVINCIAL_OFFICE,
                "Jalan Contoh No. 1, Bandung", "32"), ADMIN);
    }

    /** A draft like the seed agreement: template elements, both channels, 100 a day. */
    public static AgreementDraft draft(AgencyId agency, LocalDate signedOn, LocalDate validUntil) {
        return new AgreementDraft(agency, unique("470/") + "/Disdukcapil", unique("119/") + "-Dikbud/PHA", signedOn,
                "Bandung", signedOn, validUntil, new ApprovalLetter("470/12219/Dukcapil", signedOn.minusDays(19)),
                "Verifikasi dan validasi data korban kekerasan dan penerima program pemberdayaan",
                PurposeCategory.PUBLIC_SERVICE, ElementGrant.SEED_TEMPLATE, Set.of(Channel.WEB_SERVICE, Channel.WEB_PORTAL),
                new FeedbackObligations(Set.of(FeedbackKind.VICTIM, FeedbackKind.PROGRAMME_RECIPIENT),
                        Set.of(FeedbackMethod.WEB_SERVICE, FeedbackMethod.ONLINE_FORM)),
                100, new CompatibilitySettings(unique("UJI_"), null, null, false, "default", Map.of()));
    }

    public AgreementView draftAgreement(LocalDate signedOn, LocalDate validUntil) {
        return agreements.create(draft(agency().id(), signedOn, validUntil), ADMIN);
    }

    public AgreementView activeAgreement(LocalDate signedOn, LocalDate validUntil) {
        AgreementView draft = draftAgreement(signedOn, validUntil);
        return agreements.activate(draft.id(), "PKS ditandatangani", ADMIN);
    }

}
