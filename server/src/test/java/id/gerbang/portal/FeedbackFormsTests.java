package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.access.AccessArrangements;
import id.gerbang.account.AccountFixtures;
import id.gerbang.agreement.FeedbackKind;
import id.gerbang.agreement.FeedbackMethod;
import id.gerbang.agreement.FeedbackObligations;
import id.gerbang.common.Roles;
import id.gerbang.feedback.FeedbackArrangements;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Data balikan by the portal's online form (issue 16, method 3) over HTTP: both kinds stored through
 * the feedback module with method ONLINE_FORM, the same record twice stored once, and the module's
 * refusals shown beside the field they name or, when they name none, in the error summary.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({AccountFixtures.class, AccessArrangements.class, PortalFixtures.class, FeedbackArrangements.class})
class FeedbackFormsTests {

    static final String FORM = "/portal/operator/feedback";

    @LocalServerPort
    int port;
    @Autowired
    FeedbackArrangements feedback;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    id.gerbang.feedback.internal.FeedbackKeys keys;

    record Operator(PortalHttp session, AccessArrangements.Arrangement arrangement) {
    }

    Operator operator(FeedbackObligations obligations) throws Exception {
        AccessArrangements.Arrangement a = feedback.arrange(obligations);
        AccountFixtures.Login login = accounts.user(Roles.AGENCY_OPERATOR, a.agency(), a.agreement());
        PortalHttp session = new PortalHttp(port);
        session.signIn(login.user(), login.password());
        return new Operator(session, a);
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
    }

    static String victimForm(String nik, String reference, String incident, String report) {
        return "kind=VICTIM&method=ONLINE_FORM&nik=" + nik + "&caseReference=" + PortalHttp.encode(reference)
                + "&violenceKinds=1&violenceKinds=2&place=1&perpetratorRelationship=1&incidentDate=" + incident
                + "&reportDate=" + report + "&services=1&disability=";
    }

    @Test
    void aVictimRecordIsStoredByTheFormOnceWithMethodOnlineForm() throws Exception {
        Operator op = operator(FeedbackArrangements.SEED);
        feedback.lookedUp(op.arrangement(), FeedbackArrangements.RATNA, Instant.now());
        assertThat(op.session().get(FORM).body()).contains("id=\"violenceKinds-1\"").contains("id=\"place\"");
        String reference = "PPA/" + AccountFixtures.unique("");
        HttpResponse<String> sent = op.session().post(FORM, victimForm(FeedbackArrangements.RATNA, reference, today(), today()));
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElse("")).endsWith(FORM + "?kind=VICTIM");
        assertThat(jdbc.sql("select method from feedback_record where case_reference = ?").param(reference)
                .query(String.class).list()).containsExactly("ONLINE_FORM");
        HttpResponse<String> again = op.session().post(FORM, victimForm(FeedbackArrangements.RATNA, reference, today(), today()));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from feedback_record where case_reference = ?").param(reference)
                .query(Integer.class).single()).as("the same record twice is stored once").isEqualTo(1);
    }

    @Test
    void theModulesRefusalsAreShownBesideTheirFields() throws Exception {
        Operator op = operator(FeedbackArrangements.SEED);
        feedback.lookedUp(op.arrangement(), FeedbackArrangements.RATNA, Instant.now());
        String yesterday = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1).toString();
        HttpResponse<String> page = op.session().post(FORM,
                victimForm(FeedbackArrangements.RATNA, "PPA/1", today(), yesterday));
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"reportDate-error\">tanggal pelaporan sebelum tanggal kejadian</p>")
                .contains("href=\"#reportDate\"");
        // what the page itself checks: a missing choice, a date that is not one
        page = op.session().post(FORM, victimForm(FeedbackArrangements.RATNA, "PPA/2", "kemarin", today())
                .replace("&place=1", "&place="));
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"place-error\">wajib diisi</p>")
                .contains("id=\"incidentDate-error\">bukan tanggal yang sah</p>")
                .as("the form keeps what was typed").contains("value=\"PPA/2\"");
    }

    @Test
    void aRefusalNamingNoFieldIsInTheSummary() throws Exception {
        Operator op = operator(FeedbackArrangements.SEED);
        // never looked up by this agency
        HttpResponse<String> page = op.session().post(FORM, victimForm(FeedbackArrangements.HENDRA, "PPA/3", today(), today()));
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"error-summary\"").contains("NIK_NOT_LOOKED_UP");
        // an agreement without the online form
        Operator other = operator(new FeedbackObligations(EnumSet.allOf(FeedbackKind.class), EnumSet.of(FeedbackMethod.WEB_SERVICE)));
        feedback.lookedUp(other.arrangement(), FeedbackArrangements.RATNA, Instant.now());
        page = other.session().post(FORM, victimForm(FeedbackArrangements.RATNA, "PPA/4", today(), today()));
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("METHOD_NOT_ALLOWED");
    }

    @Test
    void aDraftIsStoredEncryptedFillsTheFormAgainAndIsRemovedOnceSent() throws Exception {
        Operator op = operator(FeedbackArrangements.SEED);
        feedback.lookedUp(op.arrangement(), FeedbackArrangements.RATNA, Instant.now());
        String reference = "DRAF/" + AccountFixtures.unique("");
        String form = victimForm(FeedbackArrangements.RATNA, reference, today(), today());
        HttpResponse<String> saved = op.session().post(FORM, form + "&action=draft");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from feedback_record where case_reference = ?").param(reference)
                .query(Integer.class).single()).as("a draft is not a record").isZero();
        java.util.Map<String, Object> row = jdbc.sql("select key_id, content from feedback_draft where kind = 'VICTIM' "
                + "and agency_id = ?").param(op.arrangement().agency().value()).query().singleRow();
        assertThat(row.get("key_id")).isEqualTo(keys.currentKeyId());
        String stored = new String((byte[]) row.get("content"), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain(FeedbackArrangements.RATNA).doesNotContain(reference)
                .doesNotContain("violenceKinds");
        String page = op.session().get(FORM + "?kind=VICTIM").body();
        assertThat(page).contains("id=\"draft-loaded\"").contains("value=\"" + reference + "\"")
                .contains("value=\"" + FeedbackArrangements.RATNA + "\"");
        assertThat(op.session().post(FORM, form).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from feedback_draft where agency_id = ?")
                .param(op.arrangement().agency().value()).query(Integer.class).single()).isZero();
        assertThat(op.session().get(FORM + "?kind=VICTIM").body()).doesNotContain("id=\"draft-loaded\"");
    }

    @Test
    void aProgrammeRecipientRecordByTheForm() throws Exception {
        Operator op = operator(FeedbackArrangements.SEED);
        feedback.lookedUp(op.arrangement(), FeedbackArrangements.HENDRA, Instant.now());
        String programme = feedback.programme();
        assertThat(op.session().get(FORM + "?kind=PROGRAMME_RECIPIENT").body()).contains("value=\"" + programme + "\"");
        String reference = "BANSOS/" + AccountFixtures.unique("");
        String form = "kind=PROGRAMME_RECIPIENT&method=ONLINE_FORM&nik=" + FeedbackArrangements.HENDRA + "&caseReference="
                + PortalHttp.encode(reference) + "&aidDate=" + today() + "&aidForm=" + PortalHttp.encode("Paket sembako")
                + "&amount=";
        HttpResponse<String> page = op.session().post(FORM, form.replace("&aidDate", "&programmeCode=TIDAK-ADA&aidDate"));
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"programmeCode-error\">");
        page = op.session().post(FORM, form.replace("&aidDate", "&programmeCode=" + programme + "&aidDate"));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select kind from feedback_record where case_reference = ?").param(reference)
                .query(String.class).list()).containsExactly("PROGRAMME_RECIPIENT");
    }
}
