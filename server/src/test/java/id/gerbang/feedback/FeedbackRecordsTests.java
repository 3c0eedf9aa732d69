package id.gerbang.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements.Arrangement;
import id.gerbang.account.Actor;
import id.gerbang.agreement.FeedbackKind;
import id.gerbang.agreement.FeedbackMethod;
import id.gerbang.agreement.FeedbackObligations;
import id.gerbang.common.JakartaTime;
import id.gerbang.common.Roles;
import id.gerbang.feedback.SubmissionResult.Status;
import id.gerbang.registry.Nik;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rules of data balikan through the module's API on both databases: the lookup and its window,
 * the kinds and methods of the agreement, versions and duplicates, encryption at rest read from the
 * table itself, who may read victim information and that every reading is recorded.
 */
@IntegrationTest
@Import(FeedbackArrangements.class)
class FeedbackRecordsTests {

    @Autowired
    FeedbackArrangements fixtures;

    @Autowired
    FeedbackRecords feedback;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    LocalDate today() {
        return JakartaTime.today(clock);
    }

    Submitter ws(Arrangement a) {
        return new Submitter(a.agency(), a.userId(), FeedbackMethod.WEB_SERVICE);
    }

    static Actor admin() {
        return new Actor("admin.uji", Roles.REGISTRY_ADMIN, null);
    }

    @Test
    void aVictimRecordIsStoredEncryptedAndLinkedToItsLookup() {
        Arrangement a = fixtures.arrange(FeedbackArrangements.SEED);
        long seq = fixtures.lookedUp(a, FeedbackArrangements.NADIA, clock.instant());
        String caseReference = "KASUS/" + seq;

        List<SubmissionResult> results = feedback.submit(ws(a), List.of(FeedbackSubmission.victim(
                FeedbackArrangements.NADIA, caseReference, FeedbackArrangements.victim(LocalDate.of(2026, 3, 1)))));

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.ACCEPTED);
            assertThat(r.version()).isEqualTo(1);
        });
        var row = jdbc.sql("select lookup_seq, key_id, victim_data, agreement_id from feedback_record where record_key = ?")
                .param(results.getFirst().recordId())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getBytes(3), rs.getLong(4)}).single();
        assertThat(row[0]).isEqualTo(seq);
        assertThat((String) row[1]).isNotBlank();
        assertThat(row[3]).isEqualTo(a.agreement().value());
        String stored = new String((byte[]) row[2], StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain("kinds=").doesNotContain("2026-03-01").doesNotContain("v1;");

        List<FeedbackRecordView> views = feedback.byNik(Nik.parse(FeedbackArrangements.NADIA), admin());
        FeedbackRecordView view = views.stream().filter(v -> v.caseReference().equals(caseReference)).findFirst().orElseThrow();
        assertThat(view.victim()).isEqualTo(FeedbackArrangements.victim(LocalDate.of(2026, 3, 1)));
        assertThat(view.ageGroup()).as("born 2015-08-12: 10 years old on 2026-03-01, group 6-12").isEqualTo(2);
        assertThat(view.lookupSeq()).isEqualTo(seq);
        assertThat(jdbc.sql("select count(*) from audit_admin_log where action = 'feedback.viewed' and actor = 'admin.uji'"
                + " and after_state like ?").param("%" + results.getFirst().recordId() + "%").query(Long.class).single())
                .isPositive();
    }

    @Test
    void readingThousandsOfVictimVersionsIsRecordedInPartsWithinTheLogsBound() {
        Arrangement a = fixtures.arrange(FeedbackArrangements.SEED);
        // a NIK of its own (not in the register), so no other test's pages meet these 2,100 versions
        String nik = "320410150390" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1000, 9999);
        fixtures.lookedUp(a, nik, clock.instant());
        for (int batch = 0; batch < 3; batch++) {
            List<FeedbackSubmission> many = new java.util.ArrayList<>();
            for (int i = 0; i < 700; i++) {
                many.add(FeedbackSubmission.victim(nik, "BANYAK-" + a.agency().value() + "-"
                        + batch + "-" + i, FeedbackArrangements.victim(LocalDate.of(2026, 3, 1))));
            }
            assertThat(feedback.submit(ws(a), many)).allSatisfy(r -> assertThat(r.status()).isEqualTo(Status.ACCEPTED));
        }
        Actor reader = new Actor("admin.banyak." + a.agency().value(), Roles.REGISTRY_ADMIN, null);

        List<FeedbackRecordView> views = feedback.byNik(Nik.parse(nik), reader);

        assertThat(views).hasSize(2_100);
        List<String> states = jdbc.sql("select after_state from audit_admin_log where action = 'feedback.viewed' and actor = ?")
                .param(reader.userId()).query(String.class).list();
        assertThat(states).as("2,000 versions an entry").hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(state -> assertThat(state).contains("\"part\"").hasSizeLessThan(200_000));
    }

    @Test
    void onlyALookedUpNikWithinTheWindow() {
        Arrangement a = fixtures.arrange(FeedbackArrangements.SEED);
        fixtures.lookedUp(a, FeedbackArrangements.HENDRA, clock.instant().minus(Duration.ofDays(91)));
        String programme = fixtures.programme();
        ProgrammeDetails details = new ProgrammeDetails(programme, today(), "Uang tunai", 500_000L);

        List<SubmissionResult> results = feedback.submit(ws(a), List.of(
                FeedbackSubmission.programme(FeedbackArrangements.RATNA, "P-1", details),
                FeedbackSubmission.programme(FeedbackArrangements.HENDRA, "P-2", details)));

        assertThat(results).extracting(SubmissionResult::error)
                .containsExactly(FeedbackError.NIK_NOT_LOOKED_UP, FeedbackError.LOOKUP_WINDOW_PASSED);
        assertThat(results.get(1).argument()).isEqualTo(90L);

        fixtures.lookedUp(a, FeedbackArrangements.HENDRA, clock.instant().minus(Duration.ofDays(89)));
        assertThat(feedback.submit(ws(a), List.of(FeedbackSubmission.programme(FeedbackArrangements.HENDRA, "P-2", details))))
                .extracting(SubmissionResult::status).containsExactly(Status.ACCEPTED);
    }

    @Test
    void anotherAgencysLookupDoesNotCount() {
        Arrangement a = fixtures.arrange(FeedbackArrangements.SEED);
        Arrangement other = fixtures.arrange(FeedbackArrangements.SEED);
        fixtures.lookedUp(other, FeedbackArrangements.RATNA, clock.instant());

        assertThat(feedback.submit(ws(a), List.of(FeedbackSubmission.victim(FeedbackArrangements.RATNA, "K-1",
                FeedbackArrangements.victim(today())))))
                .extracting(SubmissionResult::error).containsExactly(FeedbackError.NIK_NOT_LOOKED_UP);
    }

    @Test
    void onlyTheKindsAndMethodsTheAgreementNames() {
        Arrangement a = fixtures.arrange(new FeedbackObligations(EnumSet.of(FeedbackKind.PROGRAMME_RECIPIENT),
                EnumSet.of(FeedbackMethod.WEB_SERVICE)));
        fixtures.lookedUp(a, FeedbackArrangements.RATNA, clock.instant());
        String programme = fixtures.programme();

        assertThat(feedback.submit(ws(a), List.of(FeedbackSubmission.victim(FeedbackArrangements.RATNA, "K-1",
                FeedbackArrangements.victim(today())))))
                .extracting(SubmissionResult::error).containsExactly(FeedbackError.KIND_NOT_ALLOWED);
        Submitter upload = new Submitter(a.agency(), a.userId(), FeedbackMethod.EXCEL_UPLOAD);
        ProgrammeDetails details = new ProgrammeDetails(programme, today(), "Paket sembako", null);
        assertThat(feedback.submit(upload, List.of(FeedbackSubmission.programme(FeedbackArrangements.RATNA, "P-1", details))))
                .extracting(SubmissionResult::error).containsExactly(FeedbackError.METHOD_NOT_ALLOWED);
        assertThat(feedback.submit(ws(a), List.of(FeedbackSubmission.programme(FeedbackArrangements.RATNA, "P-1", details))))
                .extracting(SubmissionResult::status).containsExactly(Status.ACCEPTED);
    }

    @Test
    void theSameRecordTwiceIsAcceptedOnceAndCorrectionsAreNewVersions() {
        Arrangement a = fixtures.arrange(FeedbackArrangements.SEED);
        fixtures.lookedUp(a, FeedbackArrangements.RATNA, clock.instant());
        FeedbackSubmission first = FeedbackSubmission.victim(FeedbackArrangements.RATNA, "K-7",
                FeedbackArrangements.victim(today().minusDays(3)));

        List<SubmissionResult> twice = feedback.submit(ws(a), List.of(first, first));
        SubmissionResult again = feedback.submit(ws(a), List.of(first)).getFirst();
        SubmissionResult corrected = feedback.submit(ws(a), List.of(FeedbackSubmission.victim(
                FeedbackArrangements.RATNA, "K-7", FeedbackArrangements.victim(today().minusDays(4))))).getFirst();
        SubmissionResult withdrawn = feedback.submit(ws(a), List.of(
                FeedbackSubmission.withdrawal(FeedbackArrangements.RATNA, FeedbackKind.VICTIM, "K-7"))).getFirst();
        SubmissionResult withdrawnAgain = feedback.submit(ws(a), List.of(
                FeedbackSubmission.withdrawal(FeedbackArrangements.RATNA, FeedbackKind.VICTIM, "K-7"))).getFirst();

        assertThat(twice).extracting(SubmissionResult::status).containsExactly(Status.ACCEPTED, Status.DUPLICATE);
        assertThat(again.status()).isEqualTo(Status.DUPLICATE);
        assertThat(again.version()).isEqualTo(1);
        assertThat(corrected.status()).isEqualTo(Status.ACCEPTED);
        assertThat(corrected.version()).isEqualTo(2);
        assertThat(corrected.recordId()).isEqualTo(twice.getFirst().recordId());
        assertThat(withdrawn.version()).isEqualTo(3);
        assertThat(withdrawnAgain.status()).isEqualTo(Status.DUPLICATE);
        assertThat(jdbc.sql("select action from feedback_record where record_key = ? order by version")
                .param(corrected.recordId()).query(String.class).list())
                .containsExactly("SUBMITTED", "CORRECTED", "WITHDRAWN");
        assertThat(feedback.submit(ws(a), List.of(
                FeedbackSubmission.withdrawal(FeedbackArrangements.RATNA, FeedbackKind.VICTIM, "K-unknown"))))
                .extracting(SubmissionResult::error).containsExactly(FeedbackError.RECORD_NOT_FOUND);
    }

    @Test
    void victimInformationOnlyForTheRolesThatNeedIt() {
        Arrangement a = fixtures.arrange(FeedbackArrangements.SEED);
        Arrangement other = fixtures.arrange(FeedbackArrangements.SEED);
        fixtures.lookedUp(a, FeedbackArrangements.RATNA, clock.instant());
        SubmissionResult stored = feedback.submit(ws(a), List.of(FeedbackSubmission.victim(FeedbackArrangements.RATNA,
                "K-9", FeedbackArrangements.victim(today())))).getFirst();

        List<FeedbackRecordView> byAuditor = feedback.versions(stored.recordId(),
                new Actor("auditor.uji", Roles.REGISTRY_AUDITOR, null));
        List<FeedbackRecordView> byOperator = feedback.versions(stored.recordId(),
                new Actor("op.uji", Roles.AGENCY_OPERATOR, a.agency()));
        List<FeedbackRecordView> byOtherAgency = feedback.versions(stored.recordId(),
                new Actor("op.lain", Roles.AGENCY_OPERATOR, other.agency()));

        assertThat(byAuditor).singleElement().satisfies(v -> {
            assertThat(v.victim()).isNull();
            assertThat(v.victimHidden()).isTrue();
        });
        assertThat(byOperator).singleElement().satisfies(v -> assertThat(v.victim()).isNotNull());
        assertThat(byOtherAgency).isEmpty();
    }

    @Test
    void malformedRecordsAreRefusedNamingTheField() {
        Arrangement a = fixtures.arrange(FeedbackArrangements.SEED);
        fixtures.lookedUp(a, FeedbackArrangements.RATNA, clock.instant());
        VictimDetails future = new VictimDetails(Set.of(1), 1, 1, today().plusDays(1), today().plusDays(1), Set.of(), null);
        VictimDetails badCode = new VictimDetails(Set.of(99), 1, 1, today(), today(), Set.of(), null);
        VictimDetails reportFirst = new VictimDetails(Set.of(1), 1, 1, today(), today().minusDays(1), Set.of(), null);

        List<SubmissionResult> results = feedback.submit(ws(a), List.of(
                FeedbackSubmission.victim("123", "K", FeedbackArrangements.victim(today())),
                FeedbackSubmission.victim(FeedbackArrangements.RATNA, " ", FeedbackArrangements.victim(today())),
                FeedbackSubmission.victim(FeedbackArrangements.RATNA, "K", future),
                FeedbackSubmission.victim(FeedbackArrangements.RATNA, "K", badCode),
                FeedbackSubmission.victim(FeedbackArrangements.RATNA, "K", reportFirst),
                FeedbackSubmission.programme(FeedbackArrangements.RATNA, "K",
                        new ProgrammeDetails("TIDAK-ADA", today(), "Tunai", null))));

        assertThat(results).extracting(SubmissionResult::field).containsExactly(
                "nik", "caseReference", "incidentDate", "violenceKinds", "reportDate", "programmeCode");
        assertThat(results).extracting(SubmissionResult::problem).containsExactly(FieldProblem.NOT_A_NIK,
                FieldProblem.MISSING, FieldProblem.IN_THE_FUTURE, FieldProblem.NOT_IN_CODE_LIST,
                FieldProblem.BEFORE_INCIDENT, FieldProblem.UNKNOWN_PROGRAMME);
    }
}
