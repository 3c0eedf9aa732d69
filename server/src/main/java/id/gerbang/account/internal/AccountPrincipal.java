package id.gerbang.account.internal;

import id.gerbang.account.AccountView;
import java.security.Principal;

/** The principal of a request signed in with a Gerbang account; {@link #getName()} is the user ID. */
public record AccountPrincipal(AccountView account) implements Principal {

    @Override
    public String getName() {
        return account.userId().value();
    }

    @Override
    public String toString() {
        return getName();
    }
}
