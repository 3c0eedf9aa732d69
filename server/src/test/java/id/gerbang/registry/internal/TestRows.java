package id.gerbang.registry.internal;

import id.gerbang.registry.EktpStatus;
import id.gerbang.registry.RecordStatus;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Synthetic rows for database tests: random, valid-looking numbers that no other test uses. */
final class TestRows {

    private TestRows() {
    }

    /** A random NIK in district 32.04.10 with a synthetic serial (9000-9999). */
    static long nik(boolean female) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int day = random.nextInt(1, 29) + (female ? 40 : 0);
        int month = random.nextInt(1, 13);
        int year = random.nextInt(0, 100);
        int serial = random.nextInt(9000, 10_000);
        return Long.parseLong(String.format("320410%02d%02d%02d%04d", day, month, year, serial));
    }

    static long noKk() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Long.parseLong(String.format("320410%02d%02d%02d%04d",
                random.nextInt(1, 29), random.nextInt(1, 13), random.nextInt(5, 26), random.nextInt(9000, 10_000)));
    }

    static FamilyRow family(long noKk) {
        return new FamilyRow(noKk, "JL. MAWAR NO. 7", "DUSUN SUKAMAJU", 3, 11, 32, 4, 10, 2001, "40394");
    }

    static ResidentRow resident(long nik, long noKk, String name, int relationship) {
        boolean female = (nik / 100_000_000L % 100) > 40;
        return new ResidentRow(nik, noKk, name, female ? 2 : 1, "BANDUNG", LocalDate.of(1980, 5, 17),
                1, 2, 15, 5, 4, relationship, "IBU " + name, "AYAH " + name, 0, 0,
                EktpStatus.RECORDED, "3204-LT-17051980-9001", LocalDate.of(2004, 2, 1), null, null, null,
                0, 1, RecordStatus.ACTIVE, null);
    }

    static void delete(JdbcClient jdbc, long noKk, long... niks) {
        for (long nik : niks) {
            jdbc.sql("delete from resident where nik = ?").param(nik).update();
        }
        jdbc.sql("delete from resident where no_kk = ?").param(noKk).update();
        jdbc.sql("delete from family where no_kk = ?").param(noKk).update();
    }
}
