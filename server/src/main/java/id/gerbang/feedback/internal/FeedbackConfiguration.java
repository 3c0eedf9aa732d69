package id.gerbang.feedback.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

    @Bean
    FeedbackKeys feedbackKeys(FeedbackProperties properties) {
        return FeedbackKeys.open(properties.keyFile(), properties.generateKeyIfMissing());
    }
}
