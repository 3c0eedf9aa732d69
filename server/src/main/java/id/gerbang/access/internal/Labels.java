package id.gerbang.access.internal;

import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** The master tables' labels of the SIAK codes, both ways. */
public interface Labels {

    /** The upper-case label of a code, or {@code null} when the list has no such code. */
    @Nullable String label(CodeKind list, int code);

    /** The code whose label (or a known variant) matches, after label normalisation. */
    OptionalInt code(CodeKind list, String label);
}
