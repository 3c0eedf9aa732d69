package id.gerbang.registry.internal.generator;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A family member while the generator builds the family; becomes a resident row. */
final class Member {

    final int relationship;
    final boolean female;
    int age;
    LocalDate birthDate = LocalDate.MIN;
    int birthOrder;
    long nik;
    String name = "";
    String placeOfBirth = "";
    int maritalStatus = 1;
    @Nullable LocalDate marriageDate;
    @Nullable String marriageCertificate;
    @Nullable LocalDate divorceDate;
    @Nullable String divorceCertificate;
    @Nullable String motherName;
    @Nullable String fatherName;
    long motherNik;
    long fatherNik;

    Member(int relationship, boolean female, int age) {
        this.relationship = relationship;
        this.female = female;
        this.age = age;
    }
}
