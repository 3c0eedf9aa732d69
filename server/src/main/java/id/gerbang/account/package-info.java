/**
 * Users of Gerbang and where they may connect from: user-ID applications (juknis item 2.e) and
 * their approval, passwords (Argon2id through a delegating encoder, a password policy, one-time
 * passwords at issue and reset), lockout after repeated failures counted per user and per source
 * address, web-service tokens, and the registered IP addresses of each agency (juknis item 2.k).
 *
 * <p>Other modules use {@link id.gerbang.account.Accounts} (authentication, account views, the
 * acting user) and {@link id.gerbang.account.RegisteredIps} (is this address registered for that
 * agency?).
 */
@ApplicationModule(displayName = "Account",
        allowedDependencies = {"common", "reference", "registry", "agreement"})
@NullMarked
package id.gerbang.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
