package id.gerbang.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import id.gerbang.audit.AccessChannel;
import id.gerbang.audit.AccessLog;
import id.gerbang.audit.AccessLogEntry;
import id.gerbang.audit.AccessOperation;
import id.gerbang.audit.AccessOutcome;
import id.gerbang.audit.AuditProperties;
import id.gerbang.audit.Finding;
import id.gerbang.audit.FindingKind;
import id.gerbang.audit.VerificationReport;
import id.gerbang.audit.VerifyCommandAccess;
import id.gerbang.common.AdministrativeAction;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Retention: entries are moved to signed monthly archive files, the database chain stays continuous
 * across the cut, and the files verify offline with only the public key; altered files do not.
 */
@IntegrationTest
class ArchiveTests {

    @Autowired
    AccessLog accessLog;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    DataSource dataSource;
    @Autowired
    SigningKeys keys;
    @Autowired
    CheckpointService checkpoints;
    @Autowired
    AuditProperties properties;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    id.gerbang.common.JobLock jobLock;

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    @SuppressWarnings("unchecked")
    void archivesOfflineVerifiablyAndKeepsTheChainContinuous(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 25; i++) {
            accessLog.record(AccessLogEntry.builder(AccessChannel.WEB_PORTAL, AccessOperation.FAMILY_LOOKUP,
                    AccessOutcome.FOUND).agencyId(77L).userId("archive-test").nik(3273019999100000L + i)
                    .noKk(3273019999200000L).purpose("arsip " + i).localUser(i % 5 == 0 ? "petugas " + i : null)
                    .elements(List.of("NO_KK", "NIK")).build());
        }
        events.publishEvent(new AdministrativeAction("system", "archive.test", "test", "1", null, null, null));
        checkpoints.checkpointAll(Checkpoint.Reason.MANUAL);
        long accessHead = head("access");
        Archiver archiver = new Archiver(dataSource, keys, checkpoints, withArchiveDirectory(dir), clock, jobLock);

        // Other modules' tests move their clocks years ahead, so "everything" is before a far date.
        LocalDate farAhead = LocalDate.of(3000, 1, 1);
        List<ArchiveManifest> access = archiver.archiveBefore("access", farAhead);
        List<ArchiveManifest> admin = archiver.archiveBefore("admin", farAhead);

        assertThat(access).isNotEmpty();
        assertThat(access.getLast().lastSeq()).isEqualTo(accessHead);
        assertThat(admin.getLast().lastSeq()).isEqualTo(head("admin"));
        assertThat(jdbc.sql("select count(*) from audit_access_log where seq <= ?").param(accessHead)
                .query(Long.class).single()).as("archived rows left the database").isZero();
        for (int i = 1; i < access.size(); i++) {
            assertThat(access.get(i).previousHash()).isEqualTo(access.get(i - 1).lastHash());
            assertThat(access.get(i).firstSeq()).isEqualTo(access.get(i - 1).lastSeq() + 1);
        }
        assertThat(access.stream().flatMap(m -> m.checkpoints().stream()).map(Checkpoint::lastSeq))
                .as("the checkpoints inside the archived range travel with it").contains(accessHead);

        List<VerificationReport> offline = ArchiveVerifier.verify(dir, keys.trustedKeys());
        assertThat(offline).hasSize(2).allSatisfy(r -> assertThat(r.findings())
                .as("nothing, but a hole before this run's first archive on a database kept from earlier runs")
                .allSatisfy(f -> assertThat(f.kind()).isEqualTo(FindingKind.ARCHIVE_MISSING))
                .allSatisfy(f -> assertThat(f.seq()).isEqualTo(1)));
        assertThat(offline.getFirst().log()).isEqualTo("access");
        List<Map<String, Object>> ours = new ArrayList<>();
        for (ArchiveManifest m : access) {
            for (String line : lines(dir.resolve("access").resolve(m.file()))) {
                Map<String, Object> entry = JSON.readValue(line, Map.class);
                if ("archive-test".equals(entry.get("userId"))) {
                    ours.add(entry);
                }
            }
        }
        assertThat(ours).hasSizeGreaterThanOrEqualTo(25).allSatisfy(e -> {
            long i = ((Number) e.get("nik")).longValue() - 3273019999100000L;
            if (i % 5 == 0) {
                assertThat(e.get("localUser")).isEqualTo("petugas " + i);
            } else {
                assertThat(e).as("the field is written only when present").doesNotContainKey("localUser");
            }
        });
        assertThat(offline.getFirst().lastSeq()).isEqualTo(accessHead);

        // The database chain goes on from the archived head and still verifies, including the link.
        long next = accessLog.record(AccessLogEntry.builder(AccessChannel.WEB_PORTAL, AccessOperation.LOOKUP,
                AccessOutcome.NOT_FOUND).agencyId(77L).build());
        assertThat(next).isEqualTo(accessHead + 1);
        DatabaseVerifier verifierOfDir = new DatabaseVerifier(dataSource, keys, withArchiveDirectory(dir));
        VerificationReport database = verifierOfDir.verify("access", null, null);
        assertThat(database.firstSeq()).isEqualTo(accessHead + 1);
        assertThat(database.findings())
                .as("only checkpoints signed by earlier test keys may be unknown, and archives of earlier runs missing")
                .allMatch(f -> f.kind() == FindingKind.CHECKPOINT_UNKNOWN_KEY
                        || f.kind() == FindingKind.ARCHIVE_MISSING && f.seq() < access.getFirst().firstSeq());

        // The command line, offline, with only the public key.
        Path publicKey = dir.resolve("registry.pub.pem");
        Files.writeString(publicKey, keys.publicKeyPem());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = VerifyCommandAccess.offline(List.of("--archive=" + dir, "--public-key=" + publicKey),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        boolean chainStartsHere = access.getFirst().firstSeq() == 1 && admin.getFirst().firstSeq() == 1;
        assertThat(exit).as(printed.toString(StandardCharsets.UTF_8)).isEqualTo(chainStartsHere ? 0 : 1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("access log").contains(chainStartsHere ? "OK" : "");

        // An altered entry in an archive file is found, with its sequence number.
        ArchiveManifest victim = access.getLast();
        Path file = dir.resolve("access").resolve(victim.file());
        long altered = alterOneEntry(file);
        List<VerificationReport> tampered = ArchiveVerifier.verify(dir.resolve("access"), keys.trustedKeys());
        assertThat(tampered.getFirst().findings()).extracting(Finding::kind)
                .contains(FindingKind.ALTERED, FindingKind.ARCHIVE_INVALID);
        assertThat(tampered.getFirst().findings()).filteredOn(f -> f.kind() == FindingKind.ALTERED)
                .extracting(Finding::seq).containsExactly(altered);
        printed.reset();
        assertThat(VerifyCommandAccess.offline(List.of("--archive=" + dir.resolve("access"), "--public-key=" + publicKey),
                new PrintStream(printed, true, StandardCharsets.UTF_8))).isEqualTo(1);

        // A deleted archive is found: the database knows every archive it signed, and offline the
        // signed manifests are the list (they chain from the first entry on). A second archive of
        // the same month follows the first, then the first is deleted, file and manifest.
        for (int i = 0; i < 3; i++) {
            accessLog.record(AccessLogEntry.builder(AccessChannel.WEB_PORTAL, AccessOperation.LOOKUP,
                    AccessOutcome.FOUND).agencyId(77L).userId("archive-test").nik(3273019999300000L + i).build());
        }
        List<ArchiveManifest> later = archiver.archiveBefore("access", farAhead);
        assertThat(later).isNotEmpty();
        assertThat(missing(verifierOfDir.verify("access", null, null), access.getFirst().firstSeq()))
                .as("every archive of this test is there").isEmpty();
        ArchiveManifest deleted = access.getFirst();
        Files.delete(dir.resolve("access").resolve(deleted.file()));
        Files.delete(dir.resolve("access").resolve(deleted.file().replace(".jsonl.gz", ".manifest.json")));

        assertThat(missing(verifierOfDir.verify("access", null, null), deleted.firstSeq()))
                .as("the database verification names the deleted archive").singleElement()
                .satisfies(f -> assertThat(f.seq()).isEqualTo(deleted.firstSeq()))
                .satisfies(f -> assertThat(f.detail()).contains(deleted.file()));
        assertThat(ArchiveVerifier.verify(dir.resolve("access"), keys.trustedKeys()).getFirst().findings())
                .as("offline, the chain of signed manifests has a hole where the deleted archive was")
                .filteredOn(f -> f.kind() == FindingKind.ARCHIVE_MISSING).isNotEmpty()
                .allSatisfy(f -> assertThat(f.seq()).isLessThanOrEqualTo(deleted.firstSeq()));
        printed.reset();
        assertThat(VerifyCommandAccess.offline(List.of("--archive=" + dir.resolve("access"), "--public-key=" + publicKey),
                new PrintStream(printed, true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("ARCHIVE_MISSING");

        // A manifest signed by another key is refused.
        Path otherKey = dir.resolve("other.pub.pem");
        Files.writeString(otherKey, Keys.publicPem(Keys.generate().getPublic()));
        assertThat(VerifyCommandAccess.offline(List.of("--archive=" + dir.resolve("admin"), "--public-key=" + otherKey),
                new PrintStream(OutputStream.nullOutputStream()))).isEqualTo(1);
    }

    @Test
    void theRetentionPeriodIsTwoYearsBeforeTheCurrentSemester() {
        assertThat(RetentionPolicy.firstDayKept(LocalDate.of(2026, 11, 27), 2)).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(RetentionPolicy.firstDayKept(LocalDate.of(2026, 6, 30), 2)).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(RetentionPolicy.firstDayKept(LocalDate.of(2026, 7, 1), 0)).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    /** The lines of a gzipped archive file. */
    static List<String> lines(Path file) throws Exception {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            reader.lines().forEach(lines::add);
        }
        return lines;
    }

    /** Changes the purpose of the last entry of an archive file, keeping its stored hash. */
    @SuppressWarnings("unchecked")
    static long alterOneEntry(Path file) throws Exception {
        List<String> lines = lines(file);
        Map<String, Object> last = JSON.readValue(lines.getLast(), Map.class);
        last.put("purpose", "altered afterwards");
        lines.set(lines.size() - 1, JSON.writeValueAsString(last));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return ((Number) last.get("seq")).longValue();
    }

    /** The ARCHIVE_MISSING findings from a sequence on (earlier ones belong to other runs on a kept database). */
    static List<Finding> missing(VerificationReport report, long from) {
        return report.findings().stream().filter(f -> f.kind() == FindingKind.ARCHIVE_MISSING && f.seq() >= from)
                .toList();
    }

    long head(String log) {
        return jdbc.sql("select last_seq from audit_chain_head where log_name = ?").param(log).query(Long.class).single();
    }

    AuditProperties withArchiveDirectory(Path dir) {
        AuditProperties p = properties;
        return new AuditProperties(p.writeTimeout(), p.maxBatchSize(), p.queueCapacity(), p.checkpointInterval(),
                p.signingKeyFile(), p.generateKeyIfMissing(), p.trustedPublicKeyFiles(), dir, p.retentionYears(),
                p.archiveEnabled(), p.archiveCron(), p.exportMaxRows(), p.gatherWindow(), p.summaryInterval());
    }
}
