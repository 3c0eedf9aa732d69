package id.gerbang.access.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The access module's plain objects, made from {@link AccessProperties} at start-up (bad settings fail the start). */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean
    FieldProfiles fieldProfiles(AccessProperties properties) {
        return new FieldProfiles(properties.profiles(), properties.formats(), properties.sexUpperCase());
    }

    @Bean
    MethodResolver methodResolver(AccessProperties properties) {
        return new MethodResolver(properties.methodAliases());
    }

    @Bean
    OutcomeTexts outcomeTexts(AccessProperties properties) {
        return new OutcomeTexts(properties.texts());
    }

    @Bean
    ClientAddresses clientAddresses(AccessProperties properties) {
        return new ClientAddresses(properties.trustedProxies());
    }

    @Bean
    CompatibleResponseWriter compatibleResponseWriter(Labels labels) {
        return new CompatibleResponseWriter(labels);
    }

    @Bean
    ElementVerifier elementVerifier(Labels labels) {
        return new ElementVerifier(labels);
    }
}
