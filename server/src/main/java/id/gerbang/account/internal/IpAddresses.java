package id.gerbang.account.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * IP address literals without any name lookup: strict dotted-quad IPv4 (no leading zeros, no short
 * forms such as {@code 127.1}) and RFC 4291 IPv6 text (with {@code ::} and a trailing dotted quad,
 * no zone). IPv4-mapped IPv6 addresses ({@code ::ffff:a.b.c.d}) are the IPv4 address they map;
 * {@code ::1} is not {@code 127.0.0.1}. Output is canonical (RFC 5952 for IPv6).
 */
public final class IpAddresses {

    private IpAddresses() {
    }

    /**
     * The 4 or 16 bytes of a literal, IPv4-mapped addresses reduced to 4.
     *
     * @throws IllegalArgumentException when {@code text} is not an IP literal (host names included)
     */
    public static byte[] parse(String text) {
        String s = text.strip();
        byte[] bytes = s.indexOf(':') >= 0 ? parseIpv6(s) : parseIpv4(s);
        return normalize(bytes);
    }

    /** The address of a socket, IPv4-mapped IPv6 reduced to IPv4. */
    public static byte[] bytesOf(InetAddress address) {
        return normalize(address.getAddress());
    }

    /** An {@link InetAddress} for a literal, built from its bytes: no name service is asked. */
    public static InetAddress toInetAddress(String text) {
        try {
            return InetAddress.getByAddress(parse(text));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP literal", e);
        }
    }

    /** Canonical text: dotted quad, or RFC 5952 IPv6 (lower case, longest zero run as {@code ::}). */
    public static String format(byte[] bytes) {
        if (bytes.length == 4) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
        }
        if (bytes.length != 16) {
            throw new IllegalArgumentException("an address has 4 or 16 bytes");
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLength - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(groups[i]));
        }
        return sb.toString();
    }

    public static String format(InetAddress address) {
        return format(bytesOf(address));
    }

    static byte[] normalize(byte[] bytes) {
        if (bytes.length == 16 && isIpv4Mapped(bytes)) {
            return Arrays.copyOfRange(bytes, 12, 16);
        }
        return bytes;
    }

    static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }

    static byte[] parseIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("IPv4 needs four parts");
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0') || !allDigits(p)) {
                throw new IllegalArgumentException("bad IPv4 part");
            }
            int value = Integer.parseInt(p);
            if (value > 255) {
                throw new IllegalArgumentException("IPv4 part above 255");
            }
            bytes[i] = (byte) value;
        }
        return bytes;
    }

    static byte[] parseIpv6(String s) {
        if (s.indexOf('%') >= 0) {
            throw new IllegalArgumentException("zones are not accepted");
        }
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            throw new IllegalArgumentException("only one ::");
        }
        int[] head = gap < 0 ? groups(s) : groups(s.substring(0, gap));
        int[] tail = gap < 0 ? new int[0] : groups(s.substring(gap + 2));
        int total = head.length + tail.length;
        if (gap < 0 ? total != 8 : total > 7) {
            throw new IllegalArgumentException("IPv6 needs eight groups");
        }
        int[] all = new int[8];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, 8 - tail.length, tail.length);
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[2 * i] = (byte) (all[i] >> 8);
            bytes[2 * i + 1] = (byte) all[i];
        }
        return bytes;
    }

    /** The 16-bit groups of a part of an IPv6 literal; a trailing dotted quad counts as two. */
    private static int[] groups(String part) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] pieces = part.split(":", -1);
        int n = pieces.length;
        boolean dotted = pieces[n - 1].indexOf('.') >= 0;
        int[] out = new int[dotted ? n + 1 : n];
        for (int i = 0; i < n; i++) {
            String p = pieces[i];
            if (i == n - 1 && dotted) {
                byte[] v4 = parseIpv4(p);
                out[i] = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
                out[i + 1] = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
                break;
            }
            if (p.isEmpty() || p.length() > 4 || !allHex(p)) {
                throw new IllegalArgumentException("bad IPv6 group");
            }
            out[i] = Integer.parseInt(p, 16);
        }
        return out;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean allHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), 16) < 0 || s.charAt(i) > 'f') {
                return false;
            }
        }
        return true;
    }
}
