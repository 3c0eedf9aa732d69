package id.gerbang.access.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Field profiles: which person fields a response writes, in what order, and in which of the
 * formats deployments differ in. A response always writes the intersection of the profile and the
 * agreement's granted fields, in the profile's order, so a client that counts keys or stores
 * {@code content[0]} values by position sees the same shape on every call.
 *
 * <p>Built in ({@code docs/access.md}, "Key order", has the evidence):
 * <ul>
 * <li>{@code standard} (also {@code default}): all 36 fields; the 20 keys of a captured central-service
 * response in its order, the 5 further keys of a widely copied client model of the same service
 * where that model places them, then the 11 keys no capture shows, in the protocol's listing order;</li>
 * <li>{@code alternate}: the order of another deployment's client model (29 of its 30 keys; the register
 * holds no {@code EKTP_CREATED});</li>
 * <li>{@code adm_desa} (the 33 fields a village-administration client expects: the protocol's listing
 * without the parents' NIKs and the disability field) and {@code dinkes} (the health office's 23).</li>
 * </ul>
 * The deployment may redefine them or add more under {@code gerbang.access.profiles}, and give any
 * profile its formats under {@code gerbang.access.formats} (upper-case sex, dotted dates).
 */
public final class FieldProfiles {

    public static final String STANDARD = "standard";

    /**
     * The central service's order: a captured response's 20 keys (NO_KK ... TGL_LHR) with the client
     * model's EKTP_STATUS, NO_KEL, NO_KEC, NO_PROP and NO_KAB where it places them, then the rest.
     */
    static final List<PersonField> STANDARD_FIELDS = withRest(List.of(
            PersonField.EKTP_STATUS, PersonField.NO_KK, PersonField.NIK, PersonField.NAMA_LGKP, PersonField.KAB_NAME,
            PersonField.AGAMA, PersonField.NAMA_LGKP_AYAH, PersonField.NO_RW, PersonField.KEC_NAME,
            PersonField.JENIS_PKRJN, PersonField.NO_RT, PersonField.NO_KEL, PersonField.ALAMAT, PersonField.NO_KEC,
            PersonField.TMPT_LHR, PersonField.PDDK_AKH, PersonField.STATUS_KAWIN, PersonField.NO_PROP,
            PersonField.NAMA_LGKP_IBU, PersonField.PROP_NAME, PersonField.GOL_DARAH, PersonField.NO_KAB,
            PersonField.KEL_NAME, PersonField.JENIS_KLMIN, PersonField.TGL_LHR));

    /** Another deployment's client model, in its order, without EKTP_CREATED (not held by the register). */
    static final List<PersonField> ALTERNATE_FIELDS = List.of(
            PersonField.EKTP_STATUS, PersonField.DUSUN, PersonField.NAMA_LGKP, PersonField.AGAMA,
            PersonField.JENIS_PKRJN, PersonField.PDDK_AKH, PersonField.TMPT_LHR, PersonField.STATUS_KAWIN,
            PersonField.GOL_DARAH, PersonField.JENIS_KLMIN, PersonField.NO_KK, PersonField.NIK, PersonField.KAB_NAME,
            PersonField.NAMA_LGKP_AYAH, PersonField.NO_RW, PersonField.KEC_NAME, PersonField.NO_AKTA_LHR,
            PersonField.NO_KEL, PersonField.NO_RT, PersonField.KODE_POS, PersonField.NO_KEC, PersonField.ALAMAT,
            PersonField.NO_PROP, PersonField.NAMA_LGKP_IBU, PersonField.PNYDNG_CCT, PersonField.PROP_NAME,
            PersonField.NO_KAB, PersonField.TGL_LHR, PersonField.KEL_NAME);

    static final String ALTERNATE = "alternate";

    /** The protocol document's listing order (the declaration order of {@link PersonField}). */
    private static final List<PersonField> LISTING = List.of(PersonField.values());

    static final List<PersonField> ADM_DESA_FIELDS = LISTING.stream()
            .filter(f -> f != PersonField.NIK_IBU && f != PersonField.NIK_AYAH && f != PersonField.PNYDNG_CCT)
            .toList();

    static final List<PersonField> DINKES_FIELDS = List.of(
            PersonField.NIK, PersonField.NO_KK, PersonField.NAMA_LGKP, PersonField.JENIS_KLMIN,
            PersonField.TMPT_LHR, PersonField.TGL_LHR, PersonField.AGAMA, PersonField.STATUS_KAWIN,
            PersonField.JENIS_PKRJN, PersonField.PDDK_AKH, PersonField.GOL_DARAH, PersonField.NAMA_LGKP_IBU,
            PersonField.ALAMAT, PersonField.NO_RT, PersonField.NO_RW, PersonField.NO_PROP, PersonField.PROP_NAME,
            PersonField.NO_KAB, PersonField.KAB_NAME, PersonField.NO_KEC, PersonField.KEC_NAME,
            PersonField.NO_KEL, PersonField.KEL_NAME);

    /**
     * A profile's formats where deployments differ; {@code null} keeps the default (the deployment-wide
     * {@code gerbang.access.sex-upper-case}, ISO dates).
     */
    public record Format(@Nullable Boolean sexUpperCase, @Nullable DateStyle date) {
    }

    private final Map<String, List<PersonField>> profiles;
    private final Map<String, Format> formats;
    private final boolean sexUpperCase;

    /** @param configured profile name to wire keys in order; replaces a built-in of the same name */
    public FieldProfiles(Map<String, List<String>> configured) {
        this(configured, Map.of(), false);
    }

    /**
     * @param configured   profile name to wire keys in order; replaces a built-in of the same name
     * @param formats      profile name to its formats; a name must be a profile
     * @param sexUpperCase the deployment's default for profiles that do not set it
     */
    public FieldProfiles(Map<String, List<String>> configured, Map<String, Format> formats, boolean sexUpperCase) {
        Map<String, List<PersonField>> all = new HashMap<>();
        all.put(STANDARD, STANDARD_FIELDS);
        all.put("default", STANDARD_FIELDS); // the agreement module's name for "no particular profile"
        all.put(ALTERNATE, ALTERNATE_FIELDS);
        all.put("adm_desa", ADM_DESA_FIELDS);
        all.put("dinkes", DINKES_FIELDS);
        configured.forEach((name, keys) -> all.put(normal(name), fields(name, keys)));
        this.profiles = Map.copyOf(all);
        Map<String, Format> byName = new HashMap<>();
        formats.forEach((name, format) -> {
            if (!all.containsKey(normal(name))) {
                throw new IllegalArgumentException("gerbang.access.formats." + name + ": no such profile; known: "
                        + new TreeSet<>(all.keySet()));
            }
            byName.put(normal(name), format);
        });
        this.formats = Map.copyOf(byName);
        this.sexUpperCase = sexUpperCase;
    }

    /**
     * How values are written for {@code profile} (an unknown name as {@code standard}, like
     * {@link #project}); {@code identityAsString} is the agreement's own setting.
     */
    public WireStyle style(String profile, boolean identityAsString) {
        String name = normal(profile);
        Format f = formats.get(profiles.containsKey(name) ? name : STANDARD);
        boolean upper = f == null || f.sexUpperCase() == null ? sexUpperCase : f.sexUpperCase();
        DateStyle date = f == null || f.date() == null ? DateStyle.ISO : f.date();
        return new WireStyle(identityAsString, upper, date);
    }

    public Optional<List<PersonField>> find(String name) {
        return Optional.ofNullable(profiles.get(normal(name)));
    }

    public Set<String> names() {
        return profiles.keySet();
    }

    /**
     * The fields to write: the profile's, in its order, that are granted. An unknown profile name
     * falls back to {@code standard}, so a misconfigured agreement still answers with only granted fields.
     */
    public PersonField[] project(String profile, Set<PersonField> granted) {
        List<PersonField> order = profiles.getOrDefault(normal(profile), STANDARD_FIELDS);
        List<PersonField> out = new ArrayList<>(order.size());
        for (PersonField f : order) {
            if (granted.contains(f)) {
                out.add(f);
            }
        }
        return out.toArray(PersonField[]::new);
    }

    private static List<PersonField> withRest(List<PersonField> head) {
        List<PersonField> all = new ArrayList<>(head);
        for (PersonField f : PersonField.values()) {
            if (!all.contains(f)) {
                all.add(f);
            }
        }
        return List.copyOf(all);
    }

    private static List<PersonField> fields(String name, List<String> keys) {
        EnumSet<PersonField> seen = EnumSet.noneOf(PersonField.class);
        List<PersonField> fields = new ArrayList<>();
        for (String key : keys) {
            PersonField f = PersonField.byKey(key).orElseThrow(() -> new IllegalArgumentException(
                    "gerbang.access.profiles." + name + ": unknown field " + key
                            + "; known: " + Arrays.toString(PersonField.values())));
            if (!seen.add(f)) {
                throw new IllegalArgumentException("gerbang.access.profiles." + name + ": " + key + " twice");
            }
            fields.add(f);
        }
        return List.copyOf(fields);
    }

    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    }
}
