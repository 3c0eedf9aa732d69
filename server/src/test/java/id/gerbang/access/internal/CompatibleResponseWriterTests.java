package id.gerbang.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.access.Golden;
import id.gerbang.access.ServiceOutcome;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Whole response bodies against the golden files, and the shape rules clients depend on. */
class CompatibleResponseWriterTests {

    static final Set<PersonField> ALL = EnumSet.allOf(PersonField.class);

    /** The elements the seed agreement (Disdukcapil Jabar - DP3AKB Jabar) grants. */
    static final Set<PersonField> PKS = EnumSet.of(PersonField.NO_KK, PersonField.NIK, PersonField.NAMA_LGKP,
            PersonField.JENIS_KLMIN, PersonField.TMPT_LHR, PersonField.TGL_LHR, PersonField.STATUS_KAWIN,
            PersonField.JENIS_PKRJN, PersonField.ALAMAT, PersonField.NO_PROP, PersonField.PROP_NAME,
            PersonField.NO_KAB, PersonField.KAB_NAME, PersonField.NO_KEC, PersonField.KEC_NAME,
            PersonField.NO_KEL, PersonField.KEL_NAME, PersonField.NO_RT, PersonField.NO_RW);

    final CompatibleResponseWriter writer = new CompatibleResponseWriter(SyntheticPeople.LABELS);
    final FieldProfiles profiles = new FieldProfiles(Map.of());
    final OutcomeTexts texts = new OutcomeTexts(Map.of());

    byte[] persons(List<? extends PersonValues> people, String profile, Set<PersonField> granted, WireStyle style) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.persons(out, people, profiles.project(profile, granted), style);
        return out.toByteArray();
    }

    static JsonNode json(byte[] body) {
        return JsonMapper.builder().build().readTree(body);
    }

    @Test
    void lookupFoundWithEveryField() {
        Golden.assertMatches("lookup-found", persons(List.of(SyntheticPeople.ratna()), "standard", ALL, WireStyle.DEFAULT));
    }

    @Test
    void lookupFoundWithIdentityNumbersAsStringsAndUpperCaseSex() {
        Golden.assertMatches("lookup-found-strings",
                persons(List.of(SyntheticPeople.ratna()), "standard", ALL, new WireStyle(true, true)));
    }

    @Test
    void lookupFoundWithTheSeedAgreementsElements() {
        byte[] body = persons(List.of(SyntheticPeople.ratna()), "standard", PKS, WireStyle.DEFAULT);
        Golden.assertMatches("lookup-found-pks", body);
        JsonNode person = json(body).get("content").get(0);
        assertThat(person.propertyNames()).hasSize(PKS.size());
        assertThat(person.has("NAMA_LGKP_IBU")).isFalse();
        assertThat(person.has("AGAMA")).isFalse();
    }

    @Test
    void namedProfilesDecideTheKeysAndTheirOrder() {
        byte[] admDesa = persons(List.of(SyntheticPeople.ratna()), "adm_desa", ALL, WireStyle.DEFAULT);
        Golden.assertMatches("lookup-found-adm-desa", admDesa);
        assertThat(json(admDesa).get("content").get(0).propertyNames()).hasSize(33);
        byte[] dinkes = persons(List.of(SyntheticPeople.ratna()), "dinkes", ALL, WireStyle.DEFAULT);
        Golden.assertMatches("lookup-found-dinkes", dinkes);
        assertThat(json(dinkes).get("content").get(0).propertyNames()).first().isEqualTo("NIK");
    }

    /** The keys of a captured central-service response, in its order (issue 13 point 10). */
    static final List<String> CENTRAL_CAPTURE = List.of("NO_KK", "NIK", "NAMA_LGKP", "KAB_NAME", "AGAMA",
            "NAMA_LGKP_AYAH", "NO_RW", "KEC_NAME", "JENIS_PKRJN", "NO_RT", "ALAMAT", "TMPT_LHR", "PDDK_AKH",
            "STATUS_KAWIN", "NAMA_LGKP_IBU", "PROP_NAME", "GOL_DARAH", "KEL_NAME", "JENIS_KLMIN", "TGL_LHR");

    /** A widely copied client model of the same service. */
    static final List<String> CENTRAL_CLIENT_MODEL = List.of("EKTP_STATUS", "NO_KK", "NIK", "NAMA_LGKP", "KAB_NAME",
            "AGAMA", "NO_RW", "KEC_NAME", "JENIS_PKRJN", "NO_RT", "NO_KEL", "ALAMAT", "NO_KEC", "TMPT_LHR", "PDDK_AKH",
            "STATUS_KAWIN", "NO_PROP", "NAMA_LGKP_IBU", "PROP_NAME", "NO_KAB", "KEL_NAME", "JENIS_KLMIN", "TGL_LHR",
            "GOL_DARAH");

    /** Another deployment's client model. */
    static final List<String> OTHER_DEPLOYMENT_MODEL = List.of("EKTP_STATUS", "DUSUN", "NAMA_LGKP", "AGAMA",
            "EKTP_CREATED", "JENIS_PKRJN", "PDDK_AKH", "TMPT_LHR", "STATUS_KAWIN", "GOL_DARAH", "JENIS_KLMIN", "NO_KK",
            "NIK", "KAB_NAME", "NAMA_LGKP_AYAH", "NO_RW", "KEC_NAME", "NO_AKTA_LHR", "NO_KEL", "NO_RT", "KODE_POS",
            "NO_KEC", "ALAMAT", "NO_PROP", "NAMA_LGKP_IBU", "PNYDNG_CCT", "PROP_NAME", "NO_KAB", "TGL_LHR", "KEL_NAME");

    static Set<PersonField> granting(List<String> keys) {
        Set<PersonField> out = EnumSet.noneOf(PersonField.class);
        keys.forEach(k -> PersonField.byKey(k).ifPresent(out::add));
        return out;
    }

    @Test
    void theDefaultProfileAnswersTheCapturedCentralResponsesKeysInItsOrder() {
        byte[] body = persons(List.of(SyntheticPeople.ratna()), "default", granting(CENTRAL_CAPTURE), WireStyle.DEFAULT);
        Golden.assertMatches("lookup-found-central-capture", body);
        assertThat(json(body).get("content").get(0).propertyNames()).containsExactlyElementsOf(CENTRAL_CAPTURE);
    }

    @Test
    void theDefaultProfileAgreesWithTheClientModelWhereTheTwoCapturesAgree() {
        byte[] body = persons(List.of(SyntheticPeople.ratna()), "standard", granting(CENTRAL_CLIENT_MODEL), WireStyle.DEFAULT);
        // the two captures disagree on GOL_DARAH only (before KEL_NAME in the response, last in the
        // model); the response, being the service's own answer, wins
        List<String> keys = json(body).get("content").get(0).propertyNames().stream().toList();
        assertThat(keys.stream().filter(k -> !k.equals("GOL_DARAH")))
                .containsExactlyElementsOf(CENTRAL_CLIENT_MODEL.stream().filter(k -> !k.equals("GOL_DARAH")).toList());
        assertThat(keys.indexOf("GOL_DARAH")).isEqualTo(keys.indexOf("KEL_NAME") - 2); // then NO_KAB, KEL_NAME
        Set<String> captured = new java.util.HashSet<>(CENTRAL_CAPTURE);
        captured.addAll(CENTRAL_CLIENT_MODEL);
        assertThat(json(persons(List.of(SyntheticPeople.ratna()), "standard", ALL, WireStyle.DEFAULT))
                .get("content").get(0).propertyNames().stream().limit(captured.size()))
                .as("keys no capture shows come after the captured ones")
                .containsExactlyInAnyOrderElementsOf(captured);
    }

    @Test
    void theAlternateProfileAnswersTheOtherDeploymentsOrder() {
        byte[] body = persons(List.of(SyntheticPeople.ratna()), "alternate", ALL, WireStyle.DEFAULT);
        Golden.assertMatches("lookup-found-alternate", body);
        assertThat(json(body).get("content").get(0).propertyNames()).containsExactlyElementsOf(
                OTHER_DEPLOYMENT_MODEL.stream().filter(k -> !k.equals("EKTP_CREATED")).toList());
    }

    @Test
    void aProfilesFormatsWriteUpperCaseSexAndDottedDates() {
        FieldProfiles formatted = new FieldProfiles(Map.of(),
                Map.of("alternate", new FieldProfiles.Format(true, DateStyle.DOTTED)), false);
        WireStyle style = formatted.style("ALTERNATE", false);
        JsonNode p = json(persons(List.of(SyntheticPeople.ratna()), "alternate", ALL, style)).get("content").get(0);
        assertThat(p.get("JENIS_KLMIN").asString()).isEqualTo("PEREMPUAN");
        assertThat(p.get("TGL_LHR").asString()).isEqualTo("05.01.1990");
        assertThat(p.get("TGL_KWN")).isNull(); // not in that profile
        assertThat(formatted.style("standard", false)).as("other profiles keep the defaults").isEqualTo(WireStyle.DEFAULT);
        assertThat(formatted.style("standard", true)).isEqualTo(new WireStyle(true, false, DateStyle.ISO));
        assertThat(new FieldProfiles(Map.of(), Map.of(), true).style("dinkes", false).sexUpperCase())
                .as("the deployment-wide sex-upper-case still applies").isTrue();
    }

    @Test
    void aProfileNeverAddsAFieldTheAgreementDoesNotGrant() {
        byte[] body = persons(List.of(SyntheticPeople.ratna()), "adm_desa", PKS, WireStyle.DEFAULT);
        assertThat(json(body).get("content").get(0).propertyNames()).hasSize(PKS.size());
    }

    @Test
    void familyHasOneElementPerMember() {
        byte[] body = persons(List.of(SyntheticPeople.hendra(), SyntheticPeople.ratna(), SyntheticPeople.nadia()),
                "standard", PKS, WireStyle.DEFAULT);
        Golden.assertMatches("family-found", body);
        JsonNode page = json(body);
        assertThat(page.get("content")).hasSize(3);
        assertThat(page.get("numberOfElements").asInt()).isEqualTo(3);
        assertThat(page.get("totalElements").asInt()).isEqualTo(3);
        assertThat(page.get("size").asInt()).isEqualTo(3);
    }

    @Test
    void theEnvelopeIsPageShaped() {
        JsonNode page = json(persons(List.of(SyntheticPeople.ratna()), "standard", PKS, WireStyle.DEFAULT));
        assertThat(page.propertyNames()).containsExactly("content", "lastPage", "numberOfElements", "sort",
                "totalElements", "firstPage", "number", "size");
        assertThat(page.get("sort").isNull()).isTrue();
        assertThat(page.get("number").asInt()).isZero();
    }

    @Test
    void valueFormats() {
        JsonNode p = json(persons(List.of(SyntheticPeople.ratna()), "standard", ALL, WireStyle.DEFAULT)).get("content").get(0);
        assertThat(p.get("NIK").isIntegralNumber()).isTrue();
        assertThat(p.get("NIK").asLong()).isEqualTo(3204104501900003L);
        assertThat(p.get("NO_KK").isIntegralNumber()).isTrue();
        assertThat(p.get("TGL_LHR").asString()).isEqualTo("1990-01-05");
        assertThat(p.get("JENIS_KLMIN").asString()).isEqualTo("Perempuan");
        assertThat(p.get("NO_KEC").isIntegralNumber()).isTrue();
        assertThat(p.get("NO_KEC").asInt()).isEqualTo(10);
        assertThat(p.get("NO_KAB").asInt()).isEqualTo(4);
        assertThat(p.get("NO_KEL").asInt()).isEqualTo(2001);
        assertThat(p.get("AGAMA").asString()).isEqualTo("ISLAM");
        assertThat(p.get("JENIS_PKRJN").asString()).isEqualTo("MENGURUS RUMAH TANGGA");
        assertThat(p.get("NIK_IBU").isNull()).as("a value the register does not hold is null, key kept").isTrue();
        JsonNode strings = json(persons(List.of(SyntheticPeople.ratna()), "standard", ALL, new WireStyle(true, true)))
                .get("content").get(0);
        assertThat(strings.get("NIK").isString()).isTrue();
        assertThat(strings.get("NIK").asString()).isEqualTo("3204104501900003");
        assertThat(strings.get("JENIS_KLMIN").asString()).isEqualTo("PEREMPUAN");
        assertThat(strings.get("NO_KEC").isIntegralNumber()).as("region numbers stay numbers").isTrue();
    }

    @Test
    void aProvince91NikIsWrittenExactlyAsANumber() {
        PersonValues papua = SyntheticPeople.ratna().with(PersonField.NIK, "9171014501900003");
        byte[] body = persons(List.of(papua), "standard", EnumSet.of(PersonField.NIK), WireStyle.DEFAULT);
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("{\"NIK\":9171014501900003}");
    }

    @Test
    void verificationAnswersElementsOnly() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.verification(out, List.of(
                ElementVerdict.exact(PersonField.NIK, true),
                new ElementVerdict(PersonField.NAMA_LGKP, true, 100),
                ElementVerdict.exact(PersonField.TGL_LHR, true),
                new ElementVerdict(PersonField.NAMA_LGKP_IBU, false, 59),
                ElementVerdict.exact(PersonField.KAB_NAME, false)));
        Golden.assertMatches("verification-result", out.toByteArray());
    }

    @ParameterizedTest
    @EnumSource(value = ServiceOutcome.class, mode = EnumSource.Mode.EXCLUDE, names = {"FOUND", "VERIFIED"})
    void lookupErrorsHaveExactlyTwoKeys(ServiceOutcome outcome) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.lookupError(out, outcome.wireCode(), texts.text(outcome));
        Golden.assertMatches("lookup-error-" + slug(outcome), out.toByteArray());
        JsonNode page = json(out.toByteArray());
        assertThat(page.get("content")).hasSize(1);
        assertThat(page.get("content").get(0).propertyNames()).containsExactly("RESPON", "RESPONSE_CODE");
        assertThat(page.get("content").get(0).get("RESPONSE_CODE").asString()).isEqualTo(outcome.wireCode());
    }

    @ParameterizedTest
    @EnumSource(value = ServiceOutcome.class, mode = EnumSource.Mode.EXCLUDE, names = {"FOUND", "VERIFIED"})
    void verificationErrorsHaveExactlyThreeKeys(ServiceOutcome outcome) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.verificationError(out, outcome.wireCode(), texts.text(outcome), texts.text(outcome));
        Golden.assertMatches("verification-error-" + slug(outcome), out.toByteArray());
        JsonNode element = json(out.toByteArray()).get("content").get(0);
        assertThat(element.propertyNames()).containsExactly("RESPONSE_CODE", "RESPONSE_DESC", "RESPONSE");
    }

    @Test
    void theCapturedTextsAreTheDefaults() {
        assertThat(Golden.read("lookup-error-not-found.json"))
                .isEqualTo("{\"content\":[{\"RESPON\":\"Data Tidak Ditemukan\",\"RESPONSE_CODE\":\"13\"}],\"lastPage\":true,"
                        + "\"numberOfElements\":1,\"sort\":null,\"totalElements\":1,\"firstPage\":true,\"number\":0,\"size\":1}");
        assertThat(texts.text(ServiceOutcome.LOGIN_FAILED)).isEqualTo("Login Gagal");
        assertThat(texts.text(ServiceOutcome.IP_NOT_REGISTERED)).isEqualTo("IP Address Tidak Sesuai");
        assertThat(texts.text(ServiceOutcome.QUOTA_EXHAUSTED_AGREEMENT)).isEqualTo("Kuota Akses Hari ini telah Habis");
        assertThat(texts.text(ServiceOutcome.RECORD_INACTIVE))
                .isEqualTo("Data Ditemukan, Status Tidak Aktif silakan hubungi Dinas Dukcapil");
    }

    @Test
    void configuredTextsAreWrittenAsConfiguredSpacesIncluded() {
        OutcomeTexts configured = new OutcomeTexts(Map.of("ip-not-registered", "IP Client  Tidak terdaftar"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.lookupError(out, "04", configured.text(ServiceOutcome.IP_NOT_REGISTERED));
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).contains("\"RESPON\":\"IP Client  Tidak terdaftar\"");
    }

    @Test
    void everyErrorOutcomeHasATwoDigitCode() {
        assertThat(Arrays.stream(ServiceOutcome.values()).map(ServiceOutcome::wireCode)).allMatch(c -> c.matches("\\d\\d"));
    }

    static String slug(ServiceOutcome o) {
        return o.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
