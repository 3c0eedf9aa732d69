package id.gerbang.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The canonical encoding, byte for byte, against the test vector published in docs/audit.md: a
 * re-implementation of the verifier can check itself against the same numbers.
 */
class ChainCodecTests {

    static final AccessRow VECTOR = new AccessRow(1, Instant.parse("2026-01-02T03:04:05.123456Z"),
            "01941f29-7c00-7000-8000-000000000001", 7L, 70L, "dp3akb_ws", "WEB_SERVICE_COMPATIBLE", "LOOKUP",
            "127.0.0.1", null, 3273010101900001L, null, null, "kasus 1", null, "FOUND", "NIK,NAMA_LGKP", 850L, new byte[0]);

    @Test
    void theAccessBodyIsTheDocumentedBytes() {
        assertThat(ChainCodec.hex(ChainCodec.accessBody(VECTOR))).isEqualTo(
                "0006475ef64ed580"                                   // time, µs since epoch
                + "00000024" + hex("01941f29-7c00-7000-8000-000000000001")
                + "01" + "0000000000000007"                          // agencyId
                + "01" + "0000000000000046"                          // agreementId
                + "01" + "00000009" + hex("dp3akb_ws")
                + "00000016" + hex("WEB_SERVICE_COMPATIBLE")
                + "00000006" + hex("LOOKUP")
                + "01" + "00000009" + hex("127.0.0.1")
                + "00"                                               // claimedIp absent
                + "01" + "000ba0c90c7852e1"                          // nik
                + "00" + "00"                                        // nikRaw, noKk absent
                + "01" + "00000007" + hex("kasus 1")
                + "00000005" + hex("FOUND")
                + "0000000d" + hex("NIK,NAMA_LGKP")
                + "01" + "0000000000000352");                        // latency
    }

    @Test
    void theFirstHashOfAChainIsTheDocumentedValue() {
        byte[] hash = ChainCodec.hash(ChainCodec.genesis(), ChainCodec.ACCESS, 1, ChainCodec.accessBody(VECTOR));
        // computed independently (Python hashlib) and published in docs/audit.md
        assertThat(ChainCodec.hex(hash)).isEqualTo("267352e3981bb1ec6a49a294048218516ab87d6fb3d2aeff189b42090f869f5f");
        assertThat(hash).isEqualTo(ChainCodec.sha256().digest(concat(
                new byte[32], new byte[] {1, 'A', 0, 0, 0, 0, 0, 0, 0, 1}, ChainCodec.accessBody(VECTOR))));
    }

    @Test
    void aLocalUserIsATrailingTaggedFieldWrittenOnlyWhenPresent() {
        String without = ChainCodec.hex(ChainCodec.accessBody(VECTOR));
        AccessRow with = withLocalUser(VECTOR, "Siti Aminah (UPTD PPA)");
        // the same bytes, then 'L', the int32 byte length and the UTF-8 bytes
        assertThat(ChainCodec.hex(ChainCodec.accessBody(with))).isEqualTo(
                without + "4c" + "00000016" + hex("Siti Aminah (UPTD PPA)"));
        assertThat(ChainCodec.hash(ChainCodec.genesis(), ChainCodec.ACCESS, 1, ChainCodec.accessBody(with)))
                .isNotEqualTo(ChainCodec.hash(ChainCodec.genesis(), ChainCodec.ACCESS, 1, ChainCodec.accessBody(VECTOR)));
        // an empty name is present, not absent
        assertThat(ChainCodec.hex(ChainCodec.accessBody(withLocalUser(VECTOR, "")))).isEqualTo(without + "4c00000000");
    }

    static AccessRow withLocalUser(AccessRow r, String localUser) {
        return new AccessRow(r.seq(), r.time(), r.requestId(), r.agencyId(), r.agreementId(), r.userId(), r.channel(),
                r.operation(), r.sourceIp(), r.claimedIp(), r.nik(), r.nikRaw(), r.noKk(), r.purpose(), localUser,
                r.outcome(), r.elements(), r.latencyMicros(), r.hash());
    }

    static String hex(String s) {
        return ChainCodec.hex(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
