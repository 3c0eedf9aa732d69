package id.gerbang.account;

import id.gerbang.account.internal.AccountProperties;
import id.gerbang.account.internal.IpAddresses;
import id.gerbang.account.internal.LoginAttempts;
import id.gerbang.account.internal.SecondFactorKeys;
import id.gerbang.account.internal.SecondFactorStore;
import id.gerbang.account.internal.Totp;
import id.gerbang.account.internal.UserRecord;
import id.gerbang.account.internal.UserRepository;
import id.gerbang.common.AdministrativeAction;
import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import id.gerbang.common.Roles;
import id.gerbang.common.SealingKeys;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's second factor (TOTP, RFC 6238; docs/account.md, ADR 0071): required for registry and
 * agency administrators, optional for the other people who sign in. Enrolment makes a secret,
 * stored AES-GCM encrypted under the second-factor key file, and confirms it with a first code;
 * confirmation gives ten single-use recovery codes, stored hashed with the password hasher. A code
 * is accepted for the current 30-second step and its neighbours, compared in constant time, and a
 * step once used is never accepted again. Every wrong code counts as a failed sign-in for the
 * lockout; a registry administrator can reset a user's second factor (administrative log).
 */
@Service
public class SecondFactors {

    /** How many recovery codes an enrolment gives. */
    public static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A pending enrolment: the secret as Base32 text and the {@code otpauth://} URI of its QR code. */
    public record Enrolment(String secret, String uri) {
    }

    /** The answer to a code at sign-in. */
    public enum Check {
        ACCEPTED, RECOVERY_CODE_ACCEPTED, WRONG, LOCKED;

        public boolean accepted() {
            return this == ACCEPTED || this == RECOVERY_CODE_ACCEPTED;
        }
    }

    private final SecondFactorStore store;
    private final SealingKeys keys;
    private final UserRepository users;
    private final LoginAttempts attempts;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String issuer;

    SecondFactors(SecondFactorStore store, SecondFactorKeys keys, UserRepository users, LoginAttempts attempts,
            PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock, AccountProperties properties) {
        this.store = store;
        this.keys = keys;
        this.users = users;
        this.attempts = attempts;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
        this.issuer = properties.secondFactor().issuer();
    }

    /** Whether people of {@code role} must have a second factor to use the portal. */
    public static boolean required(Roles role) {
        return role == Roles.REGISTRY_ADMIN || role == Roles.AGENCY_ADMIN;
    }

    /** Whether the user has a confirmed second factor. */
    public boolean enrolled(UserId userId) {
        return store.confirmed(userId);
    }

    /**
     * The user's pending enrolment, begun now if there is none (a page shown again shows the same
     * secret).
     *
     * @throws GerbangException {@code SECOND_FACTOR_NOT_PENDING} when the user is enrolled already
     */
    @Transactional
    public Enrolment enrolment(UserId userId) {
        Optional<SecondFactorStore.Row> row = store.find(userId);
        if (row.isPresent() && row.get().confirmed()) {
            throw new GerbangException(AccountError.SECOND_FACTOR_NOT_PENDING);
        }
        byte[] secret;
        if (row.isPresent()) {
            secret = keys.open(row.get().keyId(), row.get().secret(), associated(userId));
        } else {
            secret = newSecret(userId);
        }
        return new Enrolment(Totp.base32(secret), uri(userId, secret));
    }

    private byte[] newSecret(UserId userId) {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        SealingKeys.Sealed sealed = keys.seal(secret, associated(userId));
        store.savePending(userId, sealed.keyId(), sealed.value(), clock.instant());
        return secret;
    }

    private String uri(UserId userId, byte[] secret) {
        String label = java.net.URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20") + ":"
                + java.net.URLEncoder.encode(userId.value(), StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + Totp.base32(secret) + "&issuer="
                + java.net.URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20")
                + "&algorithm=SHA1&digits=6&period=30";
    }

    /**
     * Confirms the pending enrolment with a first code; returns the ten recovery codes, shown this
     * once. A wrong code counts as a failed sign-in.
     *
     * @throws GerbangException {@code SECOND_FACTOR_CODE_WRONG} for a wrong code,
     *                          {@code SECOND_FACTOR_NOT_PENDING} when no enrolment is pending
     */
    @Transactional(noRollbackFor = GerbangException.class)
    public List<String> confirm(UserId userId, String code, @Nullable InetAddress source) {
        String sourceAddress = address(source);
        SecondFactorStore.Row row = store.find(userId).filter(r -> !r.confirmed())
                .orElseThrow(() -> new GerbangException(AccountError.SECOND_FACTOR_NOT_PENDING));
        Instant now = clock.instant();
        byte[] secret = keys.open(row.keyId(), row.secret(), associated(userId));
        OptionalLong step = totpStep(secret, code, now);
        if (step.isEmpty() || !store.confirm(userId, step.getAsLong(), now)) {
            attempts.recordFailure(userId, sourceAddress);
            throw new GerbangException(AccountError.SECOND_FACTOR_CODE_WRONG,
                    Map.of("code", "account.secondFactor.codeWrong"));
        }
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String c = newRecoveryCode();
            codes.add(c);
            hashes.add(encoder.encode(normalise(c)));
        }
        store.replaceRecoveryCodes(userId, hashes);
        users.clearFailures(userId);
        changed(userId.value(), userId, AccountChanged.Kind.SECOND_FACTOR_ENROLLED, null, false, true);
        return List.copyOf(codes);
    }

    /**
     * Checks the code of a sign-in (after the password): a current TOTP code, or an unused recovery
     * code, which is then used up. A wrong code counts as a failed sign-in and may lock the account;
     * a right one forgets earlier failures.
     */
    @Transactional
    public Check verify(UserId userId, String code, @Nullable InetAddress source) {
        String sourceAddress = address(source);
        Instant now = clock.instant();
        Optional<UserRecord> user = users.find(userId);
        if (user.isEmpty()) {
            return Check.WRONG;
        }
        if (user.get().lockedAt(now) || (sourceAddress != null && attempts.sourceBlockedUntil(sourceAddress).isPresent())) {
            return Check.LOCKED;
        }
        Optional<SecondFactorStore.Row> row = store.find(userId).filter(SecondFactorStore.Row::confirmed);
        Check result = Check.WRONG;
        if (row.isPresent()) {
            String given = code.strip();
            if (given.matches("\\d{6}")) {
                byte[] secret = keys.open(row.get().keyId(), row.get().secret(), associated(userId));
                OptionalLong step = totpStep(secret, given, now);
                if (step.isPresent() && store.useStep(userId, step.getAsLong())) {
                    result = Check.ACCEPTED;
                }
            } else if (recoveryCodeUsed(userId, normalise(given), now)) {
                result = Check.RECOVERY_CODE_ACCEPTED;
                users.addEvent(userId, "recovery-code-used", userId.value(), now, null);
            }
        }
        if (!result.accepted()) {
            return attempts.recordFailure(userId, sourceAddress).isPresent() ? Check.LOCKED : Check.WRONG;
        }
        users.clearFailures(userId);
        return result;
    }

    /** How many unused recovery codes the user has left. */
    public int recoveryCodesLeft(UserId userId) {
        return store.unusedRecoveryCodes(userId).size();
    }

    /**
     * A registry administrator removes a user's second factor (lost phone, no recovery code left):
     * the user's sessions end and the user enrols again at the next sign-in where the role requires it.
     */
    @Transactional
    public void reset(Actor actor, UserId userId, String reason) {
        if (!actor.isRegistryAdmin()) {
            throw new GerbangException(CommonError.FORBIDDEN);
        }
        users.findForUpdate(userId).orElseThrow(() -> new GerbangException(AccountError.USER_NOT_FOUND));
        if (!store.delete(userId)) {
            throw new GerbangException(AccountError.SECOND_FACTOR_NOT_ENROLLED);
        }
        changed(actor.userId(), userId, AccountChanged.Kind.SECOND_FACTOR_RESET, reason, true, false);
    }

    private void changed(String actor, UserId userId, AccountChanged.Kind kind, @Nullable String reason,
            boolean before, boolean after) {
        users.addEvent(userId, kind.event(), actor, clock.instant(), reason);
        events.publishEvent(new AdministrativeAction(actor, kind.action(), "user", userId.value(),
                Map.of("secondFactor", before), Map.of("secondFactor", after), reason));
        events.publishEvent(new AccountChanged(userId, kind));
    }

    private boolean recoveryCodeUsed(UserId userId, String given, Instant now) {
        if (given.length() != 10) {
            return false;
        }
        boolean used = false;
        // every unused code is checked, so the time does not tell which one matched
        for (SecondFactorStore.RecoveryCode c : store.unusedRecoveryCodes(userId)) {
            if (encoder.matches(given, c.hash()) && !used) {
                used = store.useRecoveryCode(userId, c.number(), now);
            }
        }
        return used;
    }

    private static OptionalLong totpStep(byte[] secret, String code, Instant now) {
        String given = code.strip();
        return given.matches("\\d{6}") ? Totp.matchingStep(secret, given, now) : OptionalLong.empty();
    }

    /** A recovery code as shown: two groups of five characters without look-alikes ({@code abcde-fgh23}). */
    private static String newRecoveryCode() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                s.append('-');
            }
            s.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return s.toString();
    }

    /** A typed recovery code as stored: lower case, without the hyphen and spaces. */
    static String normalise(String code) {
        return code.strip().toLowerCase(java.util.Locale.ROOT).replace("-", "").replace(" ", "");
    }

    private static @Nullable String address(@Nullable InetAddress source) {
        return source == null ? null : IpAddresses.format(source);
    }

    private static byte[] associated(UserId userId) {
        return ("account-second-factor:" + userId.value()).getBytes(StandardCharsets.UTF_8);
    }
}
