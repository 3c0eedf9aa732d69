package id.gerbang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.gerbang.account.AccountFixtures;
import id.gerbang.common.Roles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The second factor in a real browser: an agency administrator's enrolment at the first sign-in
 * (the QR code read back from the screen), sign-in with a code, with a recovery code (once), and a
 * wrong code refused beside the field.
 */
class SecondFactorBrowserTests extends BrowserTest {

    @Autowired
    PortalFixtures fixtures;

    @Test
    void anAgencyAdministratorEnrolsAtTheFirstSignInAndGetsTenRecoveryCodes() throws Exception {
        AccountFixtures.Login admin = fixtures.unenrolled(Roles.AGENCY_ADMIN, fixtures.agency());
        signInWithPassword(admin.user(), admin.password());
        assertPath("/portal/account/second-factor");
        // the password alone opens nothing else
        open("/portal/admin/users");
        assertPath("/portal/account/second-factor");
        assertThat(text(By.id("second-factor-required"))).contains("wajib");
        String secret = text(By.id("second-factor-secret")).replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");
        // the QR code on the screen is the otpauth URI of that secret
        String scanned = scan(Browser.await(By.id("second-factor-qr")));
        assertThat(scanned).startsWith("otpauth://totp/Gerbang:" + admin.user() + "?secret=" + secret + "&issuer=Gerbang");
        Browser.document("second-factor-enrol", "id");
        language("en");
        assertThat(text(By.tagName("h1"))).isEqualTo("Turn on two-step verification");
        assertThat(text(By.id("second-factor-secret")).replace(" ", "")).as("same secret after the switch").isEqualTo(secret);
        Browser.document("second-factor-enrol", "en");
        language("id");

        byte[] key = AccountFixtures.totpKey(secret);
        long step = AccountFixtures.totpStep(Instant.now());
        type(By.id("code"), AccountFixtures.totpCode(key, step + 5));
        send(By.cssSelector("#second-factor-form button[type=submit]"));
        assertThat(text(By.id("code-error"))).isEqualTo("kode salah, kedaluwarsa atau sudah dipakai");
        assertThat(text(By.id("error-summary"))).contains("Kode verifikasi salah");
        assertThat(browser().findElement(By.id("code")).getAttribute("aria-invalid")).isEqualTo("true");

        type(By.id("code"), AccountFixtures.totpCode(key, step));
        send(By.cssSelector("#second-factor-form button[type=submit]"));
        List<WebElement> codes = browser().findElements(By.cssSelector("#recovery-codes code"));
        assertThat(codes).hasSize(10);
        assertThat(codes).allMatch(c -> c.getText().matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        Browser.document("second-factor-recovery-codes", "id");
        send(By.id("recovery-continue"));
        assertPath("/portal");
        assertThat(text(By.tagName("h1"))).isEqualTo("Beranda administrator instansi");
        open("/portal/account/second-factor");
        assertThat(text(By.id("recovery-left"))).contains("10");
    }

    @Test
    void anEnrolledUserSignsInWithTheCodeAfterThePassword() {
        AccountFixtures.Login admin = fixtures.user(Roles.AGENCY_ADMIN, fixtures.agency());
        signInWithPassword(admin.user(), admin.password());
        assertPath("/portal/sign-in/code");
        open("/portal/admin/users");
        assertPath("/portal/sign-in/code");
        Browser.document("second-factor-code", "id");
        type(By.id("code"), PortalFixtures.nextCode(admin.user()).orElseThrow());
        send(By.cssSelector("#code-form button[type=submit]"));
        assertPath("/portal");
        open("/portal/admin/users");
        assertPath("/portal/admin/users");
    }

    @Test
    void aWrongCodeIsRefusedBesideTheFieldAndTheRightOneStillWorks() {
        AccountFixtures.Login admin = fixtures.user(Roles.AGENCY_ADMIN, fixtures.agency());
        signInWithPassword(admin.user(), admin.password());
        type(By.id("code"), "123456".equals(PortalFixtures.nextCode(admin.user()).orElseThrow()) ? "654321" : "123456");
        send(By.cssSelector("#code-form button[type=submit]"));
        assertPath("/portal/sign-in/code");
        assertThat(text(By.id("code-error"))).isEqualTo("kode salah, kedaluwarsa atau sudah dipakai");
        assertThat(text(By.id("error-summary"))).contains("Kode verifikasi");
        type(By.id("code"), PortalFixtures.nextCode(admin.user()).orElseThrow());
        send(By.cssSelector("#code-form button[type=submit]"));
        assertPath("/portal");
    }

    @Test
    void aRecoveryCodeSignsInOnce() {
        AccountFixtures.Login admin = fixtures.user(Roles.AGENCY_ADMIN, fixtures.agency());
        String recovery = PortalFixtures.recoveryCodes(admin.user()).get(0);
        signInWithPassword(admin.user(), admin.password());
        type(By.id("code"), recovery);
        send(By.cssSelector("#code-form button[type=submit]"));
        assertPath("/portal");
        assertThat(text(By.id("notice"))).contains("kode pemulihan").contains("9");
        send(By.cssSelector(".signout button"));
        signInWithPassword(admin.user(), admin.password());
        type(By.id("code"), recovery);
        send(By.cssSelector("#code-form button[type=submit]"));
        assertPath("/portal/sign-in/code");
        assertThat(text(By.id("code-error"))).isEqualTo("kode salah, kedaluwarsa atau sudah dipakai");
    }

    @Test
    void anOperatorNeedsNoSecondFactorButMayEnrolFromTheAccountPage() {
        AccountFixtures.Login operator = fixtures.operator();
        signIn(operator.user(), operator.password());
        assertPath("/portal");
        open("/portal/account");
        send(By.id("second-factor-link"));
        assertPath("/portal/account/second-factor");
        assertThat(browser().findElements(By.id("second-factor-required"))).isEmpty();
        byte[] key = AccountFixtures.totpKey(text(By.id("second-factor-secret")).replace(" ", ""));
        type(By.id("code"), AccountFixtures.totpCode(key, AccountFixtures.totpStep(Instant.now())));
        send(By.cssSelector("#second-factor-form button[type=submit]"));
        assertThat(browser().findElements(By.cssSelector("#recovery-codes code"))).hasSize(10);
        send(By.id("recovery-continue"));
        assertPath("/portal");
        send(By.cssSelector(".signout button"));
        // from now on the operator's sign-in asks for the code
        signInWithPassword(operator.user(), operator.password());
        assertPath("/portal/sign-in/code");
    }

    /** Reads the QR code shown in the element from a screenshot of it, as a phone would. */
    private static String scan(WebElement element) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(element.getScreenshotAs(OutputType.BYTES)));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
