package id.gerbang.agreement.web;

import id.gerbang.agreement.AgreementError;
import id.gerbang.agreement.Element;
import id.gerbang.agreement.ElementGrant;
import id.gerbang.agreement.ElementGroup;
import id.gerbang.common.ErrorCode;
import id.gerbang.common.GerbangException;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;

/** Conversions from validated request bodies to the module's API types. */
final class Requests {

    private Requests() {
    }

    /** A value Bean Validation has already proven present. */
    static <T> T present(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("validated request field is missing");
        }
        return value;
    }

    /** The thing found, or {@code notFound} with the id as its argument (404). */
    static <T> T found(Optional<T> value, ErrorCode notFound, long id) {
        return value.orElseThrow(() -> new GerbangException(notFound, String.valueOf(id)));
    }

    /** 201 Created with the new resource's location. */
    static <T> ResponseEntity<T> created(String location, T body) {
        return ResponseEntity.created(URI.create(location)).body(body);
    }

    static String text(@Nullable String value) {
        return present(value);
    }

    /** Element and group names ({@code "NIK"}, {@code "FULL_ADDRESS"}) to elements. */
    static Set<Element> elements(List<String> names, String field) {
        for (String name : names) {
            if (name == null || ElementGroup.expand(List.of(name)).isEmpty()) {
                throw new GerbangException(AgreementError.UNKNOWN_ELEMENT, Map.of(field, "agreement.field.unknown"),
                        String.valueOf(name));
            }
        }
        return ElementGroup.expand(names).orElseThrow();
    }

    /** The grant of the named elements with the reasons for the protected ones. */
    static ElementGrant grant(@Nullable List<String> names, @Nullable Map<String, String> reasons) {
        if (names == null) {
            return new ElementGrant(ElementGrant.TEMPLATE_ELEMENTS, parseReasons(reasons));
        }
        return new ElementGrant(elements(names, "elements"), parseReasons(reasons));
    }

    private static Map<Element, String> parseReasons(@Nullable Map<String, String> reasons) {
        Map<Element, String> parsed = new EnumMap<>(Element.class);
        if (reasons != null) {
            reasons.forEach((name, reason) -> parsed.put(Element.fromWireKey(name).orElseThrow(() ->
                    new GerbangException(AgreementError.UNKNOWN_ELEMENT,
                            Map.of("protectedElementReasons", "agreement.field.unknown"), name)), reason));
        }
        return parsed;
    }
}
