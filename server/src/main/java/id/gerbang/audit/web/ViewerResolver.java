package id.gerbang.audit.web;

import id.gerbang.audit.AuditError;
import id.gerbang.audit.internal.CurrentAgency;
import id.gerbang.audit.Viewer;
import id.gerbang.common.GerbangException;
import id.gerbang.common.Roles;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** Who is reading: registry administrator, auditor, or an agency administrator limited to their agency. */
@Component
class ViewerResolver {

    private final CurrentAgency currentAgency;

    ViewerResolver(CurrentAgency currentAgency) {
        this.currentAgency = currentAgency;
    }

    Viewer of(Authentication authentication) {
        String name = authentication.getName();
        if (has(authentication, Roles.REGISTRY_ADMIN)) {
            return Viewer.registryAdministrator(name);
        }
        if (has(authentication, Roles.REGISTRY_AUDITOR)) {
            return Viewer.auditor(name);
        }
        if (has(authentication, Roles.AGENCY_ADMIN)) {
            Optional<Long> agency = currentAgency.agencyOf(authentication);
            return Viewer.agencyAdministrator(name, agency.orElseThrow(() -> new GerbangException(AuditError.AGENCY_UNKNOWN)));
        }
        throw new GerbangException(id.gerbang.common.CommonError.FORBIDDEN);
    }

    private static boolean has(Authentication authentication, Roles role) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(role.authority()::equals);
    }
}
