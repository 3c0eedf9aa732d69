package id.gerbang.agreement.web;

import id.gerbang.agreement.Element;
import id.gerbang.agreement.ElementGrant;
import id.gerbang.agreement.ElementGroup;
import id.gerbang.common.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/elements")
@Tag(name = "Elements", description = "The catalogue of data elements an agreement can grant")
class ElementApiController {

    @GetMapping
    @PreAuthorize(Roles.ADMIN_OR_AUDITOR)
    @Operation(summary = "Every element with its wire key, whether it is in the seed template or protected, "
            + "and its groups")
    Catalogue catalogue() {
        List<ElementInfo> elements = Arrays.stream(Element.values()).map(e -> new ElementInfo(e.name(), e.wireKey(),
                e.label(), ElementGrant.TEMPLATE_ELEMENTS.contains(e), ElementGrant.isProtected(e),
                e.speciallyProtected(),
                Arrays.stream(ElementGroup.values()).filter(g -> g.elements().contains(e)).map(Enum::name).toList()))
                .toList();
        List<GroupInfo> groups = Arrays.stream(ElementGroup.values())
                .map(g -> new GroupInfo(g.name(), g.elements().stream().map(Enum::name).toList())).toList();
        return new Catalogue(elements, groups);
    }

    record Catalogue(List<ElementInfo> elements, List<GroupInfo> groups) {
    }

    record ElementInfo(String name, String wireKey, String label, boolean inTemplate, boolean protectedElement,
            boolean speciallyProtected, List<String> groups) {
    }

    record GroupInfo(String name, List<String> elements) {
    }
}
