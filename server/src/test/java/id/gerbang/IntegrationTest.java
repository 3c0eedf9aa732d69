package id.gerbang;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test that boots the whole application against a real database: the embedded H2 always, and
 * PostgreSQL too when the build is given {@code GERBANG_TEST_PG_URL} (the Maven profile
 * {@code postgres} re-runs every test tagged {@code db}). Tests share one database per run, so
 * they create their own rows and never assume an empty table.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@ActiveProfiles("test")
@Tag("db")
public @interface IntegrationTest {
}
