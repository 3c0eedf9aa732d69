package id.gerbang.reference.web;

import id.gerbang.common.GerbangException;
import id.gerbang.reference.Region;
import id.gerbang.reference.RegionCode;
import id.gerbang.reference.RegionHistory;
import id.gerbang.reference.RegionLevel;
import id.gerbang.reference.Regions;
import id.gerbang.reference.ReferenceError;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Region codes, read-only, for any authenticated user. A code in the path may be dotted
 * ({@code 32.04.10.2001}) or dot-less ({@code 3204102001}); the web service's unpadded numbers go
 * in the query ({@code ?prop=32&kab=4&kec=10&kel=2001}).
 */
@RestController
@RequestMapping("/api/v1/reference/regions")
class RegionApiController {

    private final Regions regions;

    RegionApiController(Regions regions) {
        this.regions = regions;
    }

    @GetMapping("/{code}")
    @PreAuthorize("isAuthenticated()")
    RegionResponse region(@PathVariable String code) {
        return RegionResponse.of(current(RegionCode.parse(code)));
    }

    @GetMapping(params = "prop")
    @PreAuthorize("isAuthenticated()")
    RegionResponse byNumbers(@RequestParam Integer prop, @RequestParam(required = false) @Nullable Integer kab,
            @RequestParam(required = false) @Nullable Integer kec, @RequestParam(required = false) @Nullable Integer kel) {
        return RegionResponse.of(current(RegionCode.ofNumbers(prop, kab, kec, kel)));
    }

    @GetMapping("/{code}/children")
    @PreAuthorize("isAuthenticated()")
    List<RegionResponse> children(@PathVariable String code) {
        return regions.children(current(RegionCode.parse(code)).code()).stream().map(RegionResponse::of).toList();
    }

    /** Every code of the 2015-2025 lists answers here, retired ones included. */
    @GetMapping("/{code}/history")
    @PreAuthorize("isAuthenticated()")
    RegionHistoryResponse history(@PathVariable String code) {
        RegionCode parsed = RegionCode.parse(code);
        RegionHistory history = regions.history(parsed)
                .orElseThrow(() -> new GerbangException(ReferenceError.REGION_NOT_FOUND, parsed.dotted()));
        return RegionHistoryResponse.of(history, regions.recodedTo(parsed).map(RegionCode::dotted).orElse(null));
    }

    /**
     * The current regions of a level ({@code PROVINCE} by default), optionally only those inside
     * {@code within}. Villages need {@code within}: all 83,762 at once are refused.
     */
    @GetMapping(params = "!prop")
    @PreAuthorize("isAuthenticated()")
    List<RegionResponse> list(@RequestParam(defaultValue = "PROVINCE") String level,
            @RequestParam(required = false) @Nullable String within) {
        RegionLevel wanted = level(level);
        if (within == null || within.isBlank()) {
            if (wanted == RegionLevel.VILLAGE) {
                throw new GerbangException(ReferenceError.REGION_LIST_TOO_BROAD);
            }
            return regions.all(wanted).stream().map(RegionResponse::of).toList();
        }
        RegionCode parent = current(RegionCode.parse(within)).code();
        List<Region> found = wanted == RegionLevel.VILLAGE ? regions.villagesOf(parent)
                : regions.all(wanted).stream().filter(r -> r.code().isWithin(parent)).toList();
        return found.stream().map(RegionResponse::of).toList();
    }

    private Region current(RegionCode code) {
        return regions.find(code).orElseThrow(() -> regions.history(code)
                .map(h -> new GerbangException(ReferenceError.REGION_RETIRED, code.dotted(), String.valueOf(h.lastSeen())))
                .orElseGet(() -> new GerbangException(ReferenceError.REGION_NOT_FOUND, code.dotted())));
    }

    private static RegionLevel level(String text) {
        try {
            return RegionLevel.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new GerbangException(ReferenceError.REGION_LEVEL_UNKNOWN, text.length() > 20 ? text.substring(0, 20) : text);
        }
    }
}
