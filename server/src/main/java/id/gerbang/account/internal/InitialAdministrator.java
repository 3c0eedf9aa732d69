package id.gerbang.account.internal;

import id.gerbang.common.ConditionalOnServer;
import id.gerbang.account.UserId;
import id.gerbang.common.Roles;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An installation without any registry administrator (a production start without the demo) gets
 * one, {@code gerbang.account.initial-admin.user-id} ({@code admin}), with a one-time password
 * printed once to the terminal and to be changed at the first sign-in. Runs after the demo
 * arrangement, once per installation; switched off with
 * {@code gerbang.account.initial-admin.enabled=false}.
 */
@Component
@Order(20)
@ConditionalOnServer
class InitialAdministrator implements ApplicationRunner {

    static final String MARKER = "initial-admin";

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final AccountProperties properties;
    private final ArrangementMarker marker;
    private final UserRepository users;
    private final UserAdministration administration;
    private final CredentialsNotice notice;
    private final TransactionTemplate tx;

    InitialAdministrator(AccountProperties properties, ArrangementMarker marker, UserRepository users,
            UserAdministration administration, CredentialsNotice notice, TransactionTemplate tx) {
        this.properties = properties;
        this.marker = marker;
        this.users = users;
        this.administration = administration;
        this.notice = notice;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.initialAdmin().enabled() || marker.isDone(MARKER)
                || users.countActive(Roles.REGISTRY_ADMIN, null) > 0) {
            return;
        }
        UserId userId = UserId.of(properties.initialAdmin().userId());
        Optional<IssuedCredentials> issued = Optional.ofNullable(tx.execute(status -> {
            if (!marker.claim(MARKER) || users.countActive(Roles.REGISTRY_ADMIN, null) > 0 || users.exists(userId)) {
                return null;
            }
            return administration.issue("system", new UserAdministration.NewAccount(userId, Roles.REGISTRY_ADMIN,
                    "Administrator Disdukcapil", null, null, null, true), "initial administrator");
        }));
        issued.ifPresent(c -> {
            log.info("Initial registry administrator {} created", c.userId());
            notice.print("GERBANG: administrator awal dibuat (hanya ditampilkan sekali ini)",
                    "GERBANG: initial administrator created (shown this once only)",
                    List.of(new CredentialsNotice.Entry("Administrator Disdukcapil / registry administrator",
                            c.userId().value(), c.oneTimePassword(), null)),
                    List.of("Ganti kata sandi saat masuk pertama: POST /api/v1/account/password.",
                            "Change the password at the first sign-in: POST /api/v1/account/password."));
        });
    }
}
