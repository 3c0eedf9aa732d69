package id.gerbang.audit.internal;

import id.gerbang.audit.FindingKind;
import id.gerbang.audit.VerificationReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies archive files offline, with nothing but the files and the registry's public key(s): each
 * manifest's signature, each file's SHA-256, the chain inside and across the files of a log, and the
 * checkpoints the manifests carry.
 */
public final class ArchiveVerifier {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ArchiveVerifier() {
    }

    /**
     * The signed manifests are the list of what must be there: ordered by sequence, they form a chain
     * (each starts where the one before ended, from the hash it ended with). Given a directory, the
     * chain must start at the log's first entry, and every gap in it, like every manifest whose file
     * is gone, is an {@link FindingKind#ARCHIVE_MISSING}. Archives newer than the newest manifest
     * present cannot be missed offline: the database verification reports those (it knows every
     * archive it signed).
     *
     * @param path an archive directory (searched recursively), a {@code .jsonl.gz} file or a
     *             {@code .manifest.json} file
     * @return one report per log found
     */
    public static List<VerificationReport> verify(Path path, Map<String, PublicKey> keys) throws IOException {
        Map<String, List<Loaded>> byLog = new TreeMap<>();
        for (Path manifestFile : manifests(path)) {
            ArchiveManifest manifest = ArchiveManifest.parse(Files.readString(manifestFile));
            byLog.computeIfAbsent(manifest.log(), k -> new ArrayList<>()).add(new Loaded(manifestFile, manifest));
        }
        if (byLog.isEmpty()) {
            throw new IOException("no archive manifest (*.manifest.json) found at " + path);
        }
        boolean wholeChain = Files.isDirectory(path);
        List<VerificationReport> reports = new ArrayList<>();
        for (Map.Entry<String, List<Loaded>> e : byLog.entrySet()) {
            reports.add(verifyLog(e.getKey(), path.toString(), e.getValue(), keys, wholeChain));
        }
        return reports;
    }

    private static List<Path> manifests(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                return files.filter(p -> p.getFileName().toString().endsWith(".manifest.json")).sorted().toList();
            }
        }
        String name = path.getFileName().toString();
        if (name.endsWith(".jsonl.gz")) {
            return List.of(path.resolveSibling(name.replace(".jsonl.gz", ".manifest.json")));
        }
        return List.of(path);
    }

    private record Loaded(Path file, ArchiveManifest manifest) {
    }

    private static VerificationReport verifyLog(String log, String source, List<Loaded> files,
                                                Map<String, PublicKey> keys, boolean wholeChain)
            throws IOException {
        files.sort(Comparator.comparingLong(l -> l.manifest().firstSeq()));
        List<Checkpoint> checkpoints = new ArrayList<>();
        files.forEach(l -> checkpoints.addAll(l.manifest().checkpoints()));
        ArchiveManifest first = files.getFirst().manifest();
        ChainVerifier verifier = new ChainVerifier(log, source, first.firstSeq(), first.previousHash(),
                checkpoints.stream().filter(cp -> cp.lastSeq() <= files.getLast().manifest().lastSeq()).toList(), keys);
        if (first.firstSeq() == 1 && !ChainCodec.same(first.previousHash(), ChainCodec.genesis())) {
            verifier.inconsistency(FindingKind.ARCHIVE_INVALID, 1, "the first archive starts the chain but its "
                    + "previous hash is not the genesis value");
        }
        if (wholeChain && first.firstSeq() > 1) {
            verifier.inconsistency(FindingKind.ARCHIVE_MISSING, 1, missing(1, first.firstSeq() - 1));
        }
        ArchiveManifest before = null;
        for (Loaded loaded : files) {
            ArchiveManifest m = loaded.manifest();
            String problem = m.problem(keys);
            if (problem != null) {
                verifier.inconsistency(FindingKind.ARCHIVE_INVALID, m.firstSeq(), problem);
            }
            if (before != null && m.firstSeq() > before.lastSeq() + 1) {
                verifier.inconsistency(FindingKind.ARCHIVE_MISSING, before.lastSeq() + 1,
                        missing(before.lastSeq() + 1, m.firstSeq() - 1));
            } else if (before != null && !ChainCodec.same(before.lastHash(), m.previousHash())) {
                verifier.inconsistency(FindingKind.ARCHIVE_INVALID, m.firstSeq(), "archive " + m.file()
                        + " does not continue from " + before.file());
            }
            readFile(loaded.file().resolveSibling(m.file()), m, verifier);
            before = m;
        }
        return verifier.finish();
    }

    private static String missing(long from, long to) {
        return "entries " + from + ".." + to + " are in no archive present: the signed manifests chain "
                + "around them, so the archive files that held them are missing";
    }

    @SuppressWarnings("unchecked")
    private static void readFile(Path file, ArchiveManifest m, ChainVerifier verifier) throws IOException {
        if (!Files.exists(file)) {
            verifier.inconsistency(FindingKind.ARCHIVE_MISSING, m.firstSeq(), "archive file " + m.file() + " (entries "
                    + m.firstSeq() + ".." + m.lastSeq() + ") is missing; its signed manifest is there");
            return;
        }
        MessageDigest sha = ChainCodec.sha256();
        long count = 0;
        long firstSeq = -1;
        byte[] lastHash = m.previousHash();
        boolean access = "access".equals(m.log());
        try (InputStream raw = Files.newInputStream(file);
             DigestInputStream digest = new DigestInputStream(raw, sha);
             BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(digest, 65536),
                     StandardCharsets.UTF_8))) {
            String headerLine = reader.readLine();
            Map<String, Object> header = headerLine == null ? Map.of() : JSON.readValue(headerLine, Map.class);
            if (!ArchiveLines.FORMAT.equals(header.get("format")) || !m.log().equals(header.get("log"))
                    || !ChainCodec.hex(m.previousHash()).equals(header.get("previousHash"))) {
                verifier.inconsistency(FindingKind.ARCHIVE_INVALID, m.firstSeq(), "archive " + m.file()
                        + " has a missing or wrong header");
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> json = JSON.readValue(line, Map.class);
                ChainLink link = access ? ArchiveLines.accessRow(json).link() : ArchiveLines.adminRow(json).link();
                if (firstSeq < 0) {
                    firstSeq = link.seq();
                }
                verifier.accept(link);
                lastHash = link.hash();
                count++;
            }
            digest.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            verifier.inconsistency(FindingKind.ARCHIVE_INVALID, m.firstSeq(), "archive " + m.file()
                    + " cannot be read: " + e.getMessage());
            return;
        }
        if (!ChainCodec.same(sha.digest(), m.fileSha256())) {
            verifier.inconsistency(FindingKind.ARCHIVE_INVALID, m.firstSeq(), "archive " + m.file()
                    + " differs from the SHA-256 in its signed manifest: the file was altered");
        }
        if (count != m.entryCount() || firstSeq != m.firstSeq() || !ChainCodec.same(lastHash, m.lastHash())) {
            verifier.inconsistency(FindingKind.ARCHIVE_INVALID, m.firstSeq(), "archive " + m.file() + " holds "
                    + count + " entries from " + firstSeq + " but its signed manifest says " + m.entryCount()
                    + " from " + m.firstSeq() + " ending in hash " + ChainCodec.hex(m.lastHash()));
        }
    }
}
