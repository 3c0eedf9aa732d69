package id.gerbang.portal.web;

import id.gerbang.account.UserId;
import id.gerbang.common.GerbangException;
import id.gerbang.notification.Inbox;
import id.gerbang.notification.NotificationKind;
import id.gerbang.notification.NotificationPreferences;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every signed-in user's notifications (the notification module's {@link Inbox}, always the user's
 * own) and the choice of what arrives by e-mail ({@link NotificationPreferences}).
 */
@Controller
class InboxPageController {

    static final String INBOX = "/portal/account/inbox";
    static final String PREFERENCES = "/portal/account/notifications";
    private static final int SHOWN = 100;

    private final Inbox inbox;
    private final NotificationPreferences preferences;
    private final FormErrors forms;
    private final MessageSource messages;

    InboxPageController(Inbox inbox, NotificationPreferences preferences, FormErrors forms, MessageSource messages) {
        this.inbox = inbox;
        this.preferences = preferences;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping(INBOX)
    @PreAuthorize(PortalPages.ANY_ROLE)
    String inbox(Authentication authentication, Model model) {
        UserId user = UserId.of(authentication.getName());
        model.addAttribute("messages", inbox.messages(user, LocaleContextHolder.getLocale(), SHOWN));
        model.addAttribute("mailConfigured", preferences.mailConfigured());
        return "portal/inbox";
    }

    @PostMapping(INBOX + "/{id}/read")
    @PreAuthorize(PortalPages.ANY_ROLE)
    String markRead(@PathVariable long id, Authentication authentication) {
        if (!inbox.markRead(UserId.of(authentication.getName()), id)) {
            // another user's notification is answered as an unknown one
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:" + INBOX;
    }

    @PostMapping(INBOX + "/read-all")
    @PreAuthorize(PortalPages.ANY_ROLE)
    String markAllRead(Authentication authentication, RedirectAttributes redirect) {
        int n = inbox.markAllRead(UserId.of(authentication.getName()));
        redirect.addFlashAttribute("notice", text("portal.inbox.allRead", n));
        return "redirect:" + INBOX;
    }

    @GetMapping(PREFERENCES)
    @PreAuthorize(PortalPages.ANY_ROLE)
    String preferences(Authentication authentication, Model model) {
        NotificationPreferences.Preferences p = preferences.of(UserId.of(authentication.getName()));
        return form(model, authentication, p.email(), p.language(), p.mailed(), List.of());
    }

    @PostMapping(PREFERENCES)
    @PreAuthorize(PortalPages.ANY_ROLE)
    String savePreferences(@RequestParam(required = false) @Nullable String email,
            @RequestParam(defaultValue = "id") String language,
            @RequestParam(required = false) @Nullable List<String> mailed, Authentication authentication,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        for (String k : mailed == null ? List.<String>of() : mailed) {
            for (NotificationKind kind : NotificationKind.values()) {
                if (kind.name().equals(k)) {
                    kinds.add(kind);
                }
            }
        }
        // kinds the page does not offer to this role keep their stored choice
        Set<String> authorities = new java.util.HashSet<>();
        authentication.getAuthorities().forEach(a -> authorities.add(a.getAuthority()));
        for (NotificationKind kind : preferences.of(UserId.of(authentication.getName())).mailed()) {
            if (kind.audience().stream().noneMatch(r -> authorities.contains(r.authority()))) {
                kinds.add(kind);
            }
        }
        try {
            preferences.save(UserId.of(authentication.getName()), email, language, kinds);
        } catch (GerbangException e) {
            String field = e.errorCode().code().equals("EMAIL_INVALID") ? "email" : "language";
            List<AccountPageController.FieldError> errors = new ArrayList<>();
            for (AccountPageController.FieldError f : forms.of(e)) {
                errors.add(new AccountPageController.FieldError(field, f.text()));
            }
            response.setStatus(422);
            return form(model, authentication, email, language, kinds, errors);
        }
        redirect.addFlashAttribute("notice", text("portal.notifications.saved"));
        return "redirect:" + PREFERENCES;
    }

    private String form(Model model, Authentication authentication, @Nullable String email, String language,
            Set<NotificationKind> mailed, List<AccountPageController.FieldError> errors) {
        Set<String> authorities = new java.util.HashSet<>();
        authentication.getAuthorities().forEach(a -> authorities.add(a.getAuthority()));
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        errors.forEach(e -> fieldErrors.putIfAbsent(e.field(), e.text()));
        model.addAttribute("email", email == null ? "" : email);
        model.addAttribute("language", language);
        model.addAttribute("kinds", java.util.Arrays.stream(NotificationKind.values())
                .filter(k -> k.audience().stream().anyMatch(r -> authorities.contains(r.authority()))).toList());
        model.addAttribute("mailed", mailed);
        model.addAttribute("mailConfigured", preferences.mailConfigured());
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", fieldErrors);
        return "portal/notifications";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
