package id.gerbang.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.gerbang.IntegrationTest;
import id.gerbang.account.AccountFixtures;
import id.gerbang.common.Roles;
import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The portal's error page (PortalErrorPages): a signed-in user meets it, in the layout and in both
 * languages, with the right status, for a page that does not exist, a parameter that does not
 * convert, a catalogue error, a refused page and a defect (a 500 with a reference that the log's line
 * carries, without the exception's message); anonymous visitors are still sent to sign in, and the
 * JSON answers (the APIs, a portal chart's data) keep their problem details.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import({AccountFixtures.class, FailingPages.class})
@ExtendWith(OutputCaptureExtension.class)
class PortalErrorPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    private RequestPostProcessor as(Roles role) {
        AccountFixtures.Login login = accounts.user(role, role.name().startsWith("AGENCY") ? accounts.agency() : null, null);
        return user(login.user()).roles(role.name());
    }

    @Test
    void anUnknownPortalPageIsTheNotFoundPageInTheLayoutInBothLanguages() throws Exception {
        RequestPostProcessor auditor = as(Roles.REGISTRY_AUDITOR);
        mvc.perform(get("/portal/nope").with(auditor).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("<h1 id=\"error-heading\">Halaman tidak ditemukan</h1>")))
                .andExpect(content().string(containsString("Kesalahan 404")))
                .andExpect(content().string(containsString("class=\"site-nav\"")))
                .andExpect(content().string(containsString("id=\"error-home\" href=\"/portal\"")))
                .andExpect(content().string(not(containsString("Whitelabel"))))
                .andExpect(content().string(not(containsString("<script>"))))
                .andExpect(content().string(not(containsString("style="))));
        mvc.perform(get("/portal/registry/nope/deeper").with(auditor).cookie(new Cookie("gerbang-lang", "en")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<h1 id=\"error-heading\">Page not found</h1>")))
                .andExpect(content().string(containsString("Error 404")));
    }

    @Test
    void aParameterThatDoesNotConvertIsABadRequestPage() throws Exception {
        RequestPostProcessor admin = as(Roles.REGISTRY_ADMIN);
        mvc.perform(get("/portal/registry/agencies").param("page", "abc").with(admin)
                        .header("Referer", "http://localhost/portal/registry/agreements").header("Host", "localhost"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Permintaan tidak dapat diproses")))
                .andExpect(content().string(containsString("id=\"error-back\" href=\"/portal/registry/agreements\"")));
        mvc.perform(get("/portal/registry/agreements/abc").with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Kesalahan 400")))
                .andExpect(content().string(not(containsString("error-back"))));
        // a Referer from another site is no way back
        mvc.perform(get("/portal/registry/agencies").param("page", "x").with(admin)
                        .header("Referer", "https://elsewhere.example/portal/registry").header("Host", "localhost"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("error-back"))));
    }

    @Test
    void aCatalogueErrorOfAPortalPageIsShownWithItsTextAndStatus() throws Exception {
        mvc.perform(get("/portal/registry/agreements/987654321").with(as(Roles.REGISTRY_ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Halaman tidak ditemukan")))
                .andExpect(content().string(containsString("AGREEMENT_NOT_FOUND")));
    }

    @Test
    void aMethodThePageDoesNotTakeIs405WithItsAllowHeader() throws Exception {
        mvc.perform(get("/portal/registry/log/export").with(as(Roles.REGISTRY_AUDITOR)))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", containsString("POST")))
                .andExpect(content().string(containsString("Kesalahan 405")));
    }

    @Test
    void aRefusedPageIs403WithTheSamePage() throws Exception {
        // @PreAuthorize: an auditor registering an agency
        mvc.perform(post("/portal/registry/agencies").with(as(Roles.REGISTRY_AUDITOR)).with(csrf())
                        .param("name", "Dinas Uji"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("<h1 id=\"error-heading\">Akses ditolak</h1>")))
                .andExpect(content().string(containsString("Kesalahan 403")));
        // the security chain: an operator on a registry page is forwarded to the same page
        mvc.perform(get("/portal/registry/agencies").with(as(Roles.AGENCY_OPERATOR)))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl(PortalPages.DENIED));
        mvc.perform(get(PortalPages.DENIED).with(as(Roles.AGENCY_OPERATOR)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Akses ditolak")));
    }

    @Test
    void aDefectIs500WithAReferenceTheLogCarriesWithoutItsMessage(CapturedOutput output) throws Exception {
        String page = mvc.perform(get(FailingPages.DEFECT).with(as(Roles.REGISTRY_ADMIN)))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Terjadi kesalahan pada server")))
                .andReturn().getResponse().getContentAsString();
        Matcher reference = Pattern.compile("id=\"error-reference-code\">([2-9A-Z]{4}-[2-9A-Z]{4})<").matcher(page);
        assertThat(reference.find()).as("a reference on the page").isTrue();
        assertThat(page).doesNotContain(FailingPages.SECRET_NIK).doesNotContain(FailingPages.SECRET_NAME).doesNotContain("IllegalStateException")
                .doesNotContain("at id.gerbang");
        String line = output.getAll().lines().filter(l -> l.contains(reference.group(1))).findFirst().orElse("");
        assertThat(line).as("the log line with the reference")
                .contains("GET " + FailingPages.DEFECT)
                .contains("java.lang.IllegalStateException <- java.lang.IllegalArgumentException")
                .contains("FailingPages.defect");
        assertThat(output.getAll()).doesNotContain(FailingPages.SECRET_NIK).doesNotContain(FailingPages.SECRET_NAME);
    }

    @Test
    void anonymousVisitorsAreStillSentToSignInAndLearnOnlyTheStatusElsewhere() throws Exception {
        mvc.perform(get("/portal/nope")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get(FailingPages.DEFECT)).andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/portal/assets/nope.css").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Halaman tidak ditemukan")))
                .andExpect(content().string(containsString("id=\"error-home\" href=\"/login\"")))
                .andExpect(content().string(not(containsString("class=\"site-nav\""))))
                .andExpect(content().string(not(containsString("class=\"user\""))));
    }

    @Test
    void jsonAnswersKeepTheirProblemDetails() throws Exception {
        RequestPostProcessor admin = as(Roles.REGISTRY_ADMIN);
        // a portal chart's data asked for by its script
        mvc.perform(get(FailingPages.DATA).with(admin).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        mvc.perform(get("/portal/registry/monitoring/agency/abc/data").with(admin).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        // the administration API, as before
        for (MediaType accept : new MediaType[] {MediaType.APPLICATION_JSON, MediaType.TEXT_HTML}) {
            mvc.perform(get("/api/v1/admin/agreements/abc").with(admin).accept(accept, MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        }
        mvc.perform(get("/api/v1/nope").with(admin).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("error-heading"))));
    }
}
