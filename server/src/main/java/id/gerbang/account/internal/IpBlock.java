package id.gerbang.account.internal;

import java.util.Arrays;

/**
 * An IPv4 or IPv6 network in CIDR form; a single address is a /32 or /128 block. IPv4-mapped IPv6
 * blocks of prefix 96 or longer are the IPv4 block they map.
 */
public final class IpBlock {

    private final byte[] network;
    private final int prefix;

    private IpBlock(byte[] network, int prefix) {
        this.network = network;
        this.prefix = prefix;
    }

    /**
     * Parses {@code address} or {@code address/prefix}.
     *
     * @throws IllegalArgumentException when not an IP literal, the prefix is out of range, or
     *                                  ({@link HostBitsSetException}) bits beyond the prefix are set
     */
    public static IpBlock parse(String text) {
        String s = text.strip();
        int slash = s.indexOf('/');
        String addressText = slash < 0 ? s : s.substring(0, slash);
        byte[] raw = addressText.indexOf(':') >= 0 ? IpAddresses.parseIpv6(addressText) : IpAddresses.parseIpv4(addressText);
        int max = raw.length * 8;
        int prefix = max;
        if (slash >= 0) {
            String p = s.substring(slash + 1);
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (p.length() > 1 && p.charAt(0) == '0')) {
                throw new IllegalArgumentException("bad prefix");
            }
            prefix = Integer.parseInt(p);
            if (prefix > max) {
                throw new IllegalArgumentException("prefix too long");
            }
        }
        byte[] bytes = raw;
        if (raw.length == 16 && IpAddresses.isIpv4Mapped(raw) && prefix >= 96) {
            bytes = Arrays.copyOfRange(raw, 12, 16);
            prefix -= 96;
        }
        byte[] masked = mask(bytes, prefix);
        if (!Arrays.equals(masked, bytes)) {
            throw new HostBitsSetException(new IpBlock(masked, prefix));
        }
        return new IpBlock(masked, prefix);
    }

    public boolean contains(byte[] address) {
        byte[] a = IpAddresses.normalize(address);
        if (a.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (a[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int m = (0xff << (8 - rest)) & 0xff;
        return (a[full] & m) == (network[full] & m);
    }

    public boolean isIpv4() {
        return network.length == 4;
    }

    public int prefix() {
        return prefix;
    }

    public boolean isSingleAddress() {
        return prefix == network.length * 8;
    }

    /** Canonical text: the address alone for a single address, else {@code network/prefix}. */
    @Override
    public String toString() {
        String address = IpAddresses.format(network);
        return isSingleAddress() ? address : address + "/" + prefix;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpBlock other && prefix == other.prefix && Arrays.equals(network, other.network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefix;
    }

    private static byte[] mask(byte[] bytes, int prefix) {
        byte[] out = bytes.clone();
        for (int i = 0; i < out.length; i++) {
            int bitsHere = Math.max(0, Math.min(8, prefix - 8 * i));
            int m = bitsHere == 0 ? 0 : (0xff << (8 - bitsHere)) & 0xff;
            out[i] = (byte) (out[i] & m);
        }
        return out;
    }

    /** The block had host bits set; {@link #intended()} is the network it probably meant. */
    public static final class HostBitsSetException extends IllegalArgumentException {
        private final transient IpBlock intended;

        HostBitsSetException(IpBlock intended) {
            super("host bits set");
            this.intended = intended;
        }

        public IpBlock intended() {
            return intended;
        }
    }
}
