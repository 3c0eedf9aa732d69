package id.gerbang.reference.internal;

import id.gerbang.common.GerbangException;
import id.gerbang.reference.Code;
import id.gerbang.reference.CodeList;
import id.gerbang.reference.CodeLists;
import id.gerbang.reference.ReferenceError;
import java.util.List;
import java.util.Optional;

/** {@link CodeLists} from the in-memory copy of the tables. */
final class InMemoryCodeLists implements CodeLists {

    private final ReferenceData data;

    InMemoryCodeLists(ReferenceData data) {
        this.data = data;
    }

    @Override
    public Optional<Code> byCode(CodeList list, int code) {
        return Optional.ofNullable(data.codesByNumber.get(list).get(code));
    }

    @Override
    public Optional<Code> byLabel(CodeList list, String label) {
        return Optional.ofNullable(data.codesByLabel.get(list).get(CodeLists.normalise(label)));
    }

    @Override
    public List<Code> all(CodeList list) {
        return data.codes.get(list);
    }

    @Override
    public String label(CodeList list, int code) {
        return byCode(list, code)
                .orElseThrow(() -> new GerbangException(ReferenceError.CODE_NOT_FOUND, list.slug(), String.valueOf(code)))
                .label();
    }

    @Override
    public int code(CodeList list, String label) {
        // the label is not echoed: imports pass population values here
        return byLabel(list, label)
                .orElseThrow(() -> new GerbangException(ReferenceError.CODE_LABEL_UNKNOWN, list.slug()))
                .code();
    }
}
