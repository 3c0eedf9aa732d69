package id.gerbang.access.internal;

import id.gerbang.reference.Region;
import id.gerbang.reference.RegionCode;
import id.gerbang.reference.Regions;
import id.gerbang.registry.Address;
import id.gerbang.registry.EktpStatus;
import id.gerbang.registry.Nik;
import id.gerbang.registry.NoKk;
import id.gerbang.registry.RecordStatus;
import id.gerbang.registry.Resident;
import id.gerbang.registry.Sex;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Projection and JSON writing of a found person as the compatible surface answers it: a register
 * record ({@link Resident}, as the JDBC mapper builds it) read field by field through
 * {@link ResidentValues} and written by {@link CompatibleResponseWriter} into a reused buffer, for
 * the seed agreement's 19 elements and for all 36 (the standard profile); and the two-key error
 * element. Labels are array reads as in {@link ReferenceLabels}; region names come from
 * {@link RegionNames}' per-village cache, as on a warm server.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ResponseWritingBenchmark {

    static final Set<PersonField> TEMPLATE = EnumSet.of(PersonField.NO_KK, PersonField.NIK, PersonField.NAMA_LGKP,
            PersonField.JENIS_KLMIN, PersonField.TMPT_LHR, PersonField.TGL_LHR, PersonField.STATUS_KAWIN,
            PersonField.JENIS_PKRJN, PersonField.ALAMAT, PersonField.NO_RT, PersonField.NO_RW, PersonField.NO_PROP,
            PersonField.PROP_NAME, PersonField.NO_KAB, PersonField.KAB_NAME, PersonField.NO_KEC, PersonField.KEC_NAME,
            PersonField.NO_KEL, PersonField.KEL_NAME);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
    private CompatibleResponseWriter writer;
    private RegionNames regionNames;
    private Resident resident;
    private PersonField[] template;
    private PersonField[] all;

    @Setup
    public void setUp() {
        writer = new CompatibleResponseWriter(new ArrayLabels());
        regionNames = new RegionNames(regions());
        FieldProfiles profiles = new FieldProfiles(Map.of());
        template = profiles.project("standard", TEMPLATE);
        all = profiles.project("standard", EnumSet.allOf(PersonField.class));
        resident = new Resident(Nik.of(3204104501900003L), NoKk.of(3204101201150007L), "RATNA KUSUMA WIJAYANTI",
                Sex.FEMALE, "BANDUNG", LocalDate.of(1990, 1, 5), 1, 2, 2, 5, 13, 3, "SUMARNI WIDYASTUTI",
                "DADANG KUSNADI", null, null, new Address("JL. MAWAR NO. 17", "SUKAMAJU", 3, 5, 32, 4, 10, 2001, "40215"),
                EktpStatus.RECORDED, "3204-LT-05011990-0003", LocalDate.of(2014, 6, 21), "3204-KW-21062014-0017", null,
                null, 7, 1, RecordStatus.ACTIVE, null);
    }

    @Benchmark
    public int personTemplate() {
        out.reset();
        writer.persons(out, List.of(new ResidentValues(resident, regionNames)), template, WireStyle.DEFAULT);
        return out.size();
    }

    @Benchmark
    public int personAllFields() {
        out.reset();
        writer.persons(out, List.of(new ResidentValues(resident, regionNames)), all, WireStyle.DEFAULT);
        return out.size();
    }

    @Benchmark
    public int personAllFieldsAsStrings() {
        out.reset();
        writer.persons(out, List.of(new ResidentValues(resident, regionNames)), all, new WireStyle(true, false));
        return out.size();
    }

    @Benchmark
    public int lookupError() {
        out.reset();
        writer.lookupError(out, "13", "Data Tidak Ditemukan");
        return out.size();
    }

    /** A region list that knows every code (the names are the code's text; the cache makes it a map read). */
    static Regions regions() {
        return (Regions) Proxy.newProxyInstance(Regions.class.getClassLoader(), new Class<?>[] {Regions.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("find") && args.length == 1 && args[0] instanceof RegionCode code) {
                        return Optional.of(new Region(code, "Wilayah " + code, code.level(), null));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Labels by code as array reads, like {@link ReferenceLabels}. */
    static final class ArrayLabels implements Labels {
        private final Map<CodeKind, String[]> labels = new EnumMap<>(CodeKind.class);

        ArrayLabels() {
            for (CodeKind kind : CodeKind.values()) {
                String[] l = new String[100];
                for (int i = 0; i < l.length; i++) {
                    l[i] = kind.name() + " LABEL " + i;
                }
                labels.put(kind, l);
            }
        }

        @Override
        public String label(CodeKind list, int code) {
            String[] l = labels.get(list);
            return code >= 0 && code < l.length ? l[code] : null;
        }

        @Override
        public OptionalInt code(CodeKind list, String label) {
            return OptionalInt.empty();
        }
    }
}
