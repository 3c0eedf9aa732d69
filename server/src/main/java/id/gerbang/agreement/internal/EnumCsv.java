package id.gerbang.agreement.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Sets of enum constants as comma-separated names in one varchar column ('' is the empty set). */
final class EnumCsv {

    private EnumCsv() {
    }

    static <E extends Enum<E>> @Nullable String write(@Nullable Set<E> values) {
        if (values == null) {
            return null;
        }
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> @Nullable Set<E> read(@Nullable String csv, Class<E> type) {
        if (csv == null) {
            return null;
        }
        Set<E> result = EnumSet.noneOf(type);
        Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(name -> result.add(Enum.valueOf(type, name)));
        return result;
    }
}
