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

/**
 * Field profiles: which person fields a response writes and in what order. A response always writes
 * the intersection of the profile and the agreement's granted fields, in the profile's order, so a
 * client that counts keys sees the same count on every call. Built in: {@code standard} (all 36
 * fields of protocol section 3 in the real service's order), {@code adm_desa} (the 33 fields a
 * village-administration client expects: standard without the parents' NIKs and the disability
 * field) and {@code dinkes} (the health office's 23 fields); the deployment may redefine them or
 * add more under {@code gerbang.access.profiles}.
 */
public final class FieldProfiles {

    public static final String STANDARD = "standard";

    static final List<PersonField> STANDARD_FIELDS = List.of(PersonField.values());

    static final List<PersonField> ADM_DESA_FIELDS = STANDARD_FIELDS.stream()
            .filter(f -> f != PersonField.NIK_IBU && f != PersonField.NIK_AYAH && f != PersonField.PNYDNG_CCT)
            .toList();

    static final List<PersonField> DINKES_FIELDS = List.of(
            PersonField.NIK, PersonField.NO_KK, PersonField.NAMA_LGKP, PersonField.JENIS_KLMIN,
            PersonField.TMPT_LHR, PersonField.TGL_LHR, PersonField.AGAMA, PersonField.STATUS_KAWIN,
            PersonField.JENIS_PKRJN, PersonField.PDDK_AKH, PersonField.GOL_DARAH, PersonField.NAMA_LGKP_IBU,
            PersonField.ALAMAT, PersonField.NO_RT, PersonField.NO_RW, PersonField.NO_PROP, PersonField.PROP_NAME,
            PersonField.NO_KAB, PersonField.KAB_NAME, PersonField.NO_KEC, PersonField.KEC_NAME,
            PersonField.NO_KEL, PersonField.KEL_NAME);

    private final Map<String, List<PersonField>> profiles;

    /** @param configured profile name to wire keys in order; replaces a built-in of the same name */
    public FieldProfiles(Map<String, List<String>> configured) {
        Map<String, List<PersonField>> all = new HashMap<>();
        all.put(STANDARD, STANDARD_FIELDS);
        all.put("default", STANDARD_FIELDS); // the agreement module's name for "no particular profile"
        all.put("adm_desa", ADM_DESA_FIELDS);
        all.put("dinkes", DINKES_FIELDS);
        configured.forEach((name, keys) -> all.put(normal(name), fields(name, keys)));
        this.profiles = Map.copyOf(all);
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
