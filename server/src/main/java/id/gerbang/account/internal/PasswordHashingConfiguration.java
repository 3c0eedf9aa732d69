package id.gerbang.account.internal;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing (docs/adr/0025): new hashes are Argon2id with Spring Security's 5.8 defaults
 * (16 MiB memory, 2 iterations, parallelism 1), stored with the {@code {argon2@SpringSecurity_v5_8}}
 * prefix; bcrypt hashes ({@code {bcrypt}}) are still accepted and replaced by Argon2id at the next
 * successful sign-in.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashingConfiguration {

    static final String ARGON2 = "argon2@SpringSecurity_v5_8";

    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = Map.of(
                ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(ARGON2, encoders);
    }
}
