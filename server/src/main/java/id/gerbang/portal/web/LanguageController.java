package id.gerbang.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language switch in the header (and on the sign-in page): Bahasa Indonesia or English, kept in
 * a cookie; back to the page it was used on.
 */
@Controller
class LanguageController {

    private final LocaleResolver locales;

    LanguageController(LocaleResolver locales) {
        this.locales = locales;
    }

    @PostMapping("/language")
    @PreAuthorize("permitAll()")
    String switchTo(@RequestParam String lang, @RequestParam(required = false) @Nullable String back,
            HttpServletRequest request, HttpServletResponse response) {
        locales.setLocale(request, response, "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("id"));
        return "redirect:" + safeBack(back);
    }

    /** Only a path of this portal: never another site ({@code //host}, {@code https:}) or a header break. */
    static String safeBack(@Nullable String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return back;
    }
}
