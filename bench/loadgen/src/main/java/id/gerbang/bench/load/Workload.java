package id.gerbang.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The requests of a run, prepared as bytes before the clock starts: a pool of requests drawn from
 * the mix of kinds, the accounts, and the NIKs (existing ones from the sample, unknown ones that
 * pass the NIK rules but are not in the register, and malformed ones), each with the outcome code
 * it must get. The load threads pick from the pool at random, so building bytes costs nothing
 * during the measurement.
 */
final class Workload {

    /** What a request asks. */
    enum Kind {
        /** {@code POST /dukcapil/get_json/{INSTANSI}/CALL_NIK} (and its aliases and case variants). */
        CALL_NIK,
        /** {@code POST /dukcapil/get_json/{INSTANSI}/CALL_VERIFY_BY_ELEMEN}. */
        VERIFY,
        /** {@code POST /api/v1/persons/lookup} with a bearer token. */
        V1_LOOKUP,
        /** {@code POST /api/v1/persons/verify} with a bearer token. */
        V1_VERIFY
    }

    /** A service account: its agency code (the URL's {@code {INSTANSI}}), user id and password. */
    record Account(String agencyCode, String userId, String password) {
    }

    /** A sampled resident: NIK, record status, name and birth date (yyyy-MM-dd). */
    record Resident(String nik, String status, String name, String birthDate) {
    }

    /** A prepared request and the outcome code it must get ("01" = data or verdicts). */
    record Prepared(byte[] bytes, Kind kind, String expected) {
    }

    private final List<Account> accounts;
    private final List<Resident> residents;
    private final List<String> unknownNiks;

    Workload(List<Account> accounts, List<Resident> residents, List<String> unknownNiks) {
        if (accounts.isEmpty() || residents.isEmpty() || unknownNiks.isEmpty()) {
            throw new IllegalArgumentException("accounts, residents and unknown NIKs must not be empty");
        }
        this.accounts = accounts;
        this.residents = residents;
        this.unknownNiks = unknownNiks;
    }

    static Workload load(Path accountsFile, Path residentsFile, Path unknownFile) throws IOException {
        List<Account> accounts = new ArrayList<>();
        for (String[] f : tsv(accountsFile, 3)) {
            accounts.add(new Account(f[0], f[1], f[2]));
        }
        List<Resident> residents = new ArrayList<>();
        for (String[] f : tsv(residentsFile, 4)) {
            residents.add(new Resident(f[0], f[1], f[2], f[3]));
        }
        List<String> unknown = new ArrayList<>();
        for (String[] f : tsv(unknownFile, 1)) {
            unknown.add(f[0]);
        }
        return new Workload(accounts, residents, unknown);
    }

    private static List<String[]> tsv(Path file, int columns) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < columns) {
                throw new IOException(file + ": expected " + columns + " tab-separated columns: " + line.length() + " chars");
            }
            rows.add(f);
        }
        return rows;
    }

    List<Account> accounts() {
        return accounts;
    }

    /**
     * Parses a mix such as {@code CALL_NIK:70,V1_LOOKUP:10,VERIFY:10,V1_VERIFY:10} into weights.
     */
    static Map<Kind, Integer> mix(String spec) {
        Map<Kind, Integer> mix = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String[] kv = part.trim().split(":");
            mix.put(Kind.valueOf(kv[0].trim()), kv.length > 1 ? Integer.parseInt(kv[1].trim()) : 1);
        }
        if (mix.values().stream().mapToInt(Integer::intValue).sum() <= 0) {
            throw new IllegalArgumentException("the mix has no weight: " + spec);
        }
        return mix;
    }

    /**
     * @param tokens bearer token per user id (for the v1 kinds)
     */
    Prepared[] prepare(int size, Map<Kind, Integer> mix, double unknownShare, double malformedShare, String host,
            Map<String, String> tokens, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int total = mix.values().stream().mapToInt(Integer::intValue).sum();
        Prepared[] pool = new Prepared[size];
        for (int i = 0; i < size; i++) {
            Kind kind = pick(mix, total, random);
            Account account = accounts.get(random.nextInt(accounts.size()));
            double r = random.nextDouble();
            String nik;
            String expected;
            Resident resident = residents.get(random.nextInt(residents.size()));
            if (r < malformedShare) {
                nik = malformed(resident.nik(), random);
                expected = "15";
            } else if (r < malformedShare + unknownShare) {
                nik = unknownNiks.get(random.nextInt(unknownNiks.size()));
                expected = "13";
            } else {
                nik = resident.nik();
                expected = expectedFor(resident.status());
            }
            pool[i] = new Prepared(build(kind, account, nik, resident, host, tokens, random), kind, expected);
        }
        return pool;
    }

    /** The outcome code of a lookup of an existing resident with this record status. */
    static String expectedFor(String status) {
        return switch (status) {
            case "ACTIVE" -> "01";
            case "DECEASED" -> "11";
            case "DUPLICATE_BLOCKED" -> "12";
            case "INACTIVE", "MOVED_ABROAD" -> "14";
            default -> throw new IllegalArgumentException("unknown record status " + status);
        };
    }

    /** A NIK that breaks a hard rule: a month 13 in the birth date, or only 15 digits. */
    static String malformed(String nik, SplittableRandom random) {
        if (random.nextBoolean()) {
            return nik.substring(0, 8) + "13" + nik.substring(10);
        }
        return nik.substring(0, 15);
    }

    private static Kind pick(Map<Kind, Integer> mix, int total, SplittableRandom random) {
        int x = random.nextInt(total);
        for (Map.Entry<Kind, Integer> e : mix.entrySet()) {
            x -= e.getValue();
            if (x < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException();
    }

    private static byte[] build(Kind kind, Account account, String nik, Resident resident, String host,
            Map<String, String> tokens, SplittableRandom random) {
        return switch (kind) {
            case CALL_NIK -> {
                // Real clients vary the method's case and alias, and send the NIK as a string or a number.
                String method = switch (random.nextInt(8)) {
                    case 0 -> "call_nik";
                    case 1 -> "NIK";
                    default -> "CALL_NIK";
                };
                String nikValue = random.nextInt(4) == 0 && nik.chars().allMatch(Character::isDigit)
                        ? nik : '"' + nik + '"';
                String body = "{\"nik\":" + nikValue + ",\"user_id\":" + quote(account.userId())
                        + ",\"password\":" + quote(account.password()) + ",\"ip_user\":\"127.0.0.1\"}";
                yield request("/dukcapil/get_json/" + account.agencyCode() + "/" + method, host, null, body);
            }
            case VERIFY -> {
                String body = "{\"NIK\":" + quote(nik) + ",\"NAMA_LGKP\":" + quote(variant(resident.name(), random))
                        + ",\"TGL_LHR\":" + quote(dayFirst(resident.birthDate())) + ",\"user_id\":"
                        + quote(account.userId()) + ",\"password\":" + quote(account.password())
                        + ",\"ip_user\":\"127.0.0.1\",\"TRESHOLD\":\"80\"}";
                yield request("/dukcapil/get_json/" + account.agencyCode() + "/CALL_VERIFY_BY_ELEMEN", host, null, body);
            }
            case V1_LOOKUP -> request("/api/v1/persons/lookup", host, token(tokens, account),
                    "{\"nik\":" + quote(nik) + ",\"purpose\":\"bench\"}");
            case V1_VERIFY -> request("/api/v1/persons/verify", host, token(tokens, account),
                    "{\"nik\":" + quote(nik) + ",\"threshold\":80,\"elements\":{\"NAMA_LGKP\":"
                            + quote(variant(resident.name(), random)) + ",\"TGL_LHR\":"
                            + quote(dayFirst(resident.birthDate())) + "}}");
        };
    }

    private static String token(Map<String, String> tokens, Account account) {
        String token = tokens.get(account.userId());
        if (token == null) {
            throw new IllegalStateException("no token for " + account.userId());
        }
        return token;
    }

    /** The name as sent, or a variant a clerk might type: lower case, or one letter dropped. */
    static String variant(String name, SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> name.toLowerCase();
            case 1 -> name.length() > 3 ? name.substring(0, name.length() / 2) + name.substring(name.length() / 2 + 1) : name;
            default -> name;
        };
    }

    /** yyyy-MM-dd to dd-MM-yyyy, as most verification clients send dates. */
    static String dayFirst(String isoDate) {
        return isoDate.substring(8, 10) + "-" + isoDate.substring(5, 7) + "-" + isoDate.substring(0, 4);
    }

    static byte[] request(String path, String host, String bearer, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256)
                .append("POST ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append("\r\n")
                .append("Content-Type: application/json\r\n")
                .append("Accept: application/json\r\n");
        if (bearer != null) {
            head.append("Authorization: Bearer ").append(bearer).append("\r\n");
        }
        head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[h.length + content.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(content, 0, all, h.length, content.length);
        return all;
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
