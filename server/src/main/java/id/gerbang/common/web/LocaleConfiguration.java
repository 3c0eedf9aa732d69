package id.gerbang.common.web;

import id.gerbang.common.Messages;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Bahasa Indonesia unless the caller asks for English, never the server's own locale: on the web
 * portal by its language switch (a cookie, {@value #COOKIE}; a browser's own language does not
 * count: Indonesian first), on the API ({@code /api/}) by {@code Accept-Language} as before.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

    static final String COOKIE = "gerbang-lang";

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver header = new AcceptHeaderLocaleResolver();
        header.setSupportedLocales(List.of(Messages.INDONESIAN, Locale.ENGLISH));
        header.setDefaultLocale(Messages.INDONESIAN);
        // a cookie naming another language finds no bundle of its own and reads Indonesian
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                ? header.resolveLocale(request) : Messages.INDONESIAN);
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Strict");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setRejectInvalidCookies(true);
        return resolver;
    }
}
