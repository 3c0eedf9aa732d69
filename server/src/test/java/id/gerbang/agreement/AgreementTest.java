package id.gerbang.agreement;

import id.gerbang.IntegrationTest;
import id.gerbang.MutableClock;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * An integration test of the agreement module: the whole application on the test database, with a
 * {@link MutableClock} in place of the system clock and the scheduled checks switched off (tests run
 * them by hand at the times they choose). One shared context for every such test class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@IntegrationTest
@AutoConfigureMockMvc
@Import(AgreementTest.Clocks.class)
@TestPropertySource(properties = {
        "gerbang.agreement.check-cron=-",
        "gerbang.agreement.check-at-startup=false"})
public @interface AgreementTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Clocks {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.parse("2040-01-01T05:00:00Z"));
        }
    }
}
