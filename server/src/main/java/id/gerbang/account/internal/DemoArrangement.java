package id.gerbang.account.internal;

import id.gerbang.common.ConditionalOnServer;
import id.gerbang.account.IpRegistrations;
import id.gerbang.account.IpRegistration;
import id.gerbang.account.Actor;
import id.gerbang.account.UserId;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgencyDetails;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgencyKind;
import id.gerbang.agreement.AgencyView;
import id.gerbang.agreement.AgreementDraft;
import id.gerbang.agreement.AgreementView;
import id.gerbang.agreement.Agreements;
import id.gerbang.agreement.ApprovalLetter;
import id.gerbang.agreement.Channel;
import id.gerbang.agreement.CompatibilitySettings;
import id.gerbang.agreement.ElementGrant;
import id.gerbang.agreement.FeedbackKind;
import id.gerbang.agreement.FeedbackMethod;
import id.gerbang.agreement.FeedbackObligations;
import id.gerbang.agreement.PurposeCategory;
import id.gerbang.agreement.ServiceTerms;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The quick start's arrangement (when {@code gerbang.demo.enabled} is true), made once per
 * installation: a demo registry administrator; the seed's agency "DP3AKB Provinsi Jawa Barat" with
 * the seed's agreement (PKS 470/643/Disdukcapil - 119/1738-Dikbud/PHA signed in Bandung on
 * 1 December 2020, the template elements, 100 lookups a day, web service and web portal, data
 * balikan through the web service and the online form, agency code {@code DP3AKB_JABAR}); one
 * service account and one operator; 127.0.0.1 and ::1 registered.
 *
 * <p>The original agreement ran from 1 December 2020 to 1 December 2022, which would make the demo
 * useless; the demo agreement keeps the seed's numbers and signing but gets a <em>fresh validity</em>
 * from the day of the first start for two years.
 *
 * <p>Passwords are generated, never fixed, and printed once to the terminal after the transaction
 * commits. The demo administrator and the operator must change theirs at the first sign-in; the
 * service account's password works as printed, because the clients of the real web service cannot
 * change passwords.
 */
@Component
@ConditionalOnProperty(name = "gerbang.demo.enabled", havingValue = "true")
@Order(10)
@ConditionalOnServer
class DemoArrangement implements ApplicationRunner {

    static final String MARKER = "demo";
    static final String SYSTEM = "system";
    static final String AGENCY_NAME = "DP3AKB Provinsi Jawa Barat";
    static final String AGENCY_CODE = "DP3AKB_JABAR";
    static final UserId ADMIN = UserId.of("demo.admin");
    static final UserId SERVICE = UserId.of("dp3akb.service");
    static final UserId OPERATOR = UserId.of("dp3akb.operator");
    static final UserId AGENCY_ADMIN = UserId.of("dp3akb.admin");

    private static final Logger log = LoggerFactory.getLogger(DemoArrangement.class);

    private final ArrangementMarker marker;
    private final Agencies agencies;
    private final Agreements agreements;
    private final UserAdministration administration;
    private final IpRegistrations ips;
    private final CredentialsNotice notice;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoArrangement(ArrangementMarker marker, Agencies agencies, Agreements agreements,
            UserAdministration administration, IpRegistrations ips, CredentialsNotice notice,
            TransactionTemplate tx, Clock clock) {
        this.marker = marker;
        this.agencies = agencies;
        this.agreements = agreements;
        this.administration = administration;
        this.ips = ips;
        this.notice = notice;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        arrange();
    }

    /** Makes the arrangement unless it exists; returns the credentials made (empty when it existed). */
    List<IssuedCredentials> arrange() {
        if (marker.isDone(MARKER)) {
            return List.of();
        }
        List<IssuedCredentials> issued = Objects.requireNonNull(tx.execute(status -> {
            if (!marker.claim(MARKER)) {
                return List.<IssuedCredentials>of();
            }
            return create();
        }));
        if (!issued.isEmpty()) {
            log.info("Demo arrangement created: agency {}, users {}, {}, {}, {}", AGENCY_CODE, ADMIN, SERVICE, OPERATOR,
                    AGENCY_ADMIN);
            printNotice(issued);
        }
        return issued;
    }

    private List<IssuedCredentials> create() {
        LocalDate today = JakartaTime.today(clock);
        AgencyId agency = agencies.findAll().stream().filter(a -> a.name().equalsIgnoreCase(AGENCY_NAME))
                .map(AgencyView::id).findFirst()
                .orElseGet(() -> agencies.register(new AgencyDetails(AGENCY_NAME, AgencyKind.PROVINCIAL_OFFICE,
                        "Jalan Sumatera No. 50 Bandung", "32.73"), SYSTEM).id());
        AgreementView agreement = agreements.findByAgencyCode(AGENCY_CODE).orElseGet(() -> {
            AgreementView draft = agreements.create(new AgreementDraft(agency, "470/643/Disdukcapil",
                    "119/1738-Dikbud/PHA", LocalDate.of(2020, 12, 1), "Bandung", today, today.plusYears(2),
                    new ApprovalLetter("470/12219/Dukcapil", LocalDate.of(2020, 11, 12)),
                    "Verifikasi dan validasi data korban kekerasan terhadap perempuan dan anak, eksploitasi, dan "
                            + "diskriminasi, serta penerimaan program pemberdayaan (PKS Pasal 1)",
                    PurposeCategory.PUBLIC_SERVICE, ElementGrant.SEED_TEMPLATE,
                    EnumSet.of(Channel.WEB_SERVICE, Channel.WEB_PORTAL),
                    new FeedbackObligations(EnumSet.allOf(FeedbackKind.class),
                            // the seed chose the web service and the online form (juknis 3.c); the
                            // demo allows all four so that each method can be tried
                            EnumSet.allOf(FeedbackMethod.class)),
                    100, CompatibilitySettings.defaults(AGENCY_CODE),
                    // the seed grants access "melalui NIK": lookup and verification, no family lookup
                    ServiceTerms.DEFAULT), SYSTEM);
            return agreements.activate(draft.id(), "Demo: the seed agreement with a fresh validity", SYSTEM);
        });
        String reason = "demo arrangement";
        List<IssuedCredentials> issued = new ArrayList<>();
        issued.add(administration.issue(SYSTEM, new UserAdministration.NewAccount(ADMIN, Roles.REGISTRY_ADMIN,
                "Demo Administrator Disdukcapil", null, null, null, true), reason));
        issued.add(administration.issue(SYSTEM, new UserAdministration.NewAccount(SERVICE, Roles.AGENCY_SERVICE,
                "Web service DP3AKB (demo)", agency, agreement.id(), null, false), reason));
        issued.add(administration.issue(SYSTEM, new UserAdministration.NewAccount(OPERATOR, Roles.AGENCY_OPERATOR,
                "Operator DP3AKB (demo)", agency, agreement.id(), null, true), reason));
        issued.add(administration.issue(SYSTEM, new UserAdministration.NewAccount(AGENCY_ADMIN, Roles.AGENCY_ADMIN,
                "Administrator DP3AKB (demo)", agency, null, null, true), reason));
        Actor system = new Actor(SYSTEM, Roles.REGISTRY_ADMIN, null);
        for (String address : List.of("127.0.0.1", "::1")) {
            IpRegistration r = ips.request(system, agency, address, "Kantor DP3AKB Provinsi Jawa Barat (demo)",
                    "Jalan Sumatera No. 50 Bandung");
            ips.approve(system, r.id(), reason);
        }
        return issued;
    }

    private void printNotice(List<IssuedCredentials> issued) {
        String[] labels = {
            "Administrator Disdukcapil (demo) / registry administrator (demo)",
            "Akun layanan web service DP3AKB / DP3AKB web-service account",
            "Operator portal DP3AKB / DP3AKB portal operator",
            "Administrator instansi DP3AKB / DP3AKB agency administrator"
        };
        List<CredentialsNotice.Entry> entries = new ArrayList<>();
        for (int i = 0; i < issued.size(); i++) {
            IssuedCredentials c = issued.get(i);
            entries.add(new CredentialsNotice.Entry(labels[i], c.userId().value(), c.oneTimePassword(),
                    c.webServiceToken()));
        }
        notice.print("GERBANG DEMO: akun yang dibuat (hanya ditampilkan sekali ini)",
                "GERBANG DEMO: accounts created (shown this once only)", entries, List.of(
                        "Catat sekarang: kata sandi tidak disimpan dan tidak akan ditampilkan lagi.",
                        "Write them down now: passwords are not stored and will not be shown again.",
                        "Administrator dan operator wajib mengganti kata sandi saat masuk pertama di",
                        "  http://localhost:8080/ (atau POST /api/v1/account/password); administrator",
                        "  juga mengaktifkan verifikasi dua langkah (TOTP). Akun layanan dapat langsung dipakai.",
                        "The administrators and the operator must change their password at the first",
                        "  sign-in at http://localhost:8080/ (or POST /api/v1/account/password); the",
                        "  administrators also enrol a second factor (TOTP). The service account works as is.",
                        "Lembaga / agency: " + AGENCY_NAME + " (" + AGENCY_CODE + "), IP 127.0.0.1 dan/and ::1."));
    }
}
