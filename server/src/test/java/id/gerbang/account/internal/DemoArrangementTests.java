package id.gerbang.account.internal;

import id.gerbang.account.IpRegistrations;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.account.Accounts;
import id.gerbang.account.AuthenticationOutcome;
import id.gerbang.account.RegisteredIps;
import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgreementTerms;
import id.gerbang.agreement.AgreementView;
import id.gerbang.agreement.Agreements;
import id.gerbang.agreement.Channel;
import id.gerbang.agreement.ElementGrant;
import id.gerbang.agreement.FeedbackMethod;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.Roles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The quick start's arrangement: made once, with the seed's terms, credentials printed once. */
@IntegrationTest
class DemoArrangementTests {

    @Autowired ArrangementMarker marker;
    @Autowired Agencies agencies;
    @Autowired Agreements agreements;
    @Autowired UserAdministration administration;
    @Autowired IpRegistrations ips;
    @Autowired TransactionTemplate tx;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired RegisteredIps registeredIps;
    @Autowired javax.sql.DataSource dataSource;

    ByteArrayOutputStream console;
    DemoArrangement demo;

    @BeforeEach
    void setUp() {
        // The demo is once per installation; the test database outlives a run on PostgreSQL, so
        // forget an earlier run's arrangement (the agency and agreement are found and reused).
        List<String> users = List.of(DemoArrangement.ADMIN.value(), DemoArrangement.SERVICE.value(),
                DemoArrangement.OPERATOR.value(), DemoArrangement.AGENCY_ADMIN.value());
        for (String user : users) {
            jdbc.sql("delete from account_user_event where user_id = ?").param(user).update();
            jdbc.sql("delete from account_user where user_id = ?").param(user).update();
        }
        agreements.findByAgencyCode(DemoArrangement.AGENCY_CODE).ifPresent(a -> {
            jdbc.sql("delete from account_registered_ip_event where registration_id in "
                    + "(select id from account_registered_ip where agency_id = ?)").param(a.agencyId().value()).update();
            jdbc.sql("delete from account_registered_ip where agency_id = ?").param(a.agencyId().value()).update();
        });
        jdbc.sql("delete from account_arrangement where name = ?").param(DemoArrangement.MARKER).update();
        console = new ByteArrayOutputStream();
        demo = new DemoArrangement(marker, agencies, agreements, administration, ips,
                new CredentialsNotice(new PrintStream(console, true, StandardCharsets.UTF_8)), tx, clock);
    }

    @Test
    void theSeedArrangementIsMadeOnceAndItsCredentialsPrintedOnce() throws Exception {
        List<IssuedCredentials> issued = demo.arrange();
        assertThat(issued).extracting(IssuedCredentials::userId)
                .containsExactly(DemoArrangement.ADMIN, DemoArrangement.SERVICE, DemoArrangement.OPERATOR,
                        DemoArrangement.AGENCY_ADMIN);
        String printed = console.toString(StandardCharsets.UTF_8);
        for (IssuedCredentials c : issued) {
            assertThat(printed).contains(c.userId().value(), c.oneTimePassword());
        }
        assertThat(printed).contains("hanya ditampilkan sekali ini", "shown this once only", issued.get(1).webServiceToken());

        assertThat(demo.arrange()).as("a restart makes nothing").isEmpty();
        assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo(printed);

        LocalDate today = JakartaTime.today(clock);
        AgreementView agreement = agreements.findByAgencyCode("DP3AKB_JABAR").orElseThrow();
        assertThat(agreement.agencyName()).isEqualTo("DP3AKB Provinsi Jawa Barat");
        assertThat(agreement.registryNumber()).isEqualTo("470/643/Disdukcapil");
        assertThat(agreement.agencyNumber()).isEqualTo("119/1738-Dikbud/PHA");
        assertThat(agreement.signedOn()).isEqualTo(LocalDate.of(2020, 12, 1));
        assertThat(agreement.signedPlace()).isEqualTo("Bandung");
        AgreementTerms terms = agreements.termsOn(agreement.id(), today).orElseThrow();
        assertThat(agreements.grantsAccessOn(agreement.id(), today).granted()).isTrue();
        assertThat(terms.dailyQuota()).isEqualTo(100);
        assertThat(terms.grantedElements()).isEqualTo(ElementGrant.TEMPLATE_ELEMENTS);
        assertThat(terms.channels()).containsExactlyInAnyOrder(Channel.WEB_SERVICE, Channel.WEB_PORTAL);
        assertThat(terms.service().operations()).as("the seed grants no family lookup").containsExactlyInAnyOrder(
                id.gerbang.agreement.CompatibilitySettings.Operation.NIK_LOOKUP,
                id.gerbang.agreement.CompatibilitySettings.Operation.VERIFY_BY_ELEMENTS);
        assertThat(terms.feedback().methods()).as("all four, so that each can be tried")
                .containsExactlyInAnyOrder(FeedbackMethod.values());
        assertThat(terms.validUntil()).isEqualTo(terms.validFrom().plusYears(2));
        assertThat(agencies.find(agreement.agencyId()).orElseThrow().regionCode()).isEqualTo("32.73");

        var local = IpAddresses.toInetAddress("127.0.0.1");
        assertThat(accounts.authenticate(DemoArrangement.SERVICE.value(), issued.get(1).oneTimePassword(), local).outcome())
                .as("the service account works as printed").isEqualTo(AuthenticationOutcome.OK);
        assertThat(accounts.verifyToken(DemoArrangement.SERVICE, issued.get(1).webServiceToken())).isTrue();
        assertThat(accounts.authenticate(DemoArrangement.OPERATOR.value(), issued.get(2).oneTimePassword(), local).outcome())
                .isEqualTo(AuthenticationOutcome.PASSWORD_CHANGE_REQUIRED);
        assertThat(accounts.find(DemoArrangement.ADMIN).orElseThrow().role()).isEqualTo(Roles.REGISTRY_ADMIN);
        var agencyAdmin = accounts.find(DemoArrangement.AGENCY_ADMIN).orElseThrow();
        assertThat(agencyAdmin.role()).isEqualTo(Roles.AGENCY_ADMIN);
        assertThat(agencyAdmin.agency()).isEqualTo(agreement.agencyId());
        assertThat(accounts.authenticate(DemoArrangement.AGENCY_ADMIN.value(), issued.get(3).oneTimePassword(), local)
                .outcome()).isEqualTo(AuthenticationOutcome.PASSWORD_CHANGE_REQUIRED);
        assertThat(accounts.find(DemoArrangement.SERVICE).orElseThrow().agreement()).isEqualTo(agreement.id());

        assertThat(registeredIps.isRegistered(agreement.agencyId(), local)).isTrue();
        assertThat(registeredIps.isRegistered(agreement.agencyId(), IpAddresses.toInetAddress("::1"))).isTrue();
        assertThat(registeredIps.isRegistered(agreement.agencyId(), IpAddresses.toInetAddress("::ffff:127.0.0.1"))).isTrue();
        assertThat(registeredIps.isRegistered(agreement.agencyId(), IpAddresses.toInetAddress("127.0.0.2"))).isFalse();
    }

    @Test
    void twoNodesStartingTogetherOnOneEmptyDatabaseMakeItOnce() throws Exception {
        // issue 20: two nodes run the first-start arrangement at the same moment; nodes share
        // PostgreSQL only (H2 is one node: its file cannot be opened by two processes)
        try (var c = dataSource.getConnection()) {
            org.junit.jupiter.api.Assumptions.assumeTrue(
                    "PostgreSQL".equals(c.getMetaData().getDatabaseProductName()), "several nodes share PostgreSQL only");
        }
        DemoArrangement other = new DemoArrangement(marker, agencies, agreements, administration, ips,
                new CredentialsNotice(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)), tx,
                clock);
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var first = threads.submit(() -> {
                together.await();
                return demo.arrange();
            });
            var second = threads.submit(() -> {
                together.await();
                return other.arrange();
            });
            List<IssuedCredentials> a = first.get(60, java.util.concurrent.TimeUnit.SECONDS);
            List<IssuedCredentials> b = second.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(List.of(a.size(), b.size())).as("one node made the four accounts, the other nothing")
                    .containsExactlyInAnyOrder(4, 0);
        }
        assertThat(jdbc.sql("select count(*) from account_user where user_id = ?").param(DemoArrangement.SERVICE.value())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(agreements.findByAgencyCode(DemoArrangement.AGENCY_CODE)).isPresent();
    }
}
