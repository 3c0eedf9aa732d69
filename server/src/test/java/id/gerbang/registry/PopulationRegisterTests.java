package id.gerbang.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The read API other modules use, against the embedded database and PostgreSQL. */
@IntegrationTest
class PopulationRegisterTests {

    @Autowired
    PopulationRegister register;

    @Autowired
    JdbcClient jdbc;

    /** A family of three written with plain SQL, so the read path is tested apart from the loaders. */
    record Family(NoKk noKk, Nik head, Nik wife, Nik child) {
    }

    Family insertFamily() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String date = String.format("%02d%02d%02d", random.nextInt(1, 29), random.nextInt(1, 13), random.nextInt(6, 25));
        NoKk noKk = NoKk.parse("327301" + date + random.nextInt(9000, 10_000));
        Nik head = Nik.parse(String.format("3273011507%02d%04d", random.nextInt(60, 99), random.nextInt(9000, 10_000)));
        Nik wife = Nik.parse(String.format("3273015208%02d%04d", random.nextInt(60, 99), random.nextInt(9000, 10_000)));
        Nik child = Nik.parse(String.format("3273010103%02d%04d", random.nextInt(10, 20), random.nextInt(9000, 10_000)));
        for (Nik nik : List.of(head, wife, child)) {
            jdbc.sql("delete from resident where nik = ?").param(nik.asLong()).update();
        }
        jdbc.sql("delete from resident where no_kk = ?").param(noKk.asLong()).update();
        jdbc.sql("delete from family where no_kk = ?").param(noKk.asLong()).update();
        jdbc.sql("insert into family (no_kk, address, dusun, rt, rw, province_no, regency_no, district_no, village_no, postal_code)"
                + " values (?, 'JL. KEMUNING NO. 3', null, 2, null, 32, 73, 1, 1002, '40153')").param(noKk.asLong()).update();
        insert(child, noKk, "ANAK SINTETIS", 2, LocalDate.of(2012, 3, 1), 4, "DECEASED", wife, head);
        insert(wife, noKk, "ISTRI SINTETIS", 2, LocalDate.of(1975, 8, 12), 3, "ACTIVE", null, null);
        insert(head, noKk, "KEPALA SINTETIS", 1, LocalDate.of(1970, 7, 15), 1, "ACTIVE", null, null);
        return new Family(noKk, head, wife, child);
    }

    void insert(Nik nik, NoKk noKk, String name, int sex, LocalDate born, int relationship, String status, Nik mother, Nik father) {
        jdbc.sql("insert into resident (nik, no_kk, full_name, sex, place_of_birth, date_of_birth, religion, marital_status,"
                + " occupation, education, blood_type, family_relationship, mother_name, father_name, mother_nik, father_nik,"
                + " ektp_status, citizenship, record_status, status_date, disability)"
                + " values (?, ?, ?, ?, 'BANDUNG', ?, 1, 1, 3, 2, null, ?, 'IBU', 'AYAH', ?, ?, 'NOT_RECORDED', 1, ?, ?, ?)")
                .params(nik.asLong(), noKk.asLong(), name, sex, born, relationship,
                        mother == null ? null : mother.asLong(), father == null ? null : father.asLong(), status,
                        "DECEASED".equals(status) ? LocalDate.of(2020, 1, 2) : null, relationship == 4 ? 2 : null)
                .update();
    }

    @Test
    void findsAResidentByNikWithTheFamilysAddress() {
        Family family = insertFamily();

        Resident child = register.findByNik(family.child()).orElseThrow();

        assertThat(child.nik()).isEqualTo(family.child());
        assertThat(child.noKk()).isEqualTo(family.noKk());
        assertThat(child.fullName()).isEqualTo("ANAK SINTETIS");
        assertThat(child.sex()).isEqualTo(Sex.FEMALE);
        assertThat(child.dateOfBirth()).isEqualTo(LocalDate.of(2012, 3, 1));
        assertThat(child.bloodType()).isNull();
        assertThat(child.disability()).isEqualTo(2);
        assertThat(child.motherNik()).isEqualTo(family.wife());
        assertThat(child.fatherNik()).isEqualTo(family.head());
        assertThat(child.status()).isEqualTo(RecordStatus.DECEASED);
        assertThat(child.isActive()).isFalse();
        assertThat(child.statusDate()).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(child.address()).isEqualTo(new Address("JL. KEMUNING NO. 3", null, 2, null, 32, 73, 1, 1002, "40153"));
        assertThat(child.address().villageCode().dotted()).isEqualTo("32.73.01.1002");
        assertThat(child.toString()).doesNotContain("ANAK", family.child().value()).contains("327301**********");
    }

    @Test
    void anUnknownNikIsEmpty() {
        assertThat(register.findByNik(Nik.parse("9601011507019999"))).isEmpty();
    }

    @Test
    void listsAFamilyHeadFirst() {
        Family family = insertFamily();
        assertThat(register.findFamily(family.noKk())).extracting(Resident::nik)
                .containsExactly(family.head(), family.wife(), family.child());
        assertThat(register.findFamily(NoKk.parse("9601011501209999"))).isEmpty();
    }

    @Test
    void findsManyInOneCallAndLeavesOutTheUnknown() {
        Family one = insertFamily();
        Family two = insertFamily();
        Nik unknown = Nik.parse("9601011507019998");

        Map<Nik, Resident> found = register.findAll(List.of(one.head(), two.child(), unknown, one.head()));

        assertThat(found).containsOnlyKeys(one.head(), two.child());
        assertThat(found.get(two.child()).fullName()).isEqualTo("ANAK SINTETIS");
        assertThat(register.findAll(List.of())).isEmpty();
    }

    @Test
    void readsTheFamilyCardsOfManyNiksInOneQuery() {
        Family one = insertFamily();
        Family two = insertFamily();
        Nik unknown = Nik.parse("9601011507019998");

        Map<Nik, NoKk> cards = register.familyCards(List.of(one.head(), one.child(), two.wife(), unknown, one.head()));

        assertThat(cards).containsOnly(Map.entry(one.head(), one.noKk()), Map.entry(one.child(), one.noKk()),
                Map.entry(two.wife(), two.noKk()));
        assertThat(register.familyCards(List.of())).isEmpty();
    }

    @Test
    void countsEveryResidentWhateverTheStatus() {
        long before = register.count();
        insertFamily();
        assertThat(register.count()).isGreaterThanOrEqualTo(before + 3);
    }
}
