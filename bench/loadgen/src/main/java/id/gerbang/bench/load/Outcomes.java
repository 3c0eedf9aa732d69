package id.gerbang.bench.load;

/**
 * The outcome code of an answer, the same on both surfaces: the compatible surface answers HTTP
 * 200 and carries {@code "RESPONSE_CODE":"13"} in its error element (none when data or verdicts
 * came back, "01"); the v1 API answers 200 with data, or a problem detail whose
 * {@code "responseCode"} is the compatible code of the same outcome. Anything else is
 * {@code "http-<status>"}.
 */
final class Outcomes {

    private static final byte[] COMPATIBLE = "\"RESPONSE_CODE\"".getBytes();
    private static final byte[] PROBLEM = "\"responseCode\"".getBytes();

    private Outcomes() {
    }

    static String classify(int status, byte[] body, int length) {
        if (status == 200) {
            String code = codeAfter(COMPATIBLE, body, length);
            return code == null ? "01" : code;
        }
        String code = codeAfter(PROBLEM, body, length);
        return code == null ? "http-" + status : code;
    }

    /** The two-digit string value after {@code key}, or {@code null} when the key is absent. */
    static String codeAfter(byte[] key, byte[] body, int length) {
        int at = indexOf(body, length, key);
        if (at < 0) {
            return null;
        }
        int i = at + key.length;
        while (i < length && (body[i] == ' ' || body[i] == ':' || body[i] == '"')) {
            i++;
        }
        int start = i;
        while (i < length && body[i] >= '0' && body[i] <= '9') {
            i++;
        }
        return i > start ? new String(body, start, i - start) : "??";
    }

    static int indexOf(byte[] body, int length, byte[] key) {
        outer:
        for (int i = 0; i <= length - key.length; i++) {
            for (int j = 0; j < key.length; j++) {
                if (body[i + j] != key[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
