package id.gerbang.common.web;

import id.gerbang.common.CommonError;
import id.gerbang.common.ErrorCode;
import id.gerbang.common.GerbangException;
import id.gerbang.common.Messages;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Renders failures of the JSON APIs as RFC 9457 problem details: {@code type} names the catalogue
 * entry, {@code title}/{@code detail} are in the request's language (Indonesian unless the caller
 * asks for English), {@code messages} carries both languages, {@code errors} the fields at fault.
 * Never includes stack traces or submitted values.
 */
@RestControllerAdvice(basePackages = "id.gerbang")
class ProblemDetailsAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    static final String TYPE_BASE = "https://gerbang.id/problems/";

    private final Messages messages;

    ProblemDetailsAdvice(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(GerbangException.class)
    ProblemDetail gerbang(GerbangException e) {
        Map<String, Map<String, String>> errors = new LinkedHashMap<>();
        e.fields().forEach((field, key) -> errors.put(field, bilingual(key)));
        return problem(e.errorCode(), errors, e.args());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        Map<String, Map<String, String>> errors = new LinkedHashMap<>();
        for (FieldError fe : e.getBindingResult().getFieldErrors()) {
            errors.putIfAbsent(fe.getField(), bilingual(validationKey(fe.getCode()), fe.getArguments()));
        }
        e.getBindingResult().getGlobalErrors().forEach(ge ->
                errors.putIfAbsent(ge.getObjectName(), bilingual(validationKey(ge.getCode()))));
        return problem(CommonError.VALIDATION_FAILED, errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e) {
        Map<String, Map<String, String>> errors = new LinkedHashMap<>();
        e.getParameterValidationResults().forEach(r -> errors.put(
                String.valueOf(r.getMethodParameter().getParameterName()),
                bilingual(validationKey(r.getResolvableErrors().isEmpty() ? null
                        : r.getResolvableErrors().getFirst().getCodes() == null ? null
                        : lastCode(r.getResolvableErrors().getFirst().getCodes())))));
        return problem(CommonError.VALIDATION_FAILED, errors);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail unreadable(Exception e) {
        return problem(CommonError.MALFORMED_REQUEST, Map.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(CommonError.FORBIDDEN, Map.of());
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException e) {
        return problem(CommonError.UNAUTHENTICATED, Map.of());
    }

    @ExceptionHandler(org.springframework.web.servlet.resource.NoResourceFoundException.class)
    ProblemDetail noResource(Exception e) {
        return problem(CommonError.NOT_FOUND, Map.of());
    }

    /** The problem detail of {@code code}, without field errors. */
    ProblemDetail problem(ErrorCode code) {
        return problem(code, Map.of());
    }

    private ProblemDetail problem(ErrorCode code, Map<String, Map<String, String>> errors, Object... args) {
        HttpStatus status = code.status();
        if (status.is5xxServerError()) {
            log.error("Internal error {}", code.code());
        }
        ProblemDetail pd = ProblemDetail.forStatus(status);
        pd.setType(URI.create(TYPE_BASE + code.code().toLowerCase().replace('_', '-')));
        pd.setTitle(messages.current(code.messageKey(), args));
        pd.setDetail(messages.current(code.messageKey() + ".action", args));
        pd.setProperty("code", code.code());
        pd.setProperty("messages", bilingual(code.messageKey(), args));
        if (!errors.isEmpty()) {
            pd.setProperty("errors", errors);
        }
        return pd;
    }

    private Map<String, String> bilingual(String key, Object... args) {
        Map<String, String> both = new LinkedHashMap<>();
        both.put("id", messages.indonesian(key, safe(args)));
        both.put("en", messages.english(key, safe(args)));
        return both;
    }

    /** Validation arguments may carry the rejected value; keep only numbers (sizes, limits). */
    private static Object[] safe(Object[] args) {
        if (args == null) {
            return new Object[0];
        }
        return java.util.Arrays.stream(args)
                .filter(a -> a instanceof Number || a instanceof String)
                .toArray();
    }

    private static String lastCode(String[] codes) {
        return codes[codes.length - 1];
    }

    private static String validationKey(String constraint) {
        return "validation." + (constraint == null ? "Invalid" : constraint);
    }

    static List<String> knownValidationConstraints() {
        return List.of("NotNull", "NotBlank", "NotEmpty", "Size", "Pattern", "Min", "Max", "Email",
                "Positive", "PositiveOrZero", "Past", "PastOrPresent", "Future", "FutureOrPresent", "Invalid");
    }
}
