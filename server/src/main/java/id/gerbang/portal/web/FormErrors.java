package id.gerbang.portal.web;

import id.gerbang.common.GerbangException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * The messages of a form in the caller's language: for the error summary at the top (each linked to
 * its input) and beside each input ({@link #byField}). From bean-validation results of the form and
 * from the catalogue errors the modules throw, which name the fields at fault.
 */
@Component
class FormErrors {

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** A catalogue error: its text, and each field at fault with its reason. */
    List<AccountPageController.FieldError> of(GerbangException e) {
        List<AccountPageController.FieldError> errors = new ArrayList<>();
        String title = text(e.errorCode().messageKey(), e.args());
        if (e.fields().isEmpty()) {
            errors.add(new AccountPageController.FieldError("", title));
        }
        for (Map.Entry<String, String> field : e.fields().entrySet()) {
            errors.add(new AccountPageController.FieldError(field.getKey(), title + ": " + text(field.getValue())));
        }
        return errors;
    }

    /** Bean-validation failures of a bound form, labelled with the input's own label. */
    List<AccountPageController.FieldError> of(BindingResult result, String labelPrefix) {
        List<AccountPageController.FieldError> errors = new ArrayList<>();
        for (org.springframework.validation.FieldError f : result.getFieldErrors()) {
            String reason = result.getFieldType(f.getField()) != null && f.isBindingFailure()
                    ? text("validation.Invalid") : text("validation." + f.getCode(), reasonArgs(f.getArguments()));
            errors.add(new AccountPageController.FieldError(f.getField(),
                    text(labelPrefix + f.getField()) + ": " + reason));
        }
        return errors;
    }

    /** The errors in the order of the form's inputs ({@code order}); messages without an input first. */
    static List<AccountPageController.FieldError> inFormOrder(List<AccountPageController.FieldError> errors,
            List<String> order) {
        List<AccountPageController.FieldError> sorted = new ArrayList<>(errors);
        sorted.sort(java.util.Comparator.comparingInt(e -> order.indexOf(e.field())));
        return sorted;
    }

    /** The messages per input, for the text shown beside it. */
    static Map<String, String> byField(List<AccountPageController.FieldError> errors) {
        Map<String, String> map = new LinkedHashMap<>();
        for (AccountPageController.FieldError e : errors) {
            if (!e.field().isEmpty()) {
                map.merge(e.field(), e.text(), (a, b) -> a + "; " + b);
            }
        }
        return map;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** Bean validation's arguments after the field's own name (e.g. the bounds of a size). */
    private static Object[] reasonArgs(Object @org.jspecify.annotations.Nullable [] arguments) {
        if (arguments == null || arguments.length <= 1) {
            return new Object[0];
        }
        Object[] rest = new Object[arguments.length - 1];
        System.arraycopy(arguments, 1, rest, 0, rest.length);
        return rest;
    }
}
