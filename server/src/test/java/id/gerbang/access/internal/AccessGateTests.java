package id.gerbang.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.gerbang.MutableClock;
import id.gerbang.access.ServiceOutcome;
import id.gerbang.account.AccountChanged;
import id.gerbang.account.AccountStatus;
import id.gerbang.account.AccountView;
import id.gerbang.account.Accounts;
import id.gerbang.account.AuthenticationOutcome;
import id.gerbang.account.AuthenticationResult;
import id.gerbang.account.RegisteredIps;
import id.gerbang.account.UserId;
import id.gerbang.agreement.AccessDecision;
import id.gerbang.agreement.AccessReason;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.AgreementStatus;
import id.gerbang.agreement.AgreementTerms;
import id.gerbang.agreement.Agreements;
import id.gerbang.agreement.Channel;
import id.gerbang.agreement.CompatibilitySettings;
import id.gerbang.agreement.ElementGrant;
import id.gerbang.agreement.FeedbackObligations;
import id.gerbang.agreement.PurposeCategory;
import id.gerbang.common.Roles;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The order of the checks and what each refuses with, with the other modules stubbed. */
class AccessGateTests {

    static final AgencyId AGENCY = new AgencyId(7);
    static final AgreementId AGREEMENT = new AgreementId(70);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);
    static final InetAddress SOURCE = ClientAddresses.literal("127.0.0.1").orElseThrow();

    final Accounts accounts = mock(Accounts.class);
    final RegisteredIps ips = mock(RegisteredIps.class);
    final Agreements agreements = mock(Agreements.class);

    AccessGate gate(boolean claimedMustBeRegistered) {
        return gate(claimedMustBeRegistered, CLOCK);
    }

    AccessGate gate(boolean claimedMustBeRegistered, Clock clock) {
        AccessProperties p = new AccessProperties("/CALL_NIK", null, null, null, null, false, 90, null, claimedMustBeRegistered,
                65536, 1048576, java.time.Duration.ofSeconds(60), java.time.Duration.ofMinutes(30));
        return new AccessGate(accounts, ips, new AgreementContexts(agreements, new FieldProfiles(Map.of())), clock, p);
    }

    static AccountView account(Roles role, AccountStatus status) {
        return new AccountView(UserId.of("ws.uji"), role, "Layanan uji", AGENCY, AGREEMENT, status, false, false, null,
                null, Instant.EPOCH);
    }

    static AgreementTerms terms(Set<Channel> channels) {
        LocalDate today = LocalDate.of(2026, 11, 27);
        return new AgreementTerms(AGREEMENT, today, AgreementStatus.ACTIVE, today.minusDays(1), today.plusYears(1),
                ElementGrant.TEMPLATE_ELEMENTS, Map.of(), channels, FeedbackObligations.NONE, 100,
                CompatibilitySettings.defaults("UJI"), "uji", PurposeCategory.PUBLIC_SERVICE,
                id.gerbang.agreement.ServiceTerms.DEFAULT, List.of());
    }

    void login(AuthenticationOutcome outcome, AccountView account) {
        when(accounts.authenticate(eq("ws.uji"), eq("rahasia"), any())).thenReturn(
                new AuthenticationResult(outcome, outcome.authenticated() ? account : null, null,
                        outcome.authenticated() ? "stamp-1" : null));
    }

    @BeforeEach
    void everythingFine() {
        login(AuthenticationOutcome.OK, account(Roles.AGENCY_SERVICE, AccountStatus.ACTIVE));
        when(agreements.grantsAccessOn(eq(AGREEMENT), any())).thenReturn(
                new AccessDecision(AccessReason.OK, terms(EnumSet.of(Channel.WEB_SERVICE))));
        when(ips.isRegistered(eq(AGENCY), any())).thenReturn(true);
    }

    ServiceOutcome admit(AccessGate gate, String user, String password) {
        Admission a = gate.admit(user, password, SOURCE, "10.0.0.1", x -> true);
        return a.isAdmitted() ? ServiceOutcome.FOUND : a.refusal();
    }

    @Test
    void admitted() {
        Admission a = gate(false).admit("ws.uji", "rahasia", SOURCE, null, x -> true);
        assertThat(a.isAdmitted()).isTrue();
        assertThat(a.caller().agreement().granted()).contains(PersonField.NAMA_LGKP).doesNotContain(PersonField.AGAMA);
    }

    @Test
    void aBusyAccountIsReconfirmedAheadOfExpiryWithoutHashingAgain() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T01:00:00Z"));
        clock.set(CLOCK.instant());
        AccessGate gate = gate(false, clock);
        AccountView active = account(Roles.AGENCY_SERVICE, AccountStatus.ACTIVE);
        when(accounts.reconfirm(eq(UserId.of("ws.uji")), eq("stamp-1"), any())).thenReturn(
                java.util.Optional.of(new AuthenticationResult(AuthenticationOutcome.OK, active, null, "stamp-1")));
        assertThat(admit(gate, "ws.uji", "rahasia")).isEqualTo(ServiceOutcome.FOUND);
        clock.advance(Duration.ofSeconds(55)); // past the refresh point, before expiry
        assertThat(admit(gate, "ws.uji", "rahasia")).isEqualTo(ServiceOutcome.FOUND);
        verify(accounts, org.mockito.Mockito.timeout(5000)).reconfirm(eq(UserId.of("ws.uji")), eq("stamp-1"), any());
        verify(accounts, org.mockito.Mockito.times(1)).authenticate(any(), any(), any());
    }

    @Test
    void aChangedPasswordIsCheckedInFullAtTheRefresh() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T01:00:00Z"));
        clock.set(CLOCK.instant());
        AccessGate gate = gate(false, clock);
        when(accounts.reconfirm(any(), any(), any())).thenReturn(java.util.Optional.empty());
        assertThat(admit(gate, "ws.uji", "rahasia")).isEqualTo(ServiceOutcome.FOUND);
        login(AuthenticationOutcome.BAD_PASSWORD, null); // the password was changed meanwhile
        clock.advance(Duration.ofSeconds(55));
        assertThat(admit(gate, "ws.uji", "rahasia")).as("the entry is still valid for this call").isEqualTo(ServiceOutcome.FOUND);
        verify(accounts, org.mockito.Mockito.timeout(5000).times(2)).authenticate(eq("ws.uji"), eq("rahasia"), any());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(admit(gate, "ws.uji", "rahasia")).isEqualTo(ServiceOutcome.LOGIN_FAILED));
    }

    @Test
    void credentialsMissing() {
        assertThat(admit(gate(false), null, "rahasia")).isEqualTo(ServiceOutcome.CREDENTIALS_MISSING);
        assertThat(admit(gate(false), "ws.uji", null)).isEqualTo(ServiceOutcome.CREDENTIALS_MISSING);
        verify(accounts, never()).authenticate(any(), any(), any());
    }

    @Test
    void loginOutcomes() {
        login(AuthenticationOutcome.BAD_PASSWORD, null);
        assertThat(admit(gate(false), "ws.uji", "rahasia")).isEqualTo(ServiceOutcome.LOGIN_FAILED);
        login(AuthenticationOutcome.UNKNOWN_USER, null);
        assertThat(admit(gate(false), "ws.uji", "rahasia")).isEqualTo(ServiceOutcome.LOGIN_FAILED);
        login(AuthenticationOutcome.LOCKED, null);
        assertThat(admit(gate(false), "ws.uji", "rahasia")).isEqualTo(ServiceOutcome.ACCOUNT_LOCKED);
        login(AuthenticationOutcome.INACTIVE, null);
        assertThat(admit(gate(false), "ws.uji", "rahasia")).isEqualTo(ServiceOutcome.USER_INACTIVE);
    }

    @Test
    void onlyServiceAccountsCallTheWebService() {
        login(AuthenticationOutcome.OK, account(Roles.AGENCY_OPERATOR, AccountStatus.ACTIVE));
        assertThat(admit(gate(false), "ws.uji", "rahasia")).isEqualTo(ServiceOutcome.CHANNEL_NOT_ALLOWED);
    }

    @Test
    void agencyBeforeAgreementBeforeChannelBeforeAddress() {
        when(ips.isRegistered(eq(AGENCY), any())).thenReturn(false);
        when(agreements.grantsAccessOn(eq(AGREEMENT), any())).thenReturn(new AccessDecision(AccessReason.AGENCY_INACTIVE,
                terms(EnumSet.of(Channel.WEB_PORTAL))));
        assertThat(admit(gate(false), "ws.uji", "rahasia")).isEqualTo(ServiceOutcome.AGENCY_INACTIVE);
        when(agreements.grantsAccessOn(eq(AGREEMENT), any())).thenReturn(new AccessDecision(AccessReason.EXPIRED,
                terms(EnumSet.of(Channel.WEB_PORTAL))));
        assertThat(admit(gate(false), "ws.uji", "rahasia")).isEqualTo(ServiceOutcome.AGREEMENT_INACTIVE);
        when(agreements.grantsAccessOn(eq(AGREEMENT), any())).thenReturn(new AccessDecision(AccessReason.OK,
                terms(EnumSet.of(Channel.WEB_PORTAL))));
        assertThat(admit(gate(false), "ws.uji", "rahasia")).isEqualTo(ServiceOutcome.CHANNEL_NOT_ALLOWED);
        when(agreements.grantsAccessOn(eq(AGREEMENT), any())).thenReturn(new AccessDecision(AccessReason.OK,
                terms(EnumSet.of(Channel.WEB_SERVICE))));
        assertThat(admit(gate(false), "ws.uji", "rahasia")).isEqualTo(ServiceOutcome.IP_NOT_REGISTERED);
    }

    @Test
    void theClaimedAddressIsOnlyCheckedWhenTheDeploymentSaysSo() {
        when(ips.isRegistered(AGENCY, ClientAddresses.literal("10.0.0.1").orElseThrow())).thenReturn(false);
        assertThat(admit(gate(false), "ws.uji", "rahasia")).isEqualTo(ServiceOutcome.FOUND);
        assertThat(admit(gate(true), "ws.uji", "rahasia")).isEqualTo(ServiceOutcome.IP_NOT_REGISTERED);
        assertThat(gate(true).admit("ws.uji", "rahasia", SOURCE, "bukan-ip", x -> true).refusal())
                .isEqualTo(ServiceOutcome.INVALID_IP);
        assertThat(gate(true).admit("ws.uji", "rahasia", SOURCE, null, x -> true).refusal())
                .isEqualTo(ServiceOutcome.CREDENTIALS_MISSING);
    }

    @Test
    void aUrlOfAnotherAgreementIsAFailedLogin() {
        assertThat(gate(false).admit("ws.uji", "rahasia", SOURCE, null, a -> a.matchesAgencyPath("BPS")).refusal())
                .isEqualTo(ServiceOutcome.LOGIN_FAILED);
        assertThat(gate(false).admit("ws.uji", "rahasia", SOURCE, null, a -> a.matchesAgencyPath("uji")).isAdmitted())
                .isTrue();
    }

    @Test
    void passwordsAreCheckedOnceUntilTheAccountChanges() {
        AccessGate gate = gate(false);
        for (int i = 0; i < 5; i++) {
            assertThat(admit(gate, "ws.uji", "rahasia")).isEqualTo(ServiceOutcome.FOUND);
        }
        verify(accounts, times(1)).authenticate(any(), any(), any());
        gate.on(new AccountChanged(UserId.of("ws.uji"), AccountChanged.Kind.DEACTIVATED));
        login(AuthenticationOutcome.INACTIVE, null);
        assertThat(admit(gate, "ws.uji", "rahasia")).isEqualTo(ServiceOutcome.USER_INACTIVE);
        verify(accounts, times(2)).authenticate(any(), any(), any());
    }

    @Test
    void aChangeToOneUserLeavesTheOthersRememberedPasswordsInPlace() {
        AccessGate gate = gate(false);
        assertThat(admit(gate, "ws.uji", "rahasia")).isEqualTo(ServiceOutcome.FOUND);
        verify(accounts, times(1)).authenticate(eq("ws.uji"), any(), any());
        // another user of the agency is locked out (until the account events were typed, any
        // "account." action emptied the whole cache and sent every busy account through Argon2)
        gate.on(new AccountChanged(UserId.of("ws.lain"), AccountChanged.Kind.LOCKED));
        gate.on(new AccountChanged(UserId.of("ws.baru"), AccountChanged.Kind.CREATED));
        assertThat(admit(gate, "ws.uji", "rahasia")).isEqualTo(ServiceOutcome.FOUND);
        verify(accounts, times(1)).authenticate(eq("ws.uji"), any(), any());
        gate.on(new AccountChanged(UserId.of("ws.uji"), AccountChanged.Kind.LOCKED));
        admit(gate, "ws.uji", "rahasia");
        verify(accounts, times(2)).authenticate(eq("ws.uji"), any(), any());
    }

    @Test
    void wrongPasswordsAlwaysReachTheAccountModuleForLockoutCounting() {
        AccessGate gate = gate(false);
        admit(gate, "ws.uji", "rahasia");
        when(accounts.authenticate(eq("ws.uji"), org.mockito.ArgumentMatchers.startsWith("salah"), any()))
                .thenReturn(AuthenticationResult.of(AuthenticationOutcome.BAD_PASSWORD));
        for (int i = 0; i < 3; i++) {
            gate.admit("ws.uji", "salah" + i, SOURCE, null, x -> true);
        }
        verify(accounts, times(3)).authenticate(eq("ws.uji"), org.mockito.ArgumentMatchers.startsWith("salah"), any());
    }

    @Test
    void agreementsAreReadOncePerDayUntilTheyChange() {
        AccessGate gate = gate(false);
        admit(gate, "ws.uji", "rahasia");
        admit(gate, "ws.uji", "rahasia");
        verify(agreements, times(1)).grantsAccessOn(eq(AGREEMENT), any());
    }
}
