package id.gerbang.reference.web;

import id.gerbang.reference.Code;

/** @param list the list's slug, {@code marital-status} */
record CodeResponse(String list, int code, String label) {

    static CodeResponse of(Code code) {
        return new CodeResponse(code.list().slug(), code.code(), code.label());
    }
}
