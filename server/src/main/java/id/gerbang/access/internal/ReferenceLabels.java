package id.gerbang.access.internal;

import id.gerbang.reference.Code;
import id.gerbang.reference.CodeList;
import id.gerbang.reference.CodeLists;
import java.util.EnumMap;
import java.util.List;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@link Labels} from the reference module's code lists. Labels by code are copied into arrays on
 * first use (the lists never change while the application runs), so writing a label on the hot
 * path is an array read.
 */
@Component
public class ReferenceLabels implements Labels {

    private final CodeLists codeLists;
    private final EnumMap<CodeKind, String[]> byCode = new EnumMap<>(CodeKind.class);

    ReferenceLabels(CodeLists codeLists) {
        this.codeLists = codeLists;
        for (CodeKind kind : CodeKind.values()) {
            List<Code> codes = codeLists.all(list(kind));
            int max = codes.stream().mapToInt(Code::code).max().orElse(0);
            String[] labels = new String[max + 1];
            for (Code c : codes) {
                if (c.code() >= 0) {
                    labels[c.code()] = c.label();
                }
            }
            byCode.put(kind, labels);
        }
    }

    @Override
    public @Nullable String label(CodeKind list, int code) {
        String[] labels = byCode.get(list);
        return code >= 0 && code < labels.length ? labels[code] : null;
    }

    @Override
    public OptionalInt code(CodeKind list, String label) {
        return codeLists.byLabel(list(list), label).map(c -> OptionalInt.of(c.code())).orElse(OptionalInt.empty());
    }

    static CodeList list(CodeKind kind) {
        return switch (kind) {
            case RELIGION -> CodeList.RELIGION;
            case MARITAL_STATUS -> CodeList.MARITAL_STATUS;
            case OCCUPATION -> CodeList.OCCUPATION;
            case EDUCATION -> CodeList.EDUCATION;
            case BLOOD_TYPE -> CodeList.BLOOD_TYPE;
            case FAMILY_RELATIONSHIP -> CodeList.FAMILY_RELATIONSHIP;
            case DISABILITY -> CodeList.DISABILITY;
        };
    }
}
