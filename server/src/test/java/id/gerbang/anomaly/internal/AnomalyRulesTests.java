package id.gerbang.anomaly.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerbang.IntegrationTest;
import id.gerbang.account.AccountFixtures;
import id.gerbang.anomaly.Alert;
import id.gerbang.anomaly.AlertStatus;
import id.gerbang.anomaly.Alerts;
import id.gerbang.anomaly.AnomalyError;
import id.gerbang.anomaly.AnomalyRule;
import id.gerbang.anomaly.SubjectKind;
import id.gerbang.audit.AccessChannel;
import id.gerbang.audit.AccessLog;
import id.gerbang.audit.AccessLogEntry;
import id.gerbang.audit.AccessLogFeed;
import id.gerbang.audit.AccessLogStatistics;
import id.gerbang.audit.AccessOperation;
import id.gerbang.audit.AccessOutcome;
import id.gerbang.audit.SafetyFlags;
import id.gerbang.common.GerbangException;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.JobLock;
import id.gerbang.notification.Inbox;
import id.gerbang.notification.InboxMessage;
import id.gerbang.notification.NotificationKind;
import id.gerbang.registry.PopulationRegister;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Each anomaly rule fires on its scenario and stays quiet on normal traffic; the scenarios are
 * written through the audit module's public {@link AccessLog}, as the data channels write them. A
 * rerun over the same entries never doubles an alert; the registry administrators get one notice per
 * alert, without the NIK.
 */
@IntegrationTest
@Import(AccountFixtures.class)
class AnomalyRulesTests {

    @Autowired AccessLog accessLog;
    @Autowired AnomalyScan scan;
    @Autowired Alerts alerts;
    @Autowired SafetyFlags flags;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired Inbox inbox;
    @Autowired AccountFixtures accounts;
    @Autowired id.gerbang.report.Compliance compliance;
    @Autowired AnomalyProperties properties;
    @Autowired ApplicationContext context;

    long agency;
    String user;
    LocalDate yesterday;

    @BeforeEach
    void setUp() {
        agency = ThreadLocalRandom.current().nextLong(700_000_000, 799_999_999);
        user = "anom-" + ThreadLocalRandom.current().nextInt(1_000_000);
        yesterday = JakartaTime.today(clock).minusDays(1);
        scan.scan(); // whatever earlier tests wrote is judged before this test's scenario
    }

    // ---- a. bursts at night --------------------------------------------------------------------

    @Test
    void aBurstAtNightFiresForTheAgencyAndTheUser() {
        Instant night = at(yesterday, "23:00");
        write(60, i -> lookup(agency, user, night.plusSeconds(5L * i)));
        scan.scan();
        assertThat(alertsOf(AnomalyRule.NIGHT_BURST)).extracting(Alert::subjectKind, Alert::calls)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(SubjectKind.AGENCY, 60L),
                        org.assertj.core.groups.Tuple.tuple(SubjectKind.USER, 60L));
        assertThat(alerts.openCountByAgency()).containsEntry(agency, 2L);
    }

    @Test
    void anAgencysOpenAlertsCountInItsComplianceStatus() {
        id.gerbang.agreement.AgencyId real = accounts.agency();
        accounts.agreement(real, 100);
        Instant night = at(yesterday, "23:00");
        write(60, i -> lookup(real.value(), user, night.plusSeconds(5L * i)));
        scan.scan();
        id.gerbang.report.AgencyCompliance status = compliance.statusOn(JakartaTime.today(clock)).stream()
                .filter(c -> c.agencyId() == real.value()).findFirst().orElseThrow();
        assertThat(status.openAnomalies()).as("the agency's and its user's night-burst alerts").isEqualTo(2);
        assertThat(status.level()).isNotEqualTo(id.gerbang.report.ComplianceLevel.COMPLIANT);
    }

    @Test
    void daytimeTrafficAndASmallNightBatchStayQuiet() {
        write(80, i -> lookup(agency, user, at(yesterday, "10:00").plusSeconds(5L * i)));
        write(20, i -> lookup(agency, user, at(yesterday, "23:00").plusSeconds(5L * i)));
        scan.scan();
        assertThat(alertsOf(AnomalyRule.NIGHT_BURST)).isEmpty();
        assertThat(alerts.openCountByAgency()).doesNotContainKey(agency);
    }

    // ---- b. one NIK, many agencies ---------------------------------------------------------------

    @Test
    void oneNikLookedUpByFiveAgenciesInADayFires() {
        long nik = randomNik();
        write(5, i -> lookup(agency + i, "u" + i, at(yesterday, "09:00").plusSeconds(600L * i)).nik(nik));
        scan.scan();
        List<Alert> found = alertsOfNik(AnomalyRule.NIK_MANY_AGENCIES, nik);
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.calls()).isEqualTo(5);
            assertThat(a.subjectKind()).isEqualTo(SubjectKind.NIK);
            assertThat(a.agencyId()).isNull();
        });
    }

    @Test
    void oneNikLookedUpByFourAgenciesOrOftenByOneStaysQuiet() {
        long nik = randomNik();
        write(4, i -> lookup(agency + i, "u" + i, at(yesterday, "09:00").plusSeconds(600L * i)).nik(nik));
        long other = randomNik();
        write(12, i -> lookup(agency, user, at(yesterday, "09:00").plusSeconds(60L * i)).nik(other));
        scan.scan();
        assertThat(alertsOfNik(AnomalyRule.NIK_MANY_AGENCIES, nik)).isEmpty();
        assertThat(alertsOfNik(AnomalyRule.NIK_MANY_AGENCIES, other)).isEmpty();
    }

    // ---- c. a family card in sequence ------------------------------------------------------------

    @Test
    void fourMembersOfOneFamilyCardInAFewMinutesFire() {
        List<Long> family = family(4);
        write(4, i -> lookup(agency, user, at(yesterday, "11:00").plusSeconds(60L * i)).nik(family.get(i)));
        scan.scan();
        assertThat(alertsOf(AnomalyRule.FAMILY_SEQUENCE)).singleElement().satisfies(a -> {
            assertThat(a.calls()).isEqualTo(4);
            assertThat(a.userId()).isEqualTo(user);
            assertThat(a.nik()).isNull();
        });
    }

    @Test
    void threeMembersOrFourSpreadOverHoursStayQuiet() {
        List<Long> family = family(4);
        write(3, i -> lookup(agency, user, at(yesterday, "11:00").plusSeconds(60L * i)).nik(family.get(i)));
        write(4, i -> lookup(agency, user + "-b", at(yesterday, "08:00").plusSeconds(3600L * i)).nik(family.get(i)));
        write(4, i -> lookup(agency, user + "-c", at(yesterday, "14:00").plusSeconds(30L * i)).nik(family.get(i))
                .outcome(AccessOutcome.QUOTA_EXHAUSTED));
        scan.scan();
        assertThat(alertsOf(AnomalyRule.FAMILY_SEQUENCE)).isEmpty();
    }

    // ---- d. safety-flagged NIK -----------------------------------------------------------------

    @Test
    void aLookupOfASafetyFlaggedNikFiresWithoutNamingTheAgency() {
        long flagged = randomNik();
        long plain = randomNik();
        flags.set(flagged, "uji anomali", "registry-admin");
        write(1, i -> lookup(agency, user, at(yesterday, "13:00")).nik(flagged));
        write(3, i -> lookup(agency, user, at(yesterday, "13:00").plusSeconds(i)).nik(plain));
        scan.scan();
        assertThat(alertsOfNik(AnomalyRule.SAFETY_FLAGGED, flagged)).singleElement().satisfies(a -> {
            assertThat(a.agencyId()).isNull();
            assertThat(a.userId()).isNull();
        });
        assertThat(alertsOfNik(AnomalyRule.SAFETY_FLAGGED, plain)).isEmpty();
    }

    // ---- e. storms of refused calls ------------------------------------------------------------

    @Test
    void aStormOfFailedSignInsFromOneAddressFires() {
        String address = randomAddress();
        write(25, i -> AccessLogEntry.builder(AccessChannel.WEB_SERVICE_COMPATIBLE, AccessOperation.LOOKUP,
                AccessOutcome.LOGIN_FAILED).time(at(yesterday, "15:00").plusSeconds(10L * i)).userId(user).sourceIp(address));
        scan.scan();
        List<Alert> storm = alertsOf(AnomalyRule.REFUSED_STORM, address);
        assertThat(storm).singleElement().satisfies(a -> {
            assertThat(a.subjectKind()).isEqualTo(SubjectKind.ADDRESS);
            assertThat(a.calls()).isEqualTo(25);
        });
        assertThat(alerts.list(null, 1000)).filteredOn(a -> a.rule() == AnomalyRule.REFUSED_STORM
                && user.equals(a.userId())).singleElement().extracting(Alert::subjectKind).isEqualTo(SubjectKind.USER);
    }

    @Test
    void aFewRefusalsOrManyNotFoundStayQuiet() {
        String address = randomAddress();
        write(10, i -> AccessLogEntry.builder(AccessChannel.WEB_SERVICE_COMPATIBLE, AccessOperation.LOOKUP,
                AccessOutcome.LOGIN_FAILED).time(at(yesterday, "15:00").plusSeconds(10L * i)).sourceIp(address));
        write(40, i -> lookup(agency, user, at(yesterday, "15:00").plusSeconds(10L * i)).sourceIp(address)
                .outcome(AccessOutcome.NOT_FOUND));
        scan.scan();
        assertThat(alertsOf(AnomalyRule.REFUSED_STORM, address)).isEmpty();
        assertThat(alertsOf(AnomalyRule.REFUSED_STORM)).isEmpty();
    }

    // ---- f. a user far above its usual volume --------------------------------------------------

    @Test
    void aUserFarAboveItsMedianFiresAndABusyUserAtItsUsualVolumeDoesNot() {
        String quiet = user + "-busy";
        for (int d = 1; d <= 15; d++) {
            LocalDate day = yesterday.minusDays(d);
            write(10, i -> lookup(agency, user, at(day, "09:00").plusSeconds(60L * i)));
            write(110, i -> lookup(agency, quiet, at(day, "09:00").plusSeconds(20L * i)));
        }
        scan.scan();
        write(520, i -> lookup(agency, user, at(yesterday, "09:00").plusSeconds(5L * i)));
        write(520, i -> lookup(agency, quiet, at(yesterday, "09:00").plusSeconds(5L * i)));
        scan.scan();
        List<Alert> spikes = alertsOf(AnomalyRule.VOLUME_SPIKE);
        assertThat(spikes).singleElement().satisfies(a -> {
            assertThat(a.userId()).isEqualTo(user);
            assertThat(a.calls()).isEqualTo(520);
            assertThat(a.threshold()).isEqualTo(500); // max(floor 500, 5 x median 10 + 1)
        });
    }

    // ---- a page is summed up before it is written ----------------------------------------------

    @Test
    void aPageJudgedAtOnceCountsWhatItsEntriesJudgedOneByOneCount() {
        long nik = randomNik();
        long flagged = randomNik();
        List<Long> family = family(4);
        String address = randomAddress();
        Instant night = at(yesterday, "23:00");
        java.util.Random random = new java.util.Random(18);
        List<AccessLogFeed.Entry> page = new ArrayList<>();
        for (int i = 0; i < 200; i++) { // few keys, each many times in the page: every rule but the volume's fires
            Instant time = night.plusSeconds(2L * i);
            long agencyId = agency + (random.nextInt(10) < 8 ? random.nextInt(2) : 2 + random.nextInt(5));
            int kind = random.nextInt(3);
            long named = kind == 0 ? nik : kind == 1 ? family.get(i % 4) : flagged;
            page.add(new AccessLogFeed.Entry(1_000_000L + i, time, JakartaTime.dateOf(time), agencyId,
                    user + "-" + random.nextInt(2), AccessOperation.LOOKUP, address, named,
                    random.nextInt(4) == 3 ? AccessOutcome.LOGIN_FAILED : AccessOutcome.FOUND, named == flagged));
        }
        java.util.function.Predicate<String> ours = subject -> subject.equals(AnomalyScan.nikSubject(nik))
                || subject.equals(AnomalyScan.nikSubject(flagged)) || subject.equals("ip:" + address)
                || family.stream().anyMatch(member -> subject.equals(AnomalyScan.nikSubject(member)))
                || java.util.stream.LongStream.range(agency, agency + 7).anyMatch(a -> subject.equals("a:" + a)
                        || subject.startsWith("u:" + a + ":"));

        int raisedAtOnce = scan.judge(page)[0];
        List<String> atOnce = windowRows(ours);
        int raisedOneByOne = 0;
        for (AccessLogFeed.Entry e : page) {
            raisedOneByOne += scan.judge(List.of(e))[0];
        }
        List<String> oneByOne = windowRows(ours);
        int raisedBySevens = 0;
        for (int from = 0; from < page.size(); from += 7) {
            raisedBySevens += scan.judge(page.subList(from, Math.min(page.size(), from + 7)))[0];
        }
        List<String> bySevens = windowRows(ours);

        long ofAgency = page.stream().filter(e -> e.agencyId() == agency).count();
        long refused = page.stream().filter(e -> e.outcome() == AccessOutcome.LOGIN_FAILED).count();
        long ofFlagged = page.stream().filter(AccessLogFeed.Entry::flagged).count();
        long agenciesOfNik = page.stream().filter(e -> e.nik() == nik).map(AccessLogFeed.Entry::agencyId).distinct().count();
        assertThat(atOnce)
                .anySatisfy(row -> assertThat(row).startsWith("tally NIGHT_BURST a:" + agency + " " + ofAgency + " @"))
                .anySatisfy(row -> assertThat(row).startsWith("tally REFUSED_STORM ip:" + address + " " + refused + " @"))
                .anySatisfy(row -> assertThat(row).startsWith("tally SAFETY_FLAGGED " + AnomalyScan.nikSubject(flagged)
                        + " " + ofFlagged + " @"))
                .anySatisfy(row -> assertThat(row).startsWith("members NIK_MANY_AGENCIES " + AnomalyScan.nikSubject(nik)
                        + " " + agenciesOfNik + " @"));
        assertThat(atOnce.stream().filter(row -> row.startsWith("alert ")).map(row -> row.split(" ")[1]).distinct())
                .containsExactlyInAnyOrder("NIGHT_BURST", "NIK_MANY_AGENCIES", "FAMILY_SEQUENCE", "SAFETY_FLAGGED",
                        "REFUSED_STORM");
        assertThat(oneByOne).as("one entry at a time").isEqualTo(atOnce);
        assertThat(bySevens).as("seven entries at a time").isEqualTo(atOnce);
        assertThat(raisedOneByOne).isEqualTo(raisedAtOnce);
        assertThat(raisedBySevens).isEqualTo(raisedAtOnce);
    }

    /**
     * The tallies, members and alerts of the subjects {@code ours}, sorted (an alert without its id,
     * raising time and first entry: an alert raised by a later page starts at that page); then deleted.
     */
    List<String> windowRows(java.util.function.Predicate<String> ours) {
        List<String> rows = new ArrayList<>();
        jdbc.sql("select rule, subject, window_start, calls from anomaly_tally").query(rs -> {
            if (ours.test(rs.getString(2))) {
                rows.add("tally " + rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(4) + " @"
                        + rs.getObject(3, java.time.OffsetDateTime.class).toInstant());
            }
        });
        jdbc.sql("select rule, subject, window_start, count(*) from anomaly_member group by rule, subject, window_start")
                .query(rs -> {
                    if (ours.test(rs.getString(2))) {
                        rows.add("members " + rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(4) + " @"
                                + rs.getObject(3, java.time.OffsetDateTime.class).toInstant());
                    }
                });
        jdbc.sql("select rule, subject, subject_kind, window_start, window_end, agency_id, user_id, source_ip, nik, calls, "
                + "threshold, last_seq from anomaly_alert").query(rs -> {
            if (ours.test(rs.getString(2))) {
                rows.add("alert " + rs.getString(1) + " " + rs.getString(2) + " calls " + rs.getLong(10) + " of "
                        + rs.getLong(11) + " last " + rs.getLong(12) + " " + rs.getString(3) + " "
                        + rs.getObject(4, java.time.OffsetDateTime.class).toInstant() + "-"
                        + rs.getObject(5, java.time.OffsetDateTime.class).toInstant() + " " + rs.getObject(6) + " "
                        + rs.getObject(7) + " " + rs.getObject(8) + " " + rs.getObject(9));
            }
        });
        for (String table : List.of("anomaly_tally", "anomaly_member", "anomaly_alert")) {
            jdbc.sql("select distinct subject from " + table).query(String.class).list().stream().filter(ours)
                    .forEach(subject -> jdbc.sql("delete from " + table + " where subject = ?").param(subject).update());
        }
        java.util.Collections.sort(rows);
        return rows;
    }

    // ---- idempotency, notices, acknowledgement ---------------------------------------------------

    @Test
    void aRerunOverTheSameEntriesNeverDoublesAnAlert() {
        long before = jdbc.sql("select scanned_through_seq from anomaly_watermark").query(Long.class).single();
        long nik = randomNik();
        write(6, i -> lookup(agency + i, "u" + i, at(yesterday, "09:00").plusSeconds(60L * i)).nik(nik));
        write(60, i -> lookup(agency, user, at(yesterday, "23:30").plusSeconds(5L * i)));
        scan.scan();
        assertThat(scan.scan().entries()).isZero();
        jdbc.sql("update anomaly_watermark set scanned_through_seq = ?").param(before).update();
        scan.scan();
        assertThat(alertsOfNik(AnomalyRule.NIK_MANY_AGENCIES, nik)).singleElement()
                .extracting(Alert::calls).isEqualTo(6L);
        assertThat(alertsOf(AnomalyRule.NIGHT_BURST)).hasSize(2);
        assertThat(jdbc.sql("select count(*) from anomaly_alert where agency_id = ?").param(agency)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theRegistryAdministratorsGetOneNoticePerAlertWithoutTheNik() {
        AccountFixtures.Login admin = accounts.registryAdmin();
        long flagged = randomNik();
        flags.set(flagged, null, "registry-admin");
        write(2, i -> lookup(agency, user, at(yesterday, "13:00").plusSeconds(i)).nik(flagged));
        scan.scan();
        scan.scan();
        Alert alert = alertsOfNik(AnomalyRule.SAFETY_FLAGGED, flagged).getFirst();
        List<InboxMessage> notices = inbox.messages(admin.userId(), Locale.forLanguageTag("id"), 200).stream()
                .filter(m -> m.kind() == NotificationKind.ANOMALY_ALERT && m.subject().contains(" " + alert.id() + ":"))
                .toList();
        assertThat(notices).singleElement().satisfies(m -> {
            assertThat(m.subject()).contains("Akses NIK bertanda perlindungan");
            assertThat(m.body()).contains("satu NIK").doesNotContain(Long.toString(flagged));
            assertThat(m.link()).isEqualTo("/portal/registry/alerts");
        });
        List<InboxMessage> english = inbox.messages(admin.userId(), Locale.ENGLISH, 200).stream()
                .filter(m -> m.kind() == NotificationKind.ANOMALY_ALERT && m.subject().contains(" " + alert.id() + ":"))
                .toList();
        assertThat(english).singleElement().satisfies(m ->
                assertThat(m.subject()).contains("Lookup of a safety-flagged NIK"));
    }

    @Test
    void anAlertIsAcknowledgedOnceWithANote() {
        write(60, i -> lookup(agency, user, at(yesterday, "01:00").plusSeconds(5L * i)));
        scan.scan();
        Alert alert = alertsOf(AnomalyRule.NIGHT_BURST).getFirst();
        assertThatThrownBy(() -> alerts.acknowledge(alert.id(), "  ", "registry-admin"))
                .isInstanceOf(GerbangException.class)
                .hasFieldOrPropertyWithValue("errorCode", AnomalyError.ALERT_NOTE_REQUIRED);
        Alert done = alerts.acknowledge(alert.id(), "Dicek dengan lembaga: migrasi data malam hari.", "registry-admin");
        assertThat(done.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(done.acknowledgedBy()).isEqualTo("registry-admin");
        assertThat(alerts.openCountByAgency()).containsEntry(agency, 1L);
        assertThatThrownBy(() -> alerts.acknowledge(alert.id(), "lagi", "registry-admin"))
                .isInstanceOf(GerbangException.class)
                .hasFieldOrPropertyWithValue("errorCode", AnomalyError.ALERT_ALREADY_ACKNOWLEDGED);
        assertThatThrownBy(() -> alerts.acknowledge(-1, "x", "registry-admin"))
                .isInstanceOf(GerbangException.class)
                .hasFieldOrPropertyWithValue("errorCode", AnomalyError.ALERT_NOT_FOUND);
    }

    // ---- a run catching up paces itself ----------------------------------------------------------

    @Test
    void thePauseAfterAPageLeavesTheScanItsWorkShareOfTheTime() {
        assertThat(AnomalyScan.pauseNanos(100, 1)).isZero();
        assertThat(AnomalyScan.pauseNanos(100, 0.25)).isEqualTo(300);
        assertThat(AnomalyScan.pauseNanos(100, 0.5)).isEqualTo(100);
        assertThat(AnomalyScan.pauseNanos(-5, 0.25)).as("a clock step back").isZero();
    }

    @Test
    void aRunCatchingUpPausesAfterAFullPageAndNotAfterItsLast() {
        write(properties.pageSize() + 1, i -> lookup(agency, user, clock.instant()));
        AnomalyScan.Result run = scan.scan();
        assertThat(run.entries()).isEqualTo(properties.pageSize() + 1);
        assertThat(run.paused().toNanos()).as("after the full first page, which took more than a millisecond")
                .isGreaterThanOrEqualTo(AnomalyScan.pauseNanos(1_000_000, properties.workShare()));
        AnomalyScan.Result idle = scan.scan();
        assertThat(idle.entries()).isZero();
        assertThat(idle.paused()).isZero();
    }

    @Test
    void stoppingTheApplicationEndsAPausingRunAtItsPause() throws InterruptedException {
        AnomalyProperties p = properties;
        AnomalyScan slow = new AnomalyScan(context.getBean(AccessLogFeed.class),
                context.getBean(AccessLogStatistics.class),
                context.getBean(PopulationRegister.class), jdbc,
                context.getBean(JdbcTemplate.class),
                context.getBean(PlatformTransactionManager.class),
                context.getBean(JobLock.class), context.getBean(AlertNotices.class),
                new AnomalyProperties(p.enabled(), p.interval(), p.pageSize(), p.maxPages(), 0.0001, p.keepWindows(),
                        p.jobLease(), p.nightBurst(), p.nikManyAgencies(), p.familySequence(), p.safetyFlagged(),
                        p.refusedStorm(), p.volumeSpike()), clock);
        long before = watermark();
        write(p.pageSize() + 1, i -> lookup(agency, user, clock.instant()));
        slow.handOff(); // on its own thread: its first page, then a pause of about 10,000 times that page
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (watermark() == before && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(watermark()).as("the first page was judged").isEqualTo(before + p.pageSize());

        long stopping = System.nanoTime();
        slow.stop();
        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).as("stop waits for the run to end")
                .isLessThan(Duration.ofSeconds(25));
        assertThat(watermark()).as("the run ended at its pause: the last entry waits for the next run")
                .isEqualTo(before + p.pageSize());
        slow.handOff(); // a stopped scan starts no run
        Thread.sleep(200);
        assertThat(watermark()).isEqualTo(before + p.pageSize());
        scan.scan();
        assertThat(watermark()).isEqualTo(before + p.pageSize() + 1);
    }

    long watermark() {
        return jdbc.sql("select scanned_through_seq from anomaly_watermark where log_name = 'access'")
                .query(Long.class).single();
    }

    // ---- helpers -------------------------------------------------------------------------------

    AccessLogEntry.Builder lookup(long agencyId, String userId, Instant time) {
        return AccessLogEntry.builder(AccessChannel.WEB_SERVICE_COMPATIBLE, AccessOperation.LOOKUP, AccessOutcome.FOUND)
                .time(time).agencyId(agencyId).agreementId(agencyId * 10).userId(userId).sourceIp("127.0.0.9")
                .elements(List.of("NIK"));
    }

    /** Writes {@code n} entries (concurrently, so the log commits them in groups) and waits for all. */
    void write(int n, java.util.function.IntFunction<AccessLogEntry.Builder> entry) {
        List<CompletableFuture<Long>> written = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            written.add(accessLog.recordAsync(entry.apply(i).build()));
        }
        CompletableFuture.allOf(written.toArray(CompletableFuture[]::new)).join();
    }

    static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(JakartaTime.ZONE).toInstant();
    }

    List<Alert> alertsOf(AnomalyRule rule) {
        return alerts.list(null, 1000).stream().filter(a -> a.rule() == rule && Long.valueOf(agency).equals(a.agencyId()))
                .toList();
    }

    List<Alert> alertsOf(AnomalyRule rule, String address) {
        return alerts.list(null, 1000).stream().filter(a -> a.rule() == rule && address.equals(a.sourceIp())).toList();
    }

    List<Alert> alertsOfNik(AnomalyRule rule, long nik) {
        return alerts.list(null, 1000).stream().filter(a -> a.rule() == rule && Long.valueOf(nik).equals(a.nik())).toList();
    }

    static long randomNik() {
        // region 32.73.01, born 15-09-1990 (female: day + 40), a random serial
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return Long.parseLong("327301" + (41 + r.nextInt(28)) + "0990" + String.format("%04d", r.nextInt(1, 10_000)));
    }

    static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(100, 200) + "." + r.nextInt(0, 255) + "." + r.nextInt(1, 255);
    }

    /** A new family card with {@code members} residents in the register; returns their NIKs. */
    List<Long> family(int members) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long noKk = Long.parseLong("327301150320" + String.format("%04d", r.nextInt(1, 10_000)));
        jdbc.sql("delete from resident where no_kk = ?").param(noKk).update();
        jdbc.sql("delete from family where no_kk = ?").param(noKk).update();
        jdbc.sql("insert into family (no_kk, address, province_no, regency_no, district_no, village_no) "
                + "values (?, 'Jalan Uji Anomali 1', 32, 73, 1, 1001)").param(noKk).update();
        List<Long> niks = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            long nik = Long.parseLong("327301" + (11 + i) + "0885" + String.format("%04d", r.nextInt(1, 10_000)));
            jdbc.sql("delete from resident where nik = ?").param(nik).update();
            jdbc.sql("insert into resident (nik, no_kk, full_name, sex, place_of_birth, date_of_birth, religion, "
                            + "marital_status, occupation, education, family_relationship, citizenship, record_status) "
                            + "values (?, ?, ?, 1, 'BANDUNG', DATE '1985-08-1" + (i + 1) + "', 1, 1, 1, 1, ?, 1, 'ACTIVE')")
                    .params(nik, noKk, "WARGA UJI " + i, i == 0 ? 1 : 4).update();
            niks.add(nik);
        }
        return niks;
    }
}
