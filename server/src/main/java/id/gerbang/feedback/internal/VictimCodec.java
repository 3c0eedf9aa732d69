package id.gerbang.feedback.internal;

import id.gerbang.feedback.VictimDetails;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The victim fields as one canonical text, which is both what is encrypted and what the duplicate
 * check compares: {@code v1;kinds=1,3;place=1;rel=2;inc=2026-01-02;rep=2026-01-03;svc=1;dis=7;age=3}.
 */
final class VictimCodec {

    private static final String VERSION = "v1";

    private VictimCodec() {
    }

    /** The victim's details and the age group the register gives. */
    record Victim(VictimDetails details, @Nullable Integer ageGroup) {
        @Override
        public String toString() {
            return "Victim[redacted]";
        }
    }

    static String canonical(VictimDetails v) {
        return VERSION + ";kinds=" + join(v.violenceKinds()) + ";place=" + v.place() + ";rel=" + v.perpetratorRelationship()
                + ";inc=" + v.incidentDate() + ";rep=" + v.reportDate() + ";svc=" + join(v.services())
                + ";dis=" + (v.disability() == null ? "" : v.disability());
    }

    static byte[] encode(VictimDetails v, @Nullable Integer ageGroup) {
        return (canonical(v) + ";age=" + (ageGroup == null ? "" : ageGroup)).getBytes(StandardCharsets.UTF_8);
    }

    static Victim decode(byte[] bytes) {
        String[] parts = new String(bytes, StandardCharsets.UTF_8).split(";", -1);
        if (parts.length == 0 || !VERSION.equals(parts[0])) {
            throw new IllegalStateException("unknown victim encoding");
        }
        Map<String, String> f = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            f.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
        }
        VictimDetails details = new VictimDetails(set(f.get("kinds")), Integer.parseInt(f.get("place")),
                Integer.parseInt(f.get("rel")), LocalDate.parse(f.get("inc")), LocalDate.parse(f.get("rep")),
                set(f.get("svc")), optional(f.get("dis")));
        return new Victim(details, optional(f.get("age")));
    }

    private static String join(Set<Integer> codes) {
        return codes.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Set<Integer> set(@Nullable String s) {
        if (s == null || s.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(s.split(",")).map(Integer::valueOf).collect(Collectors.toSet());
    }

    private static @Nullable Integer optional(@Nullable String s) {
        return s == null || s.isEmpty() ? null : Integer.valueOf(s);
    }
}
