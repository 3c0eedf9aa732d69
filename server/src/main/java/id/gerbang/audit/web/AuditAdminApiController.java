package id.gerbang.audit.web;

import id.gerbang.audit.AdministrativeLog;
import id.gerbang.audit.AdministrativeLogEntry;
import id.gerbang.audit.AuditError;
import id.gerbang.audit.VerificationReport;
import id.gerbang.audit.internal.AccessLogWriter;
import id.gerbang.audit.internal.ArchiveManifest;
import id.gerbang.audit.internal.Archiver;
import id.gerbang.audit.internal.Checkpoint;
import id.gerbang.audit.internal.CheckpointService;
import id.gerbang.audit.internal.Checkpoints;
import id.gerbang.audit.internal.DatabaseVerifier;
import id.gerbang.audit.internal.SigningKeys;
import id.gerbang.common.AdministrativeAction;
import id.gerbang.common.GerbangException;
import id.gerbang.common.Roles;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The protection of the logs: the registry's public key, signed checkpoints (listed and exported as
 * files), verification of the chain, the archive, and the administrative log.
 */
@RestController
@RequestMapping("/api/v1/admin/audit")
class AuditAdminApiController {

    private final SigningKeys keys;
    private final DataSource dataSource;
    private final CheckpointService checkpoints;
    private final DatabaseVerifier verifier;
    private final Archiver archiver;
    private final AdministrativeLog administrativeLog;
    private final AccessLogWriter writer;
    private final ApplicationEventPublisher events;

    AuditAdminApiController(SigningKeys keys, DataSource dataSource, CheckpointService checkpoints,
                            DatabaseVerifier verifier, Archiver archiver, AdministrativeLog administrativeLog,
                            AccessLogWriter writer, ApplicationEventPublisher events) {
        this.keys = keys;
        this.dataSource = dataSource;
        this.checkpoints = checkpoints;
        this.verifier = verifier;
        this.archiver = archiver;
        this.administrativeLog = administrativeLog;
        this.writer = writer;
        this.events = events;
    }

    @GetMapping(value = "/public-key", produces = "application/x-pem-file")
    @PreAuthorize(Roles.ADMIN_OR_AUDITOR)
    ResponseEntity<String> publicKey() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"gerbang-audit-" + keys.keyId() + ".pub.pem\"")
                .body(keys.publicKeyPem());
    }

    @GetMapping("/checkpoints")
    @PreAuthorize(Roles.ADMIN_OR_AUDITOR)
    List<Map<String, Object>> checkpoints(@RequestParam(defaultValue = "access") String log,
                                          @RequestParam(defaultValue = "50") int limit) {
        requireLog(log);
        try (Connection c = dataSource.getConnection()) {
            return Checkpoints.latest(c, log, Math.clamp(limit, 1, 1000)).stream().map(Checkpoint::toJson).toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getSQLState(), e);
        }
    }

    /** One checkpoint as a small signed JSON file for the ministry or an agency to keep. */
    @GetMapping(value = "/checkpoints/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Roles.ADMIN_OR_AUDITOR)
    ResponseEntity<Map<String, Object>> checkpoint(@PathVariable long id) {
        try (Connection c = dataSource.getConnection()) {
            Checkpoint cp = Checkpoints.byId(c, id).orElseThrow(() -> new GerbangException(AuditError.CHECKPOINT_NOT_FOUND));
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"gerbang-checkpoint-" + cp.log()
                            + "-" + cp.lastSeq() + ".json\"")
                    .body(cp.toJson());
        } catch (SQLException e) {
            throw new IllegalStateException(e.getSQLState(), e);
        }
    }

    /** Writes a checkpoint of both logs now (for example before handing the log to an inspector). */
    @PostMapping("/checkpoints")
    @PreAuthorize(Roles.ADMIN)
    List<Map<String, Object>> checkpointNow(Authentication authentication) {
        List<Map<String, Object>> written = CheckpointService.LOGS.stream()
                .map(log -> checkpoints.checkpoint(log, Checkpoint.Reason.MANUAL).orElseThrow().toJson()).toList();
        events.publishEvent(new AdministrativeAction(authentication.getName(), "audit.checkpoint.written", "audit-log",
                "all", null, null, null));
        return written;
    }

    @PostMapping("/verify")
    @PreAuthorize(Roles.ADMIN_OR_AUDITOR)
    VerificationReport verify(@RequestParam(defaultValue = "access") String log,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        requireLog(log);
        return verifier.verify(log, from, to);
    }

    /** Archives now what the retention period no longer keeps (the job also runs every night). */
    @PostMapping("/archive")
    @PreAuthorize(Roles.ADMIN)
    List<String> archive(Authentication authentication) {
        List<ArchiveManifest> written = archiver.archiveExpired();
        events.publishEvent(new AdministrativeAction(authentication.getName(), "audit.archive.run", "audit-log", "all",
                null, Map.of("files", written.size()), null));
        return written.stream().map(ArchiveManifest::file).toList();
    }

    @GetMapping("/admin-log")
    @PreAuthorize(Roles.ADMIN_OR_AUDITOR)
    List<AdministrativeLogEntry> administrativeLog(@RequestParam(required = false) @Nullable String subjectType,
                                                   @RequestParam(required = false) @Nullable String subjectId,
                                                   @RequestParam(required = false) @Nullable Long before,
                                                   @RequestParam(defaultValue = "100") int limit) {
        return administrativeLog.page(subjectType, subjectId, before, limit);
    }

    /** Throughput counters of the access-log writer since start. */
    @GetMapping("/writer")
    @PreAuthorize(Roles.ADMIN_OR_AUDITOR)
    AccessLogWriter.Stats writer() {
        return writer.stats();
    }

    private static void requireLog(String log) {
        if (!CheckpointService.LOGS.contains(log)) {
            throw new GerbangException(AuditError.UNKNOWN_LOG);
        }
    }
}
