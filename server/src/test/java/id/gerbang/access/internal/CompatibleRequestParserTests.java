package id.gerbang.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.access.internal.CompatibleRequest.BodyForm;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompatibleRequestParserTests {

    static final String NIK = "3204104501900003";

    static CompatibleRequest parse(String body) {
        return CompatibleRequestParser.parse(body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    @Test
    void readsTheUsualLowerCaseBody() {
        CompatibleRequest r = parse("""
                {"nik":"3204104501900003","user_id":"dp3akb_ws","password":"rahasia","ip_user":"10.1.2.3"}""");
        assertThat(r.nik()).isEqualTo(NIK);
        assertThat(r.userId()).isEqualTo("dp3akb_ws");
        assertThat(r.password()).isEqualTo("rahasia");
        assertThat(r.claimedIp()).isEqualTo("10.1.2.3");
        assertThat(r.bodyForm()).isEqualTo(BodyForm.JSON);
        assertThat(r.hasCredentials()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"user_id", "USER_ID", "userId", "UserId", "USERID"})
    void everySpellingOfTheUserKey(String key) {
        assertThat(parse("{\"" + key + "\":\"u1\"}").userId()).isEqualTo("u1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ip_user", "IP_USER", "ip_address", "ip_users", "ipUser", "IP_ADDRESS"})
    void everySpellingOfTheClaimedIp(String key) {
        assertThat(parse("{\"" + key + "\":\"192.168.1.9\"}").claimedIp()).isEqualTo("192.168.1.9");
    }

    @Test
    void upperCaseKeysAsSomeClientsSendThem() {
        CompatibleRequest r = parse("{\"NIK\":\"" + NIK + "\",\"USER_ID\":\"u\",\"PASSWORD\":\"p\",\"IP_USER\":\"1.1.1.1\"}");
        assertThat(r.nik()).isEqualTo(NIK);
        assertThat(r.hasCredentials()).isTrue();
    }

    @Test
    void nikAsAJsonNumber() {
        assertThat(parse("{\"nik\":" + NIK + "}").nik()).isEqualTo(NIK);
    }

    @Test
    void aNumberInFloatNotationIsKeptAsSentForTheNikRulesToRefuse() {
        // never converted: a float holds 53 bits, so a rounded NIK may be another person's (issue 13 point 7)
        assertThat(parse("{\"nik\":3.204104501900003E15}").nik()).isEqualTo("3.204104501900003E15");
        assertThat(parse("{\"nik\":3204104501900003.0}").nik()).isEqualTo("3204104501900003.0");
    }

    @Test
    void thresholdUnderBothSpellingsAsStringOrNumber() {
        assertThat(parse("{\"TRESHOLD\":\"80\"}").threshold()).isEqualTo("80");
        assertThat(parse("{\"threshold\":90}").threshold()).isEqualTo("90");
        assertThat(parse("{\"treshold\":85.0}").threshold()).isEqualTo("85.0");
    }

    @Test
    void verificationElementsInAnyCase() {
        CompatibleRequest r = parse("""
                {"NIK":"3204104501900003","NAMA_LGKP":"Ratna Kusuma","tgl_lhr":"05-01-1990",
                 "jenisKlmin":"PEREMPUAN","NO_RT":3,"kab_name":"BANDUNG","TRESHOLD":"80"}""");
        assertThat(r.elements().get(PersonField.NAMA_LGKP)).isEqualTo("Ratna Kusuma");
        assertThat(r.elements().get(PersonField.TGL_LHR)).isEqualTo("05-01-1990");
        assertThat(r.elements().get(PersonField.JENIS_KLMIN)).isEqualTo("PEREMPUAN");
        assertThat(r.elements().get(PersonField.NO_RT)).isEqualTo("3");
        assertThat(r.elements().get(PersonField.KAB_NAME)).isEqualTo("BANDUNG");
        assertThat(r.elements().get(PersonField.NIK)).isEqualTo(NIK);
        assertThat(r.elements().has(PersonField.ALAMAT)).isFalse();
    }

    @Test
    void blankValuesCountAsNotSent() {
        CompatibleRequest r = parse("{\"nik\":\"" + NIK + "\",\"NAMA_LGKP\":\"  \",\"ALAMAT\":\"\",\"NO_KK\":null,\"password\":\"\"}");
        assertThat(r.elements().has(PersonField.NAMA_LGKP)).isFalse();
        assertThat(r.elements().has(PersonField.ALAMAT)).isFalse();
        assertThat(r.noKk()).isNull();
        assertThat(r.password()).isNull();
        assertThat(r.elements().anyBesidesNik()).isFalse();
    }

    @Test
    void credentialsInTheQueryStringWithAnEmptyBody() {
        CompatibleRequest r = CompatibleRequestParser.parse(new byte[0], Map.of(
                "USER_ID", new String[] {"u"}, "PASSWORD", new String[] {"p"}, "NIK", new String[] {NIK}));
        assertThat(r.bodyForm()).isEqualTo(BodyForm.EMPTY);
        assertThat(r.userId()).isEqualTo("u");
        assertThat(r.password()).isEqualTo("p");
        assertThat(r.nik()).isEqualTo(NIK);
    }

    @Test
    void theBodyWinsOverTheQueryStringAndTheQueryFillsTheGaps() {
        CompatibleRequest r = CompatibleRequestParser.parse("{\"nik\":\"1\",\"user_id\":\"body\"}".getBytes(StandardCharsets.UTF_8),
                Map.of("user_id", new String[] {"query"}, "password", new String[] {"q"}));
        assertThat(r.userId()).isEqualTo("body");
        assertThat(r.password()).isEqualTo("q");
    }

    @Test
    void theFirstValueOfARepeatedKeyWins() {
        assertThat(parse("{\"nik\":\"" + NIK + "\",\"NIK\":\"1111\"}").nik()).isEqualTo(NIK);
    }

    @Test
    void formEncodedBody() {
        CompatibleRequest r = parse("nik=" + NIK + "&user_id=u&password=p%40ss&ip_user=10.0.0.1");
        assertThat(r.bodyForm()).isEqualTo(BodyForm.FORM);
        assertThat(r.password()).isEqualTo("p@ss");
        assertThat(r.nik()).isEqualTo(NIK);
    }

    @Test
    void byteOrderMarkAndWhitespaceBeforeTheJson() {
        byte[] body = ("\uFEFF \n{\"nik\":\"" + NIK + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(CompatibleRequestParser.parse(body, Map.of()).nik()).isEqualTo(NIK);
    }

    @Test
    void aOneElementArrayAroundTheObject() {
        assertThat(parse("[{\"nik\":\"" + NIK + "\"}]").nik()).isEqualTo(NIK);
    }

    @Test
    void nestedValuesAreSkippedNotFatal() {
        CompatibleRequest r = parse("{\"meta\":{\"nik\":\"9\",\"x\":[1,2,{\"a\":1}]},\"nik\":\"" + NIK + "\",\"list\":[1]}");
        assertThat(r.nik()).isEqualTo(NIK);
    }

    @Test
    void hand_writtenJsonMistakesAreTolerated() {
        CompatibleRequest r = parse("{nik:'" + NIK + "', 'user_id':'u', NO_RT: 003,}");
        assertThat(r.nik()).isEqualTo(NIK);
        assertThat(r.userId()).isEqualTo("u");
        assertThat(r.elements().get(PersonField.NO_RT)).isEqualTo("3");
    }

    @Test
    void aTruncatedBodyKeepsWhatWasRead() {
        CompatibleRequest r = parse("{\"nik\":\"" + NIK + "\",\"user_id\":\"u\",\"password\":\"p");
        assertThat(r.bodyForm()).isEqualTo(BodyForm.UNREADABLE);
        assertThat(r.nik()).isEqualTo(NIK);
        assertThat(r.userId()).isEqualTo("u");
        assertThat(r.password()).isNull();
    }

    @Test
    void garbageIsUnreadableButNeverThrows() {
        assertThat(parse("hello").bodyForm()).isEqualTo(BodyForm.UNREADABLE);
        assertThat(parse("\"just a string\"").bodyForm()).isEqualTo(BodyForm.UNREADABLE);
        assertThat(parse("   ").bodyForm()).isEqualTo(BodyForm.EMPTY);
        assertThat(parse("{").hasCredentials()).isFalse();
    }

    @Test
    void passwordsKeepTheirSpaces() {
        assertThat(parse("{\"password\":\" two words \"}").password()).isEqualTo(" two words ");
    }

    @Test
    void unknownKeysAreIgnored() {
        CompatibleRequest r = parse("{\"nik\":\"" + NIK + "\",\"method\":\"CALL_NIK\",\"app\":\"simpeg\",\"FOO\":\"bar\"}");
        assertThat(r.nik()).isEqualTo(NIK);
        assertThat(r.elements().anyBesidesNik()).isFalse();
    }
}
