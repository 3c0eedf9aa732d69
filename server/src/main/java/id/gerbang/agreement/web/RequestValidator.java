package id.gerbang.agreement.web;

import jakarta.validation.Validator;
import java.lang.reflect.Method;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.MethodArgumentNotValidException;

/**
 * Bean Validation of request bodies, called first thing inside a controller method (so after the
 * method's {@code @PreAuthorize}); failures become the usual problem details through the common advice.
 */
@Component
class RequestValidator {

    private static final MethodParameter BODY;

    static {
        try {
            Method method = RequestValidator.class.getDeclaredMethod("valid", Object.class);
            BODY = new MethodParameter(method, 0);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final SpringValidatorAdapter validator;

    RequestValidator(Validator validator) {
        this.validator = new SpringValidatorAdapter(validator);
    }

    <T> T valid(T body) throws MethodArgumentNotValidException {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(body, "request");
        validator.validate(body, errors);
        if (errors.hasErrors()) {
            throw new MethodArgumentNotValidException(BODY, errors);
        }
        return body;
    }
}
