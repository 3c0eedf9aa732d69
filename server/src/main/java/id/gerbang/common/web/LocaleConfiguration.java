package id.gerbang.common.web;

import id.gerbang.common.Messages;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Bahasa Indonesia unless the caller asks for English with {@code Accept-Language}; never the
 * server's own locale.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(Messages.INDONESIAN, Locale.ENGLISH));
        resolver.setDefaultLocale(Messages.INDONESIAN);
        return resolver;
    }
}
