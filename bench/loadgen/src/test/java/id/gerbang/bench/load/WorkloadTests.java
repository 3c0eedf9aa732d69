package id.gerbang.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Requests, their expected outcomes, and the classification of answers. Synthetic NIKs only. */
class WorkloadTests {

    final Workload workload = new Workload(
            List.of(new Workload.Account("BENCH_01", "bench.a-01", "Pw\"x"), new Workload.Account("BENCH_02", "bench.a-02", "Pw-2")),
            List.of(new Workload.Resident("3204104501900003", "ACTIVE", "RATNA KUSUMA", "1990-01-05"),
                    new Workload.Resident("3204101703880002", "DECEASED", "HENDRA GUNAWAN", "1988-03-17")),
            List.of("3204104501909999"));

    @Test
    void everyRequestCarriesTheCodeItMustGet() {
        Workload.Prepared[] pool = workload.prepare(2000, Workload.mix("CALL_NIK:1,VERIFY:1,V1_LOOKUP:1,V1_VERIFY:1"),
                0.1, 0.1, "127.0.0.1:1", Map.of("bench.a-01", "t1", "bench.a-02", "t2"), 7);
        int malformed = 0;
        int unknown = 0;
        for (Workload.Prepared p : pool) {
            String text = new String(p.bytes(), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("POST /"), text);
            int body = text.indexOf("\r\n\r\n") + 4;
            assertTrue(text.contains("Content-Length: " + (p.bytes().length - body) + "\r\n"));
            switch (p.expected()) {
                case "15" -> malformed++;
                case "13" -> {
                    unknown++;
                    assertTrue(text.contains("3204104501909999"));
                }
                case "01" -> assertTrue(text.contains("3204104501900003"));
                case "11" -> assertTrue(text.contains("3204101703880002"));
                default -> throw new AssertionError(p.expected());
            }
            if (p.kind() == Workload.Kind.V1_LOOKUP || p.kind() == Workload.Kind.V1_VERIFY) {
                assertTrue(text.contains("Authorization: Bearer t"));
            } else {
                assertTrue(text.contains("\"password\":\"Pw\\\"x\"") || text.contains("\"password\":\"Pw-2\""));
            }
        }
        assertTrue(malformed > 100 && malformed < 300, "malformed " + malformed);
        assertTrue(unknown > 100 && unknown < 300, "unknown " + unknown);
    }

    @Test
    void malformedNiksBreakAHardRule() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 20; i++) {
            String nik = Workload.malformed("3204104501900003", random);
            assertTrue(nik.length() == 15 || nik.substring(8, 10).equals("13"), nik);
        }
    }

    @Test
    void statusesMapToTheProtocolsCodes() {
        assertEquals("01", Workload.expectedFor("ACTIVE"));
        assertEquals("11", Workload.expectedFor("DECEASED"));
        assertEquals("12", Workload.expectedFor("DUPLICATE_BLOCKED"));
        assertEquals("14", Workload.expectedFor("INACTIVE"));
        assertEquals("14", Workload.expectedFor("MOVED_ABROAD"));
        assertEquals("05-01-1990", Workload.dayFirst("1990-01-05"));
    }

    @Test
    void answersAreClassifiedByTheirOutcomeCode() {
        assertEquals("01", classify(200, "{\"content\":[{\"NIK\":3204104501900003}],\"size\":1}"));
        assertEquals("13", classify(200, "{\"content\":[{\"RESPON\":\"Data Tidak Ditemukan\",\"RESPONSE_CODE\":\"13\"}]}"));
        assertEquals("15", classify(422, "{\"type\":\"x\",\"code\":\"NIK_FORMAT_INVALID\",\"responseCode\":\"15\"}"));
        assertEquals("01", classify(200, "{\"requestId\":\"r\",\"person\":{}}"));
        assertEquals("http-500", classify(500, "oops"));
        assertNull(Outcomes.codeAfter("\"X\"".getBytes(), new byte[0], 0));
        assertFalse(classify(200, "{\"RESPONSE_CODE\": \"05\"}").equals("01"));
    }

    @Test
    void procStatTicksAreUserPlusSystemTime() {
        String stat = "4242 (java (x)) S 1 4242 4242 0 -1 4194560 100 0 0 0 1234 567 0 0 20 0 40 0 99 0";
        assertEquals(1234 + 567, CpuSample.ticks(stat));
    }

    static String classify(int status, String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        return Outcomes.classify(status, b, b.length);
    }
}
