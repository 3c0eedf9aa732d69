package id.gerbang.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The caller's real address for the registered-IP check: the connection's source address, unless
 * that is a configured trusted proxy ({@code gerbang.access.trusted-proxies}), in which case the
 * {@code X-Forwarded-For} chain is walked from the right, skipping trusted proxies, to the first
 * address that is not one. A header from an untrusted connection is ignored, so a client cannot
 * claim an address by sending the header itself. Addresses are parsed as literals only, never
 * resolved through DNS.
 */
public final class ClientAddresses {

    private final List<Block> trusted;

    /** @param trustedProxies addresses ({@code 10.0.0.5}) and CIDR blocks ({@code 10.0.0.0/8}, {@code fd00::/8}) */
    public ClientAddresses(List<String> trustedProxies) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : trustedProxies) {
            blocks.add(Block.parse(entry));
        }
        this.trusted = List.copyOf(blocks);
    }

    /**
     * The real address of {@code request}'s caller; its {@code X-Forwarded-For} headers are read
     * only when some proxy is trusted at all (the data paths pay nothing for them otherwise).
     */
    public InetAddress resolve(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(),
                trusted.isEmpty() ? List.of() : Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    /**
     * @param remoteAddress   the connection's source address as the container reports it
     * @param forwardedFor    every {@code X-Forwarded-For} header value, in order (may be empty)
     */
    public InetAddress resolve(String remoteAddress, List<String> forwardedFor) {
        InetAddress current = literal(remoteAddress).orElseThrow(
                () -> new IllegalArgumentException("the container reported a non-address as remote address"));
        if (trusted.isEmpty() || !isTrusted(current) || forwardedFor.isEmpty()) {
            return current;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0 && isTrusted(current); i--) {
            Optional<InetAddress> hop = literal(withoutPort(hops.get(i)));
            if (hop.isEmpty()) {
                break; // a garbled hop: keep the last address a trusted proxy vouched for
            }
            current = hop.get();
        }
        return current;
    }

    public boolean isTrusted(InetAddress address) {
        for (Block b : trusted) {
            if (b.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** An IPv4 or IPv6 literal ({@code ::ffff:a.b.c.d} is the IPv4 address); empty for anything else. */
    public static Optional<InetAddress> literal(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.indexOf(':') < 0) {
            byte[] v4 = ipv4(s);
            return v4 == null ? Optional.empty() : Optional.of(address(v4));
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = Character.digit(c, 16) >= 0 || c == ':' || c == '.' || c == '%';
            if (!ok) {
                return Optional.empty();
            }
        }
        try {
            // Only hex digits, colons and dots: parsed as an IPv6 literal, never looked up.
            return Optional.of(InetAddress.getByName(s));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end > 0 ? hop.substring(0, end + 1) : hop;
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }

    private static byte @Nullable [] ipv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !TextNormaliser.isDigits(p)) {
                return null;
            }
            int v = Integer.parseInt(p);
            if (v > 255) {
                return null;
            }
            out[i] = (byte) v;
        }
        return out;
    }

    private static InetAddress address(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An address block: an address and a prefix length. */
    record Block(byte[] network, int prefix) {

        static Block parse(String text) {
            String s = text.strip();
            int slash = s.indexOf('/');
            String addr = slash < 0 ? s : s.substring(0, slash);
            InetAddress a = literal(addr).orElseThrow(() ->
                    new IllegalArgumentException("gerbang.access.trusted-proxies: not an address: " + text));
            int max = a.getAddress().length * 8;
            int prefix;
            try {
                prefix = slash < 0 ? max : Integer.parseInt(s.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("gerbang.access.trusted-proxies: bad prefix: " + text, e);
            }
            if (prefix < 0 || prefix > max) {
                throw new IllegalArgumentException("gerbang.access.trusted-proxies: bad prefix: " + text);
            }
            return new Block(a.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (bytes[full] & mask) == (network[full] & mask);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Block b && b.prefix == prefix && Arrays.equals(b.network, network);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(network) * 31 + prefix;
        }

        @Override
        public String toString() {
            return Arrays.toString(network) + "/" + prefix;
        }
    }
}
