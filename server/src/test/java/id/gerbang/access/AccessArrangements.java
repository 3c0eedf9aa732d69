package id.gerbang.access;

import id.gerbang.access.internal.PersonField;
import id.gerbang.access.internal.SyntheticPeople;
import id.gerbang.account.Actor;
import id.gerbang.account.UserId;
import id.gerbang.account.IpRegistration;
import id.gerbang.account.IpRegistrations;
import id.gerbang.account.AccountFixtures;
import id.gerbang.agreement.AgencyDetails;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgencyKind;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgreementDraft;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.Agreements;
import id.gerbang.agreement.ApprovalLetter;
import id.gerbang.agreement.Channel;
import id.gerbang.agreement.CompatibilitySettings;
import id.gerbang.agreement.Element;
import id.gerbang.agreement.ElementGrant;
import id.gerbang.agreement.FeedbackObligations;
import id.gerbang.agreement.PurposeCategory;
import id.gerbang.agreement.ServiceTerms;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.Roles;
import id.gerbang.registry.RecordStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds what an end-to-end test of the data surfaces needs through the other modules' own APIs:
 * an agency, an agreement in force with the chosen elements and settings, its service account with
 * a known password, registered addresses; and the synthetic residents of {@link SyntheticPeople}
 * in the register (inserted directly: the register has no write API, it is loaded in bulk).
 * Every arrangement is new (random codes), so tests never depend on each other. Tests bring it in
 * with {@code @Import(AccessArrangements.class)}.
 */
public class AccessArrangements {

    static final Actor SYSTEM = new Actor("system", Roles.REGISTRY_ADMIN, null);

    /** The elements of the seed agreement (PKS Disdukcapil Jabar - DP3AKB Jabar). */
    public static final Set<Element> PKS = ElementGrant.TEMPLATE_ELEMENTS;

    /** One arrangement: who calls, and under which agreement. */
    public record Arrangement(AgencyId agency, AgreementId agreement, String agencyCode, String userId,
            String password, String webServiceToken) {
    }

    /** The NIKs of the synthetic people {@link #family} puts in the register, for other modules' tests. */
    public static final String RATNA = (String) SyntheticPeople.ratna().value(PersonField.NIK);
    public static final String HENDRA = (String) SyntheticPeople.hendra().value(PersonField.NIK);

    /** Hendra's NIK, full name, address and mother's name: values a leak test looks for. */
    public static java.util.List<String> hendraPersonalValues() {
        SyntheticPeople.Person hendra = SyntheticPeople.hendra();
        return java.util.List.of(HENDRA, (String) hendra.value(PersonField.NAMA_LGKP),
                (String) hendra.value(PersonField.ALAMAT), (String) hendra.value(PersonField.NAMA_LGKP_IBU));
    }

    private final Agencies agencies;
    private final Agreements agreements;
    private final AccountFixtures accounts;
    private final IpRegistrations ips;
    private final JdbcClient jdbc;
    private final Clock clock;

    AccessArrangements(Agencies agencies, Agreements agreements, ApplicationContext context, IpRegistrations ips,
            JdbcClient jdbc, Clock clock) {
        this.agencies = agencies;
        this.agreements = agreements;
        this.accounts = AccountFixtures.of(context);
        this.ips = ips;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Arrangement arrange() {
        return arrange(PKS, s -> s, 1000, EnumSet.of(Channel.WEB_SERVICE), List.of("127.0.0.1", "::1"));
    }

    /** An arrangement whose agreement names these data-balikan obligations. */
    public Arrangement arrange(FeedbackObligations feedback) {
        return arrange(PKS, s -> s, 1000, EnumSet.of(Channel.WEB_SERVICE, Channel.WEB_PORTAL), List.of("127.0.0.1", "::1"),
                feedback);
    }

    public Arrangement arrange(Set<Element> elements, java.util.function.UnaryOperator<CompatibilitySettings> settings,
            int dailyQuota, Set<Channel> channels, List<String> addresses) {
        return arrange(elements, settings, dailyQuota, channels, addresses, FeedbackObligations.NONE);
    }

    public Arrangement arrange(Set<Element> elements, java.util.function.UnaryOperator<CompatibilitySettings> settings,
            int dailyQuota, Set<Channel> channels, List<String> addresses, FeedbackObligations feedback) {
        return arrange(elements, settings, dailyQuota, channels, addresses, feedback, ServiceTerms.DEFAULT);
    }

    public Arrangement arrange(Set<Element> elements, java.util.function.UnaryOperator<CompatibilitySettings> settings,
            int dailyQuota, Set<Channel> channels, List<String> addresses, ServiceTerms service) {
        return arrange(elements, settings, dailyQuota, channels, addresses, FeedbackObligations.NONE, service);
    }

    /** The seed's elements and settings, with these service terms (operations, local-user requirement). */
    public Arrangement arrange(ServiceTerms service) {
        return arrange(PKS, s -> s, 1000, EnumSet.of(Channel.WEB_SERVICE), List.of("127.0.0.1", "::1"), service);
    }

    /** The seed's elements and settings, with family lookup granted besides lookup and verification. */
    public Arrangement arrangeWithFamily() {
        return arrange(WITH_FAMILY);
    }

    public static final ServiceTerms WITH_FAMILY = new ServiceTerms(EnumSet.allOf(CompatibilitySettings.Operation.class), false);

    public Arrangement arrange(Set<Element> elements, java.util.function.UnaryOperator<CompatibilitySettings> settings,
            int dailyQuota, Set<Channel> channels, List<String> addresses, FeedbackObligations feedback,
            ServiceTerms service) {
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        String code = "UJI_" + suffix;
        LocalDate today = JakartaTime.today(clock);
        AgencyId agency = agencies.register(new AgencyDetails("Dinas Uji " + suffix, AgencyKind.PROVINCIAL_OFFICE,
                "Jalan Uji No. 1 Bandung", "32.73"), "test").id();
        AgreementId agreement = agreements.create(new AgreementDraft(agency, "470/" + suffix + "/Disdukcapil",
                "119/" + suffix + "/UJI", today.minusDays(1), "Bandung", today.minusDays(1), today.plusYears(1),
                new ApprovalLetter("470/" + suffix + "/Dukcapil", today.minusDays(2)), "Uji layanan data",
                PurposeCategory.PUBLIC_SERVICE, ElementGrant.of(elements, "uji"), channels, feedback,
                dailyQuota, settings.apply(CompatibilitySettings.defaults(code)), service), "test").id();
        agreements.activate(agreement, "test", "test");
        UserId user = UserId.of("ws" + suffix);
        AccountFixtures.Issued issued = accounts.service(user, "Layanan uji " + suffix, agency, agreement);
        for (String address : addresses) {
            IpRegistration r = ips.request(SYSTEM, agency, address, "Kantor uji", "Jalan Uji No. 1");
            ips.approve(SYSTEM, r.id(), "test");
        }
        return new Arrangement(agency, agreement, code, user.value(), issued.password(),
                issued.webServiceToken());
    }

    /** Puts the family of {@link SyntheticPeople} in the register (again), the wife with the given status. */
    public void family(RecordStatus ratnaStatus) {
        SyntheticPeople.Person ratna = SyntheticPeople.ratna();
        long noKk = Long.parseLong(SyntheticPeople.NO_KK);
        jdbc.sql("delete from resident where no_kk = ?").param(noKk).update();
        jdbc.sql("delete from family where no_kk = ?").param(noKk).update();
        jdbc.sql("""
                insert into family (no_kk, address, dusun, rt, rw, province_no, regency_no, district_no, village_no, postal_code)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(noKk, ratna.value(PersonField.ALAMAT), ratna.value(PersonField.DUSUN), ratna.value(PersonField.NO_RT),
                        ratna.value(PersonField.NO_RW), ratna.value(PersonField.NO_PROP), ratna.value(PersonField.NO_KAB),
                        ratna.value(PersonField.NO_KEC), ratna.value(PersonField.NO_KEL),
                        String.valueOf(ratna.value(PersonField.KODE_POS)))
                .update();
        insert(SyntheticPeople.hendra(), RecordStatus.ACTIVE);
        insert(ratna, ratnaStatus);
        insert(SyntheticPeople.nadia(), RecordStatus.ACTIVE);
    }

    /** Changes the wife's record status. */
    public void ratnaStatus(RecordStatus status) {
        jdbc.sql("update resident set record_status = ? where nik = ?")
                .params(status.name(), Long.parseLong((String) SyntheticPeople.ratna().value(PersonField.NIK))).update();
    }

    private void insert(SyntheticPeople.Person p, RecordStatus status) {
        jdbc.sql("""
                insert into resident (nik, no_kk, full_name, sex, place_of_birth, date_of_birth, religion, marital_status,
                    occupation, education, blood_type, family_relationship, mother_name, father_name, mother_nik, father_nik,
                    ektp_status, birth_certificate_no, marriage_date, marriage_certificate_no, divorce_date,
                    divorce_certificate_no, disability, citizenship, record_status, status_date)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, null)""")
                .params(number(p, PersonField.NIK), number(p, PersonField.NO_KK), p.value(PersonField.NAMA_LGKP),
                        p.value(PersonField.JENIS_KLMIN), p.value(PersonField.TMPT_LHR), p.value(PersonField.TGL_LHR),
                        p.value(PersonField.AGAMA), p.value(PersonField.STATUS_KAWIN), p.value(PersonField.JENIS_PKRJN),
                        p.value(PersonField.PDDK_AKH), p.value(PersonField.GOL_DARAH), p.value(PersonField.STAT_HBKEL),
                        p.value(PersonField.NAMA_LGKP_IBU), p.value(PersonField.NAMA_LGKP_AYAH),
                        number(p, PersonField.NIK_IBU), number(p, PersonField.NIK_AYAH),
                        "SUDAH REKAM".equals(p.value(PersonField.EKTP_STATUS)) ? "RECORDED" : "NOT_RECORDED",
                        p.value(PersonField.NO_AKTA_LHR), p.value(PersonField.TGL_KWN), p.value(PersonField.NO_AKTA_KWN),
                        p.value(PersonField.TGL_CRAI), p.value(PersonField.NO_AKTA_CRAI), p.value(PersonField.PNYDNG_CCT),
                        status.name())
                .update();
    }

    private static Long number(SyntheticPeople.Person p, PersonField field) {
        Object v = p.value(field);
        return v == null ? null : Long.valueOf((String) v);
    }

    /** Forgets failed sign-ins from the test's own address, so lockout tests do not block later tests. */
    public void forgetFailedSignIns() {
        jdbc.sql("delete from account_source_failure").update();
    }

    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
