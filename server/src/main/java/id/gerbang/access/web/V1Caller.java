package id.gerbang.access.web;

import id.gerbang.account.AccountView;
import id.gerbang.common.Roles;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A v1 caller authenticated by a bearer token: its service account. */
final class V1Caller extends AbstractAuthenticationToken {

    private final AccountView account;

    V1Caller(AccountView account) {
        super(account.role() == Roles.AGENCY_SERVICE
                ? List.of(new SimpleGrantedAuthority(Roles.AGENCY_SERVICE.authority())) : List.of());
        this.account = account;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public AccountView getPrincipal() {
        return account;
    }

    @Override
    public String getName() {
        return account.userId().value();
    }
}
