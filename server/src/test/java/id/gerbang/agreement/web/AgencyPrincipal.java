package id.gerbang.agreement.web;

import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgencyMember;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An agency user's principal, as the account module will provide it. */
record AgencyPrincipal(String name, AgencyId agencyId) implements AgencyMember {

    static Authentication agencyAdmin(AgencyId agency) {
        return new UsernamePasswordAuthenticationToken(new AgencyPrincipal("admin.agency", agency), null,
                List.of(new SimpleGrantedAuthority("ROLE_AGENCY_ADMIN")));
    }

    @Override
    public String toString() {
        return name;
    }
}
