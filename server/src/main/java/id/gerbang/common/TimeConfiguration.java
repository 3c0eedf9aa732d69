package id.gerbang.common;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** The one clock every module reads; tests replace it to cross midnights and expiry dates. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
