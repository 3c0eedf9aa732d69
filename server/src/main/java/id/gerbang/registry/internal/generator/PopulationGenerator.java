package id.gerbang.registry.internal.generator;

import id.gerbang.registry.EktpStatus;
import id.gerbang.registry.RecordStatus;
import id.gerbang.registry.internal.FamilyRow;
import id.gerbang.registry.internal.PopulationSink;
import id.gerbang.registry.internal.ResidentRow;
import id.gerbang.registry.internal.generator.Geography.District;
import id.gerbang.registry.internal.generator.Geography.Village;
import id.gerbang.registry.internal.generator.Names.Style;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Generates a synthetic, internally consistent population for one province and streams it family
 * by family into a {@link PopulationSink}; it holds one family at a time, plus a serial counter.
 *
 * <p>Families: single adults, couples with children, single parents, sometimes the head's or the
 * wife's parents or another relative. Every family has exactly one head. NIKs carry the district of
 * first registration (mostly the current one, sometimes another district of the province, rarely a
 * retired code), the birth date with day + 40 for women, and a serial. No. KK carry the current
 * district and the card's registration date, which is never before the youngest member's birth or
 * the head's marriage. Marital status, education and occupation follow age.
 *
 * <p><b>Synthetic marker.</b> Every generated NIK and No. KK has a serial from 9000 to 9999. Real
 * serials count up from 0001 per district, birth date and sex; a serial of 9000 would need nine
 * thousand people of one sex born on one day and first registered in one district, far beyond the
 * largest district's population. Generated numbers therefore do not collide with issued ones, and
 * a register's synthetic rows can be told apart (and deleted) by {@code nik % 10000 >= 9000}.
 * Names are random combinations of common name parts and syllables.
 *
 * <p>Deterministic: the same {@link GeneratorSettings} and {@link Geography} give the same rows.
 */
public final class PopulationGenerator {

    /** First serial of generated NIKs and No. KK: the synthetic marker. */
    public static final int FIRST_SERIAL = 9000;
    private static final LocalDate FIRST_CARD_DAY = LocalDate.of(2006, 1, 1);
    private static final int SINGLE = 0;
    private static final int COUPLE = 1;
    private static final int SINGLE_PARENT = 2;

    private static final Weighted FAMILY_TYPE = Weighted.of(SINGLE, 8, COUPLE, 78, SINGLE_PARENT, 14);
    private static final Weighted HEAD_AGE_DECADE = Weighted.of(2, 18, 3, 27, 4, 25, 5, 17, 6, 9, 7, 4);
    private static final Weighted CHILDREN = Weighted.of(0, 9, 1, 20, 2, 33, 3, 22, 4, 10, 5, 4, 6, 2);

    private final GeneratorSettings settings;
    private final Geography geography;
    private final SplittableRandom random;
    private final SerialCounter nikSerials = new SerialCounter(FIRST_SERIAL, 9999);
    private final SerialCounter kkSerials = new SerialCounter(FIRST_SERIAL, 9999);
    private final LocalDate asOf;
    private final double[] statusThresholds;

    public PopulationGenerator(GeneratorSettings settings, Geography geography) {
        this.settings = settings;
        this.geography = geography;
        this.random = new SplittableRandom(settings.seed());
        this.asOf = settings.asOf();
        double deceased = settings.deceasedShare();
        double duplicate = deceased + settings.duplicateShare();
        double inactive = duplicate + settings.inactiveShare();
        this.statusThresholds = new double[] {deceased, duplicate, inactive, inactive + settings.movedAbroadShare()};
    }

    /** Generates {@code settings.count()} residents; returns the number of families. */
    public long generate(PopulationSink sink) {
        long residents = 0;
        long families = 0;
        while (residents < settings.count()) {
            residents += family(sink, settings.count() - residents);
            families++;
        }
        return families;
    }

    /** One family of at most {@code room} members; returns its size. */
    private int family(PopulationSink sink, long room) {
        Village village = geography.villages().get(random.nextInt(geography.villages().size()));
        District district = geography.districts().get(village.district());
        int religion = Traits.religion(geography.provinceNo(), random);
        Style style = style(religion);

        List<Member> members = compose();
        if (members.size() > room) {
            members = new ArrayList<>(members.subList(0, (int) room));
        }
        Member head = members.get(0);
        for (Member m : members) {
            m.birthDate = asOf.minusYears(m.age).minusDays(random.nextInt(365));
        }
        link(members, style, district);
        marriages(members, religion, district);
        for (Member m : members) {
            m.nik = nik(m, district);
        }
        linkParentNiks(members);

        long noKk = noKk(members, district);
        boolean urban = district.city() || village.kelurahan();
        sink.family(new FamilyRow(noKk, Places.street(geography.provinceNo(), urban, random),
                Places.dusun(village.kelurahan(), random), 1 + random.nextInt(urban ? 15 : 8), 1 + random.nextInt(urban ? 20 : 10),
                geography.provinceNo(), district.regencyNo(), district.districtNo(), village.villageNo(),
                Places.postalCode(geography.provinceNo(), district.regencyNo(), district.districtNo(), village.villageNo())));
        for (Member m : members) {
            sink.resident(row(m, noKk, religion));
        }
        return members.size();
    }

    private Style style(int religion) {
        if (religion == 4 && geography.provinceNo() == 51) {
            return Style.BALINESE;
        }
        if ((religion == 2 || religion == 3) && random.nextInt(10) < 7) {
            return Style.CHRISTIAN;
        }
        int draw = random.nextInt(100);
        return switch (geography.provinceNo()) {
            case 32 -> draw < 70 ? Style.SUNDANESE : draw < 85 ? Style.JAVANESE : Style.GENERAL;
            case 36 -> draw < 50 ? Style.SUNDANESE : draw < 60 ? Style.JAVANESE : Style.GENERAL;
            case 33, 34, 35 -> draw < 80 ? Style.JAVANESE : Style.GENERAL;
            default -> draw < 25 ? Style.JAVANESE : Style.GENERAL;
        };
    }

    /** Who lives in the family and how old they are: head first, then spouse, children, parents, others. */
    private List<Member> compose() {
        List<Member> members = new ArrayList<>(8);
        int type = FAMILY_TYPE.pick(random);
        int headAge;
        switch (type) {
            case SINGLE -> {
                boolean female = random.nextBoolean();
                headAge = 19 + random.nextInt(66);
                Member head = new Member(1, female, headAge);
                head.maritalStatus = headAge < 35
                        ? (random.nextInt(10) == 0 ? 3 : 1)
                        : (random.nextInt(10) < 3 ? 1 : random.nextBoolean() ? 3 : 4);
                members.add(head);
            }
            case COUPLE -> {
                headAge = Math.max(21, HEAD_AGE_DECADE.pick(random) * 10 + random.nextInt(10));
                Member head = new Member(1, false, headAge);
                int wifeAge = random.nextInt(100) < 15 ? headAge + 1 + random.nextInt(3) : headAge - random.nextInt(9);
                Member wife = new Member(3, true, Math.max(19, wifeAge));
                head.maritalStatus = 2;
                wife.maritalStatus = 2;
                members.add(head);
                members.add(wife);
                children(members, wife.age);
            }
            default -> {
                boolean female = random.nextInt(4) != 0;
                headAge = 28 + random.nextInt(48);
                Member head = new Member(1, female, headAge);
                head.maritalStatus = random.nextInt(10) < (female ? 6 : 5) ? 4 : 3;
                members.add(head);
                children(members, headAge);
            }
        }
        if (type != SINGLE && headAge <= 55 && random.nextInt(100) < 7) {
            boolean inLaws = type == COUPLE && random.nextInt(3) == 0;
            int childAge = inLaws ? members.get(1).age : headAge;
            int relationship = inLaws ? 8 : 7;
            int parentAge = Math.min(95, childAge + 20 + random.nextInt(16));
            int who = random.nextInt(100);
            if (who < 40 || who >= 85) {
                members.add(new Member(relationship, false, Math.min(98, parentAge + random.nextInt(6))));
            }
            if (who < 85) {
                members.add(new Member(relationship, true, parentAge));
            }
            int parents = who < 40 ? 2 : 1;
            for (int i = members.size() - parents; i < members.size(); i++) {
                members.get(i).maritalStatus = parents == 2 ? 2 : 4;
            }
        }
        if (type != SINGLE && random.nextInt(100) < 2) {
            members.add(new Member(9, random.nextBoolean(), 5 + random.nextInt(26)));
        }
        return members;
    }

    /** Children of a mother (or single parent) of the given age: born when the parent was 19-42. */
    private void children(List<Member> members, int parentAge) {
        int count = CHILDREN.pick(random);
        int childAge = parentAge - 19 - random.nextInt(10);
        for (int order = 1; order <= count && childAge >= 0; order++) {
            // most grown-up children have a family card of their own
            if (childAge < 25 || random.nextInt(5) < 2) {
                Member child = new Member(4, random.nextBoolean(), childAge);
                child.birthOrder = order;
                members.add(child);
            }
            childAge -= 1 + random.nextInt(5);
        }
    }

    /** Names, places of birth, and the parents' names (and later NIKs) each member records. */
    private void link(List<Member> members, Style style, District district) {
        Member head = members.get(0);
        @Nullable Member spouse = members.size() > 1 && members.get(1).relationship == 3 ? members.get(1) : null;
        Member mother = head.female ? head : spouse;
        Member father = head.female ? null : head;
        for (Member m : members) {
            m.name = Names.of(style, m.female, m.birthOrder, m.birthDate.getYear() >= 2000, random);
            m.placeOfBirth = random.nextInt(100) < 85 ? district.place()
                    : geography.districts().get(random.nextInt(geography.districts().size())).place();
        }
        // a single parent's children share the other parent, who lives elsewhere or has died
        String motherOfChildren = mother != null ? mother.name : Names.of(style, true, 0, false, random);
        String fatherOfChildren = father != null ? father.name : Names.of(style, false, 0, false, random);
        for (Member m : members) {
            if (m.relationship == 4) {
                m.motherName = motherOfChildren;
                m.fatherName = fatherOfChildren;
            } else {
                m.motherName = Names.of(style, true, 0, false, random);
                m.fatherName = Names.of(style, false, 0, false, random);
            }
        }
        // the head's (or the wife's) parents living in the family are the ones they name
        for (Member m : members) {
            Member child = m.relationship == 7 ? head : m.relationship == 8 ? spouse : null;
            if (child != null) {
                if (m.female) {
                    child.motherName = m.name;
                } else {
                    child.fatherName = m.name;
                }
            }
        }
    }

    private void linkParentNiks(List<Member> members) {
        Member head = members.get(0);
        @Nullable Member spouse = members.size() > 1 && members.get(1).relationship == 3 ? members.get(1) : null;
        for (Member m : members) {
            if (m.relationship == 4) {
                Member mother = head.female ? head : spouse;
                m.motherNik = mother != null ? mother.nik : 0;
                m.fatherNik = head.female ? 0 : head.nik;
            }
            Member child = m.relationship == 7 ? head : m.relationship == 8 ? spouse : null;
            if (child != null) {
                if (m.female) {
                    child.motherNik = m.nik;
                } else {
                    child.fatherNik = m.nik;
                }
            }
        }
    }

    /** Marriage and divorce dates and certificate numbers, consistent with ages and children. */
    private void marriages(List<Member> members, int religion, District district) {
        Member head = members.get(0);
        LocalDate eldestChild = null;
        for (Member m : members) {
            if (m.relationship == 4 && (eldestChild == null || m.birthDate.isBefore(eldestChild))) {
                eldestChild = m.birthDate;
            }
        }
        if (head.maritalStatus != 1) {
            @Nullable Member spouse = members.size() > 1 && members.get(1).relationship == 3 ? members.get(1) : null;
            LocalDate lower = head.birthDate.plusYears(19);
            if (spouse != null && spouse.birthDate.plusYears(18).isAfter(lower)) {
                lower = spouse.birthDate.plusYears(18);
            }
            LocalDate upper = eldestChild != null ? eldestChild.minusDays(200 + random.nextInt(500)) : asOf.minusDays(30);
            // a child born before the marriage was registered happens; a marriage below age never
            LocalDate married = upper.isBefore(lower) ? lower : between(lower, upper);
            String certificate = random.nextInt(4) == 0 ? null : marriageCertificate(religion, district, married);
            head.marriageDate = married;
            head.marriageCertificate = certificate;
            if (spouse != null) {
                spouse.marriageDate = married;
                spouse.marriageCertificate = certificate;
            }
            if (head.maritalStatus == 3) {
                LocalDate divorced = between(married.plusYears(1), asOf.minusDays(1));
                head.divorceDate = divorced;
                head.divorceCertificate = random.nextInt(10) < 3 ? null : divorceCertificate(religion, district, divorced);
            }
        }
        for (Member m : members) {
            if (m.relationship == 7 || m.relationship == 8) {
                // the parents married before their child in this family was born
                Member child = m.relationship == 7 ? head : members.get(1);
                LocalDate married = between(m.birthDate.plusYears(18), child.birthDate.minusDays(300));
                m.marriageDate = married;
                m.marriageCertificate = random.nextInt(3) == 0 ? null : marriageCertificate(religion, district, married);
            }
        }
    }

    /** A NIK for the member, moving the birth date by a day in the unlikely case its serials are used up. */
    private long nik(Member m, District current) {
        long prefix = nikDistrict(m, current);
        for (int attempt = 0; ; attempt++) {
            LocalDate born = m.birthDate;
            long key = prefix * 1_000_000L + (born.getDayOfMonth() + (m.female ? 40 : 0)) * 10_000L
                    + born.getMonthValue() * 100L + born.getYear() % 100;
            int serial = nikSerials.next(key);
            if (serial > 0) {
                return key * 10_000L + serial;
            }
            if (attempt > 3_650) {
                throw new IllegalStateException("no NIK serials left near a birth date; generate fewer residents");
            }
            m.birthDate = born.minusDays(1);
        }
    }

    /** District of first registration: usually where the family lives now. */
    private long nikDistrict(Member m, District current) {
        int draw = random.nextInt(100);
        boolean child = m.relationship == 4 && m.age < 17;
        if (draw < (child ? 92 : 80)) {
            return current.prefix();
        }
        if (!child && draw >= 99 && !geography.retiredPrefixes().isEmpty()) {
            return geography.retiredPrefixes().get(random.nextInt(geography.retiredPrefixes().size()));
        }
        return geography.districts().get(random.nextInt(geography.districts().size())).prefix();
    }

    /** The card's number: current district, registration date, serial. */
    private long noKk(List<Member> members, District district) {
        LocalDate lower = FIRST_CARD_DAY;
        for (Member m : members) {
            if (m.birthDate.isAfter(lower)) {
                lower = m.birthDate;
            }
        }
        Member head = members.get(0);
        if (head.marriageDate != null && head.marriageDate.isAfter(lower)) {
            lower = head.marriageDate;
        }
        LocalDate registered = between(lower, asOf);
        for (int attempt = 0; ; attempt++) {
            long key = district.prefix() * 1_000_000L + registered.getDayOfMonth() * 10_000L
                    + registered.getMonthValue() * 100L + registered.getYear() % 100;
            int serial = kkSerials.next(key);
            if (serial > 0) {
                return key * 10_000L + serial;
            }
            if (attempt > 3_650) {
                throw new IllegalStateException("no No. KK serials left; generate fewer residents");
            }
            registered = registered.isAfter(FIRST_CARD_DAY) ? registered.minusDays(1) : registered.plusDays(1);
        }
    }

    private ResidentRow row(Member m, long noKk, int religion) {
        int age = (int) ChronoUnit.YEARS.between(m.birthDate, asOf);
        int education = Traits.education(age, random);
        int occupation = Traits.occupation(age, m.female, education, random);
        if (m.relationship == 3 && occupation == 3) {
            occupation = 2; // a wife who left school keeps the house rather than being listed as a pupil
        }
        boolean adult = age >= 17 || m.maritalStatus != 1;
        EktpStatus ektp = adult && random.nextInt(100) < 94 ? EktpStatus.RECORDED : EktpStatus.NOT_RECORDED;
        RecordStatus status = status();
        LocalDate statusDate = status == RecordStatus.ACTIVE ? null
                : between(max(m.birthDate, asOf.minusYears(10)), asOf);
        return new ResidentRow(m.nik, noKk, m.name, m.female ? 2 : 1, m.placeOfBirth, m.birthDate,
                religion, m.maritalStatus, occupation, education, Traits.bloodType(random), m.relationship,
                m.motherName, m.fatherName, m.motherNik, m.fatherNik, ektp,
                birthCertificate(m), m.marriageDate, m.marriageCertificate, m.divorceDate, m.divorceCertificate,
                Traits.disability(random), 1, status, statusDate);
    }

    private RecordStatus status() {
        double draw = random.nextDouble();
        if (draw < statusThresholds[0]) {
            return RecordStatus.DECEASED;
        }
        if (draw < statusThresholds[1]) {
            return RecordStatus.DUPLICATE_BLOCKED;
        }
        if (draw < statusThresholds[2]) {
            return RecordStatus.INACTIVE;
        }
        return draw < statusThresholds[3] ? RecordStatus.MOVED_ABROAD : RecordStatus.ACTIVE;
    }

    /** {@code 3204-LT-17052016-9123}: most children born since 2005 have one, fewer of their elders. */
    private @Nullable String birthCertificate(Member m) {
        int year = m.birthDate.getYear();
        int chance = year >= 2005 ? 92 : year >= 1990 ? 60 : 25;
        if (random.nextInt(100) >= chance) {
            return null;
        }
        long regency = m.nik / 1_000_000_000_000L;
        return regency + "-LT-" + ddMMyyyy(m.birthDate) + "-" + (FIRST_SERIAL + random.nextInt(1000));
    }

    /** Muslim marriages are registered by the KUA (book number), others by Disdukcapil (akta perkawinan). */
    private String marriageCertificate(int religion, District district, LocalDate date) {
        if (religion == 1) {
            return padded(1 + random.nextInt(999), 4) + "/" + padded(1 + random.nextInt(120), 3) + "/"
                    + ROMAN_MONTHS[date.getMonthValue() - 1] + "/" + date.getYear();
        }
        return district.prefix() / 100 + "-KW-" + ddMMyyyy(date) + "-" + (FIRST_SERIAL + random.nextInt(1000));
    }

    /** Muslim divorces come from the religious court (akta cerai), others from Disdukcapil. */
    private String divorceCertificate(int religion, District district, LocalDate date) {
        if (religion == 1) {
            return padded(1 + random.nextInt(2999), 4) + "/AC/" + date.getYear() + "/PA." + courtAbbreviation(district.place());
        }
        return district.prefix() / 100 + "-CR-" + ddMMyyyy(date) + "-" + (FIRST_SERIAL + random.nextInt(1000));
    }

    private static final String[] ROMAN_MONTHS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    /** "BANDUNG" -> "Bdg", "GARUT" -> "Grt": first letter, then the next consonants but N, H and Y. */
    static String courtAbbreviation(String place) {
        StringBuilder abbreviation = new StringBuilder(3).append(place.charAt(0));
        for (int i = 1; i < place.length() && abbreviation.length() < 3; i++) {
            char c = Character.toLowerCase(place.charAt(i));
            if (c >= 'a' && c <= 'z' && "aeiouhny".indexOf(c) < 0) {
                abbreviation.append(c);
            }
        }
        return abbreviation.toString();
    }

    private static String padded(int number, int digits) {
        String text = Integer.toString(number);
        return text.length() >= digits ? text : "0".repeat(digits - text.length()) + text;
    }

    private static String ddMMyyyy(LocalDate date) {
        int d = date.getDayOfMonth();
        int m = date.getMonthValue();
        return (d < 10 ? "0" : "") + d + (m < 10 ? "0" : "") + m + date.getYear();
    }

    /** A uniformly random day from {@code lower} to {@code upper}; {@code upper} when the range is empty. */
    private LocalDate between(LocalDate lower, LocalDate upper) {
        long days = ChronoUnit.DAYS.between(lower, upper);
        if (days <= 0) {
            return upper.isAfter(asOf) ? asOf : upper;
        }
        LocalDate day = lower.plusDays(random.nextLong(days + 1));
        return day.isAfter(asOf) ? asOf : day;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
