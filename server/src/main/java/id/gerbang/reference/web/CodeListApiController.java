package id.gerbang.reference.web;

import id.gerbang.common.GerbangException;
import id.gerbang.reference.CodeList;
import id.gerbang.reference.CodeLists;
import id.gerbang.reference.ReferenceError;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SIAK and SIMFONI-PPA code lists, read-only, for any authenticated user. A list is named by
 * slug ({@code marital-status}) or enum name ({@code MARITAL_STATUS}).
 */
@RestController
@RequestMapping("/api/v1/reference/codes")
class CodeListApiController {

    private final CodeLists codeLists;

    CodeListApiController(CodeLists codeLists) {
        this.codeLists = codeLists;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    List<CodeListResponse> lists() {
        return Arrays.stream(CodeList.values())
                .map(l -> new CodeListResponse(l.slug(), l.name(), codeLists.all(l).size()))
                .toList();
    }

    @GetMapping(path = "/{list}", params = "!label")
    @PreAuthorize("isAuthenticated()")
    List<CodeResponse> codes(@PathVariable String list) {
        return codeLists.all(list(list)).stream().map(CodeResponse::of).toList();
    }

    /** The code a label means, after normalisation ({@code ?label=belum / tidak bekerja}). */
    @GetMapping(path = "/{list}", params = "label")
    @PreAuthorize("isAuthenticated()")
    CodeResponse byLabel(@PathVariable String list, @RequestParam String label) {
        CodeList codeList = list(list);
        return codeLists.byLabel(codeList, label).map(CodeResponse::of)
                .orElseThrow(() -> new GerbangException(ReferenceError.CODE_LABEL_UNKNOWN, codeList.slug()));
    }

    @GetMapping("/{list}/{code}")
    @PreAuthorize("isAuthenticated()")
    CodeResponse code(@PathVariable String list, @PathVariable int code) {
        CodeList codeList = list(list);
        return codeLists.byCode(codeList, code).map(CodeResponse::of)
                .orElseThrow(() -> new GerbangException(ReferenceError.CODE_NOT_FOUND, codeList.slug(), String.valueOf(code)));
    }

    private static CodeList list(String name) {
        return CodeList.of(name).orElseThrow(() -> new GerbangException(ReferenceError.CODE_LIST_UNKNOWN,
                name.length() > 40 ? name.substring(0, 40) : name));
    }
}
