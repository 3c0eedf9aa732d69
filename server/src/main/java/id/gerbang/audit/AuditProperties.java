package id.gerbang.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the access log and the administrative log ({@code gerbang.audit.*}); see
 * {@code docs/audit.md}.
 *
 * @param writeTimeout          how long {@link AccessLog#record} waits for its entry to commit
 * @param maxBatchSize          most entries written in one transaction (group commit)
 * @param queueCapacity         entries waiting for the writer at most; beyond it callers are refused
 * @param checkpointInterval    how often a signed checkpoint is written (also at every Jakarta day end)
 * @param signingKeyFile        the registry's Ed25519 private key, PKCS#8 PEM
 * @param generateKeyIfMissing  generate the key on first start when the file is missing (embedded
 *                              and demo setups; production gives a key and sets this to false)
 * @param trustedPublicKeyFiles earlier public keys (PEM) whose checkpoints still verify after a key change
 * @param archiveDirectory      where archive files are written
 * @param retentionYears        whole years kept in the database before the current semester
 * @param archiveEnabled        whether the daily archive job runs
 * @param archiveCron           when the archive job runs (Asia/Jakarta)
 * @param exportMaxRows         most rows in one CSV/XLSX export
 * @param gatherWindow          at moderate rates, how long the writer waits after the first entry of
 *                              a batch for more entries to share its commit; it waits only when the
 *                              recent rate makes another entry likely in that time. 0 (the default):
 *                              never waits (ADR 0031, addendum of 2026-11-27)
 * @param summaryInterval       how often new entries are folded into the pre-aggregated usage counts
 *                              of the monitoring pages (ADR 0105); readers add the rest themselves
 */
@ConfigurationProperties("gerbang.audit")
@Validated
public record AuditProperties(
        @DefaultValue("5s") @NotNull Duration writeTimeout,
        @DefaultValue("4000") @Min(1) @Max(10000) int maxBatchSize,
        @DefaultValue("100000") @Min(1) int queueCapacity,
        @DefaultValue("10m") @NotNull Duration checkpointInterval,
        @DefaultValue("./data/keys/audit-signing-key.pem") @NotNull Path signingKeyFile,
        @DefaultValue("true") boolean generateKeyIfMissing,
        @Nullable List<Path> trustedPublicKeyFiles,
        @DefaultValue("./data/archive") @NotNull Path archiveDirectory,
        @DefaultValue("2") @Min(0) int retentionYears,
        @DefaultValue("true") boolean archiveEnabled,
        @DefaultValue("0 30 1 * * *") @NotNull String archiveCron,
        @DefaultValue("1000000") @Min(1) int exportMaxRows,
        @DefaultValue("0") @NotNull Duration gatherWindow,
        @DefaultValue("5s") @NotNull Duration summaryInterval) {

    public AuditProperties {
        trustedPublicKeyFiles = trustedPublicKeyFiles == null ? List.of() : List.copyOf(trustedPublicKeyFiles);
    }
}
