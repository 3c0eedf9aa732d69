package id.gerbang.common;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;

/**
 * The one place that bounds the work any JSON body can cause, before anyone is authenticated
 * (issue 13 point 3, ADR 0057): every JSON parser of the server is made from {@link #factory()} or
 * {@link #apply(JsonFactoryBuilder)}: the compatible surface's lenient reader, the v1 bodies, and
 * Spring MVC's mapper (admin API, token endpoint). Jackson checks these limits while it reads, so
 * a body that breaks one fails at once with a {@code StreamConstraintsException}.
 *
 * <p>Numbers are never expanded: a float stays the text it was sent as (the compatible surface) or a
 * {@code BigDecimal} (v1), so {@code 1e600000000} costs as much as any 11-character token; only
 * digit strings up to {@link #MAX_NUMBER_LENGTH} characters are read at all. No value the server
 * takes (a NIK, a threshold, an id, a count) comes near these bounds.
 */
public final class JsonLimits {

    /** Characters of one number, sign, point and exponent included (a NIK has 16, a long 19). */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** Characters of one string value. */
    public static final int MAX_STRING_LENGTH = 256 * 1024;
    /** Characters of one property name. */
    public static final int MAX_NAME_LENGTH = 256;
    /** Objects and arrays inside each other. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Bytes of one document; the compatible surface has its own, smaller bound (max-body-bytes). */
    public static final long MAX_DOCUMENT_LENGTH = 1024 * 1024;
    /** Tokens of one document. */
    public static final long MAX_TOKEN_COUNT = 100_000;

    /** The constraints above. */
    public static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .maxTokenCount(MAX_TOKEN_COUNT)
            .build();

    private JsonLimits() {
    }

    /** {@code builder} with the limits applied. */
    public static JsonFactoryBuilder apply(JsonFactoryBuilder builder) {
        return builder.streamReadConstraints(CONSTRAINTS);
    }

    /** A strict JSON factory with the limits. */
    public static JsonFactory factory() {
        return apply(JsonFactory.builder()).build();
    }
}
