package id.gerbang.registry.internal.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.gerbang.registry.Nik;
import id.gerbang.registry.NoKk;
import id.gerbang.registry.RecordStatus;
import id.gerbang.registry.Sex;
import id.gerbang.registry.internal.FamilyRow;
import id.gerbang.registry.internal.ResidentRow;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class PopulationGeneratorTests {

    static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    static final GeneratorSettings TWENTY_THOUSAND = settings(20_000, 42);
    static final CollectingSink LARGE = CollectingSink.generate(TWENTY_THOUSAND, TestGeography.WEST_JAVA_SAMPLE);

    static GeneratorSettings settings(long count, long seed) {
        return new GeneratorSettings(count, seed, AS_OF, 0.01, 0.003, 0.005, 0.002);
    }

    @Test
    void theSameSeedGivesTheSamePopulationRowForRow() {
        CollectingSink again = CollectingSink.generate(TWENTY_THOUSAND, TestGeography.WEST_JAVA_SAMPLE);
        assertThat(again.families).isEqualTo(LARGE.families);
        assertThat(again.residents).isEqualTo(LARGE.residents);
    }

    @Test
    void anotherSeedGivesAnotherPopulation() {
        CollectingSink other = CollectingSink.generate(settings(20_000, 43), TestGeography.WEST_JAVA_SAMPLE);
        assertThat(other.residents.stream().map(ResidentRow::nik).toList())
                .isNotEqualTo(LARGE.residents.stream().map(ResidentRow::nik).toList());
    }

    @Test
    void generatesExactlyTheCountAsked() {
        assertThat(LARGE.residents).hasSize(20_000);
        assertThat(CollectingSink.generate(settings(1, 7), TestGeography.WEST_JAVA_SAMPLE).residents).hasSize(1);
        assertThat(CollectingSink.generate(settings(0, 7), TestGeography.WEST_JAVA_SAMPLE).residents).isEmpty();
    }

    @Test
    void familySizesArePlausible() {
        Map<Integer, Long> sizes = LARGE.byFamily.values().stream()
                .collect(Collectors.groupingBy(List::size, Collectors.counting()));
        double mean = (double) LARGE.residents.size() / LARGE.families.size();
        assertThat(mean).isBetween(3.0, 4.5);
        assertThat(sizes.keySet()).allSatisfy(size -> assertThat(size).isBetween(1, 12));
        assertThat(sizes.get(1)).isPositive();
        assertThat(sizes.getOrDefault(6, 0L) + sizes.getOrDefault(7, 0L)).isPositive();
    }

    @Test
    void someNiksCarryAnotherDistrictAndRarelyARetiredOne() {
        Map<Long, Long> districtOfFamily = new HashMap<>();
        LARGE.families.forEach(f -> districtOfFamily.put(f.noKk(), f.noKk() / 10_000_000_000L));
        long elsewhere = LARGE.residents.stream()
                .filter(r -> r.nik() / 10_000_000_000L != districtOfFamily.get(r.noKk())).count();
        long retired = LARGE.residents.stream().filter(r -> r.nik() / 10_000_000_000L == 320599L).count();
        assertThat(elsewhere).isBetween(1_000L, 5_000L);
        assertThat(retired).isBetween(50L, 300L);
    }

    @Test
    void withoutRetiredCodesEveryNikCarriesACurrentDistrict() {
        Set<Long> current = Set.of(320410L, 327301L, 320507L);
        CollectingSink sink = CollectingSink.generate(settings(3_000, 5), TestGeography.WITHOUT_RETIRED);
        assertThat(sink.residents).allSatisfy(r -> assertThat(current).contains(r.nik() / 10_000_000_000L));
    }

    @Test
    void statusSharesMatchTheSettings() {
        Map<RecordStatus, Long> counts = LARGE.residents.stream()
                .collect(Collectors.groupingBy(ResidentRow::recordStatus, Collectors.counting()));
        double n = LARGE.residents.size();
        assertThat(counts.get(RecordStatus.DECEASED) / n).isCloseTo(0.01, within(0.003));
        assertThat(counts.get(RecordStatus.DUPLICATE_BLOCKED) / n).isCloseTo(0.003, within(0.0015));
        assertThat(counts.get(RecordStatus.INACTIVE) / n).isCloseTo(0.005, within(0.002));
        assertThat(counts.get(RecordStatus.MOVED_ABROAD) / n).isCloseTo(0.002, within(0.0015));
        assertThat(LARGE.residents).allSatisfy(r ->
                assertThat(r.statusDate() == null).isEqualTo(r.recordStatus() == RecordStatus.ACTIVE));
    }

    @Test
    void everyFamilyLivesInAVillageOfTheProvinceWithAPostalCode() {
        assertThat(LARGE.families).allSatisfy(f -> {
            assertThat(f.provinceNo()).isEqualTo(32);
            assertThat(f.noKk() / 10_000_000_000L).isEqualTo(32_00_00L + f.regencyNo() * 100L + f.districtNo());
            assertThat(f.address()).isNotBlank();
            assertThat(f.rt()).isBetween(1, 15);
            assertThat(f.rw()).isBetween(1, 20);
            assertThat(f.postalCode()).matches("4[0-6]\\d{3}");
        });
        assertThat(LARGE.families).anySatisfy(f -> assertThat(f.dusun()).isNotNull());
        assertThat(LARGE.families).filteredOn(f -> f.villageNo() < 2000).allSatisfy(f -> assertThat(f.dusun()).isNull());
    }

    @Test
    void namesAreUpperCaseAndVaried() {
        assertThat(LARGE.residents).allSatisfy(r -> {
            assertThat(r.fullName()).matches("[A-Z]+( [A-Z]+){0,3}");
            assertThat(r.placeOfBirth()).isIn("BANDUNG", "GARUT");
        });
        long distinct = LARGE.residents.stream().map(ResidentRow::fullName).distinct().count();
        assertThat(distinct).isGreaterThan(5_000);
    }

    @Test
    void courtAbbreviationsLookLikeTheReligiousCourts() {
        assertThat(PopulationGenerator.courtAbbreviation("BANDUNG")).isEqualTo("Bdg");
        assertThat(PopulationGenerator.courtAbbreviation("GARUT")).isEqualTo("Grt");
        assertThat(PopulationGenerator.courtAbbreviation("SUMEDANG")).isEqualTo("Smd");
    }

    @Test
    void everyInvariantHoldsForTheLargePopulation() {
        Invariants.check(LARGE, AS_OF);
    }

    @Property(tries = 25)
    void everyInvariantHoldsForAnySeedAndSize(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed,
            @ForAll @IntRange(min = 1, max = 600) int count) {
        CollectingSink sink = CollectingSink.generate(settings(count, seed), TestGeography.WEST_JAVA_SAMPLE);
        assertThat(sink.residents).hasSize(count);
        Invariants.check(sink, AS_OF);
    }

    /** The rules every generated population keeps, whatever the seed. */
    static final class Invariants {

        static void check(CollectingSink sink, LocalDate asOf) {
            Set<Long> niks = new HashSet<>();
            Map<Long, ResidentRow> byNik = new HashMap<>();
            for (ResidentRow r : sink.residents) {
                assertThat(niks.add(r.nik())).as("unique NIK").isTrue();
                byNik.put(r.nik(), r);
            }
            for (FamilyRow family : sink.families) {
                List<ResidentRow> members = sink.byFamily.get(family.noKk());
                assertThat(members).isNotEmpty();
                assertThat(members.stream().filter(m -> m.familyRelationship() == 1)).as("one head").hasSize(1);
                assertThat(members.get(0).familyRelationship()).isEqualTo(1);
                assertThat(members.stream().filter(m -> m.familyRelationship() == 3 || m.familyRelationship() == 2))
                        .hasSizeLessThanOrEqualTo(1);
                NoKk noKk = NoKk.of(family.noKk());
                assertThat(noKk.serial()).isGreaterThanOrEqualTo(9000);
                LocalDate registered = noKk.registrationDate(asOf).orElseThrow();
                assertThat(registered).isBeforeOrEqualTo(asOf);
                for (ResidentRow m : members) {
                    assertThat(registered).as("card issued after every member's birth").isAfterOrEqualTo(m.dateOfBirth());
                }
                for (ResidentRow m : members) {
                    person(m, asOf);
                    parents(m, members, byNik);
                }
                List<ResidentRow> children = members.stream().filter(m -> m.familyRelationship() == 4).toList();
                assertThat(children.stream().map(ResidentRow::motherName).distinct()).as("siblings' mother").hasSizeLessThanOrEqualTo(1);
                assertThat(children.stream().map(ResidentRow::fatherName).distinct()).as("siblings' father").hasSizeLessThanOrEqualTo(1);
            }
        }

        static void person(ResidentRow r, LocalDate asOf) {
            Nik nik = Nik.of(r.nik());
            assertThat(nik.serial()).as("synthetic marker").isBetween(9000, 9999);
            assertThat(nik.sex().siakCode()).as("sex in the NIK").isEqualTo(r.sex());
            assertThat(nik.birthDate(asOf)).as("birth date in the NIK").contains(r.dateOfBirth());
            assertThat(r.dateOfBirth()).isBeforeOrEqualTo(asOf);
            int age = (int) ChronoUnit.YEARS.between(r.dateOfBirth(), asOf);
            assertThat(age).isBetween(0, 99);
            assertThat(r.religion()).isBetween(1, 7);
            assertThat(r.education()).isBetween(1, 10);
            assertThat(r.occupation()).isBetween(1, 89);
            assertThat(r.bloodType()).isBetween(1, 13);
            assertThat(r.familyRelationship()).isIn(1, 3, 4, 7, 8, 9);
            assertThat(r.disability()).isBetween(0, 6);
            assertThat(r.citizenship()).isEqualTo(1);
            if (age < 5) {
                assertThat(r.occupation()).as("no work under five").isEqualTo(1);
                assertThat(r.education()).isEqualTo(1);
            } else if (age < 19) {
                assertThat(r.occupation()).as("pupils").isIn(1, 3);
            }
            if (age < 17) {
                assertThat(r.maritalStatus()).as("no married children").isEqualTo(1);
                assertThat(r.ektpStatus()).isEqualTo(id.gerbang.registry.EktpStatus.NOT_RECORDED);
            }
            if (r.maritalStatus() == 1) {
                assertThat(r.marriageDate()).isNull();
                assertThat(r.divorceDate()).isNull();
            } else {
                assertThat(r.marriageDate()).as("married, so a marriage date").isNotNull();
                assertThat(r.marriageDate()).isAfterOrEqualTo(r.dateOfBirth().plusYears(18)).isBeforeOrEqualTo(asOf);
            }
            if (r.divorceDate() != null) {
                assertThat(r.maritalStatus()).isEqualTo(3);
                assertThat(r.divorceDate()).isAfter(r.marriageDate());
            }
            if (r.occupation() == 2) {
                assertThat(r.sex()).isEqualTo(Sex.FEMALE.siakCode());
            }
            if (r.familyRelationship() == 3) {
                assertThat(r.sex()).as("wife").isEqualTo(2);
                assertThat(r.maritalStatus()).isEqualTo(2);
            }
        }

        static void parents(ResidentRow r, List<ResidentRow> family, Map<Long, ResidentRow> byNik) {
            if (r.motherNik() != 0) {
                ResidentRow mother = byNik.get(r.motherNik());
                assertThat(mother).as("mother in the register").isNotNull();
                assertThat(family).contains(mother);
                assertThat(mother.sex()).isEqualTo(2);
                assertThat(mother.fullName()).isEqualTo(r.motherName());
                assertThat(mother.dateOfBirth()).isBefore(r.dateOfBirth().minusYears(15));
            }
            if (r.fatherNik() != 0) {
                ResidentRow father = byNik.get(r.fatherNik());
                assertThat(father).as("father in the register").isNotNull();
                assertThat(family).contains(father);
                assertThat(father.sex()).isEqualTo(1);
                assertThat(father.fullName()).isEqualTo(r.fatherName());
                assertThat(father.dateOfBirth()).isBefore(r.dateOfBirth().minusYears(15));
            }
            assertThat(r.motherName()).isNotBlank();
            assertThat(r.fatherName()).isNotBlank();
        }
    }
}
