package id.gerbang.account.internal;

import id.gerbang.common.ConditionalOnServer;
import id.gerbang.account.UserId;
import id.gerbang.common.OwnerOnlyFiles;
import id.gerbang.common.Roles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
 * one, {@code gerbang.account.initial-admin.user-id} ({@code admin}), with a one-time password to be
 * changed at the first sign-in. The password is written to
 * {@code gerbang.account.initial-admin.file} ({@code GERBANG_INITIAL_ADMIN_FILE}, default
 * {@code ./data/initial-admin-password.txt}), readable by its owner only; standard output and the
 * log say only where it is (issue 13 point 5: a service's standard output ends up in its log). Runs after the demo
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
        issued.ifPresent(this::deliver);
    }

    /** Writes the one-time password to the owner-only file; says where on the terminal and in the log. */
    void deliver(IssuedCredentials c) {
        Path file = properties.initialAdmin().file().toAbsolutePath().normalize();
        String text = notice.render("GERBANG: administrator awal / initial administrator",
                "Hapus berkas ini setelah masuk pertama / delete this file after the first sign-in",
                List.of(new CredentialsNotice.Entry("Administrator Disdukcapil / registry administrator",
                        c.userId().value(), c.oneTimePassword(), null)),
                List.of("Ganti kata sandi saat masuk pertama: POST /api/v1/account/password.",
                        "Change the password at the first sign-in: POST /api/v1/account/password."));
        try {
            writeOwnerOnly(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the initial administrator's password to " + file
                    + " (set GERBANG_INITIAL_ADMIN_FILE)", e);
        }
        log.info("Initial registry administrator {} created; its one-time password is in {} (readable by the owner "
                + "only; delete it after the first sign-in)", c.userId(), file);
        notice.tell("GERBANG: administrator awal dibuat: " + c.userId().value(),
                "GERBANG: initial administrator created: " + c.userId().value(),
                List.of("Kata sandi sekali pakai ada di berkas / the one-time password is in: " + file,
                        "Hanya pemilik berkas yang dapat membacanya; hapus setelah masuk pertama.",
                        "Readable by the file's owner only; delete it after the first sign-in."));
    }

    /** Replaces {@code file} by a new one that only its owner can read and write. */
    static void writeOwnerOnly(Path file, String text) throws IOException {
        OwnerOnlyFiles.replace(file, text, StandardCharsets.UTF_8);
    }
}
