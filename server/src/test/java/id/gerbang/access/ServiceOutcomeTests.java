package id.gerbang.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ServiceOutcomeTests {

    @Test
    void everyOutcomeHasATextAndAnActionInBothLanguages() throws IOException {
        for (String bundle : new String[] {"/i18n/access.properties", "/i18n/access_en.properties"}) {
            Properties p = new Properties();
            try (InputStream in = getClass().getResourceAsStream(bundle)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (ServiceOutcome o : ServiceOutcome.values()) {
                assertThat(p).as(bundle).containsKeys(o.messageKey(), o.messageKey() + ".action");
            }
        }
    }

    @Test
    void onlyFoundIsNotAnError() {
        assertThat(Arrays.stream(ServiceOutcome.values()).filter(o -> !o.isError()))
                .containsExactly(ServiceOutcome.FOUND, ServiceOutcome.VERIFIED);
        assertThat(Arrays.stream(ServiceOutcome.values()).filter(ServiceOutcome::isError))
                .allSatisfy(o -> assertThat(o.defaultText()).isNotBlank())
                .allSatisfy(o -> assertThat(o.status().isError()).isTrue());
    }

    @Test
    void everyOutcomeIsLoggedAsTheAuditCatalogueEntryWithTheSameWireCode() {
        for (ServiceOutcome o : ServiceOutcome.values()) {
            o.logged().wireCode().ifPresent(code -> assertThat(code).as(o.name()).isEqualTo(o.wireCode()));
            assertThat(o.logged().dataReturned()).as(o.name()).isEqualTo(!o.isError());
        }
    }

    @Test
    void theRealServicesCodesKeepTheirMeaning() {
        assertThat(ServiceOutcome.FOUND.wireCode()).isEqualTo("01");
        assertThat(ServiceOutcome.LOGIN_FAILED.wireCode()).isEqualTo("03");
        assertThat(ServiceOutcome.IP_NOT_REGISTERED.wireCode()).isEqualTo("04");
        assertThat(ServiceOutcome.QUOTA_EXHAUSTED_AGREEMENT.wireCode()).isEqualTo("05");
        assertThat(ServiceOutcome.INVALID_PARAMETERS.wireCode()).isEqualTo("07");
        assertThat(ServiceOutcome.CREDENTIALS_MISSING.wireCode()).isEqualTo("09");
        assertThat(ServiceOutcome.DECEASED.wireCode()).isEqualTo("11");
        assertThat(ServiceOutcome.DUPLICATE_BLOCKED.wireCode()).isEqualTo("12");
        assertThat(ServiceOutcome.NOT_FOUND.wireCode()).isEqualTo("13");
        assertThat(ServiceOutcome.RECORD_INACTIVE.wireCode()).isEqualTo("14");
        assertThat(ServiceOutcome.NIK_FORMAT_INVALID.wireCode()).isEqualTo("15");
        assertThat(ServiceOutcome.AGENCY_INACTIVE.wireCode()).isEqualTo("16");
        assertThat(ServiceOutcome.USER_INACTIVE.wireCode()).isEqualTo("17");
        assertThat(ServiceOutcome.QUOTA_EXHAUSTED_USER.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }
}
