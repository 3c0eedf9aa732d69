package id.gerbang.account.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the account module ({@code gerbang.account.*}); documented in {@code docs/account.md}.
 *
 * @param maxServiceAccountsPerAgreement active service accounts an agreement may have (the juknis
 *                                       asks for a single web-service user)
 * @param lockout                        lockout after repeated sign-in failures
 * @param password                       password policy and one-time passwords
 * @param ip                             registered IP addresses
 * @param initialAdmin                   the first registry administrator of an empty installation
 * @param secondFactor                   the portal's second factor (TOTP)
 */
@ConfigurationProperties("gerbang.account")
@Validated
public record AccountProperties(
        @DefaultValue("1") @Min(1) @Max(100) int maxServiceAccountsPerAgreement,
        @DefaultValue @Valid Lockout lockout,
        @DefaultValue @Valid Password password,
        @DefaultValue @Valid Ip ip,
        @DefaultValue @Valid InitialAdmin initialAdmin,
        @DefaultValue @Valid SecondFactor secondFactor) {

    /**
     * @param maxFailures          failed sign-ins of one user within {@code failureWindow} that lock it
     * @param failureWindow        how long a failure counts
     * @param lockDuration         how long a lock lasts before it ends by itself
     * @param maxFailuresPerSource failed sign-ins from one source address (any user, known or not)
     *                             within {@code failureWindow} that block the address
     */
    public record Lockout(
            @DefaultValue("5") @Min(1) int maxFailures,
            @DefaultValue("20") @Min(1) int maxFailuresPerSource,
            @DefaultValue("PT15M") Duration failureWindow,
            @DefaultValue("PT15M") Duration lockDuration) {
    }

    /**
     * @param minLength              shortest password accepted
     * @param minCharacterClasses    of lower case, upper case, digits, other characters
     * @param oneTimePasswordLength  length of generated one-time passwords
     */
    public record Password(
            @DefaultValue("12") @Min(8) @Max(64) int minLength,
            @DefaultValue("3") @Min(1) @Max(4) int minCharacterClasses,
            @DefaultValue("16") @Min(12) @Max(64) int oneTimePasswordLength) {
    }

    /**
     * @param minIpv4Prefix shortest IPv4 prefix a registration may use (a wider network is refused)
     * @param minIpv6Prefix shortest IPv6 prefix
     * @param cacheTtl      longest time a change made on another server instance takes to apply
     *                      here; changes made on this instance apply at once
     */
    public record Ip(
            @DefaultValue("16") @Min(0) @Max(32) int minIpv4Prefix,
            @DefaultValue("48") @Min(0) @Max(128) int minIpv6Prefix,
            @DefaultValue("PT30S") Duration cacheTtl) {
    }

    /**
     * @param enabled create a registry administrator with a one-time password when none exists
     * @param userId  its user ID
     * @param file    where its one-time password is written, readable by the file's owner only
     *                ({@code GERBANG_INITIAL_ADMIN_FILE}); never to standard output or a log
     */
    public record InitialAdmin(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("admin") @NotBlank String userId,
            @DefaultValue("./data/initial-admin-password.txt") java.nio.file.Path file) {
    }

    /**
     * @param keyFile              the AES keys that encrypt the TOTP secrets at rest (a
     *                             {@link id.gerbang.common.SealingKeys} file, outside the database)
     * @param generateKeyIfMissing create the key file on first start (embedded and demo setups)
     * @param issuer               the name authenticator apps show beside the account
     */
    public record SecondFactor(
            @DefaultValue("./data/keys/second-factor-keys") @jakarta.validation.constraints.NotNull java.nio.file.Path keyFile,
            @DefaultValue("true") boolean generateKeyIfMissing,
            @DefaultValue("Gerbang") @NotBlank String issuer) {
    }
}
