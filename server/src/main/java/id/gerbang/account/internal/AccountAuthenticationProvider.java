package id.gerbang.account.internal;

import id.gerbang.account.AccountView;
import id.gerbang.account.AuthenticationResult;
import java.net.InetAddress;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs in users of the administration API (HTTP Basic in {@code common.web.SecurityConfiguration})
 * with their Gerbang account: the same checks and lockout counting as
 * {@link id.gerbang.account.Accounts#authenticate}, the source address taken from the request. A
 * user who must still replace a one-time password gets no role, only
 * {@link #PASSWORD_CHANGE_REQUIRED}, which {@link PasswordChangeRequiredFilter} turns into a 403 on
 * everything but the password change.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    static final String PASSWORD_CHANGE_REQUIRED = id.gerbang.account.AuthenticationOutcome.PASSWORD_CHANGE_REQUIRED.name();

    private final Authenticator authenticator;

    AccountAuthenticationProvider(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        String password = credentials == null ? "" : credentials.toString();
        AuthenticationResult result = authenticator.authenticate(userId, password, sourceOf(authentication.getDetails()));
        return switch (result.outcome()) {
            case OK -> signedIn(result.account(), List.of(new SimpleGrantedAuthority(result.account().role().authority())),
                    authentication);
            case PASSWORD_CHANGE_REQUIRED -> signedIn(result.account(),
                    List.of(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED)), authentication);
            case LOCKED -> throw new LockedException("locked");
            case INACTIVE -> throw new DisabledException("inactive");
            case UNKNOWN_USER, BAD_PASSWORD -> throw new BadCredentialsException("bad credentials");
        };
    }

    private static Authentication signedIn(@Nullable AccountView account, List<GrantedAuthority> authorities,
            Authentication request) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(
                new AccountPrincipal(java.util.Objects.requireNonNull(account)), null, authorities);
        token.setDetails(request.getDetails());
        return token;
    }

    static @Nullable InetAddress sourceOf(@Nullable Object details) {
        if (details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            try {
                return IpAddresses.toInetAddress(web.getRemoteAddress());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
