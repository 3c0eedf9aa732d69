package id.gerbang.portal.web;

import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Test scope only, and only where a test imports it ({@code @TestComponent} keeps it out of the
 * component scan): portal pages that fail on purpose, for the error page's tests.
 */
@TestComponent
@Controller
public class FailingPages {

    public static final String DEFECT = "/portal/registry/test-defect";
    public static final String DATA = "/portal/registry/test-data";
    /** A NIK and a name in the defect's message, which must reach neither the page nor the log. */
    public static final String SECRET_NIK = "3201010207879000";
    public static final String SECRET_NAME = "Siti Rahayu Lestari";

    @GetMapping(DEFECT)
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    String defect() {
        throw new IllegalStateException("resident " + SECRET_NIK + " " + SECRET_NAME,
                new IllegalArgumentException(SECRET_NIK));
    }

    @GetMapping(path = DATA, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(PortalPages.REGISTRY_STAFF)
    @ResponseBody
    String data() {
        throw new GerbangException(CommonError.NOT_FOUND);
    }
}
