package id.gerbang.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpBlockTests {

    @Test
    void ipv4CidrMatchesItsNetworkOnly() {
        IpBlock block = IpBlock.parse("10.20.0.0/16");
        assertThat(block.contains(IpAddresses.parse("10.20.0.1"))).isTrue();
        assertThat(block.contains(IpAddresses.parse("10.20.255.255"))).isTrue();
        assertThat(block.contains(IpAddresses.parse("10.21.0.0"))).isFalse();
        assertThat(block.contains(IpAddresses.parse("10.19.255.255"))).isFalse();
    }

    @Test
    void prefixesThatAreNotMultiplesOfEight() {
        IpBlock block = IpBlock.parse("192.0.2.64/27");
        assertThat(block.contains(IpAddresses.parse("192.0.2.64"))).isTrue();
        assertThat(block.contains(IpAddresses.parse("192.0.2.95"))).isTrue();
        assertThat(block.contains(IpAddresses.parse("192.0.2.96"))).isFalse();
        assertThat(block.contains(IpAddresses.parse("192.0.2.63"))).isFalse();
        IpBlock v6 = IpBlock.parse("2001:db8:abcd:8000::/49");
        assertThat(v6.contains(IpAddresses.parse("2001:db8:abcd:ffff::1"))).isTrue();
        assertThat(v6.contains(IpAddresses.parse("2001:db8:abcd:7fff::1"))).isFalse();
    }

    @Test
    void ipv6CidrMatchesItsNetworkOnly() {
        IpBlock block = IpBlock.parse("2001:db8:1:2::/64");
        assertThat(block.contains(IpAddresses.parse("2001:db8:1:2::abcd"))).isTrue();
        assertThat(block.contains(IpAddresses.parse("2001:0db8:0001:0002:ffff:ffff:ffff:ffff"))).isTrue();
        assertThat(block.contains(IpAddresses.parse("2001:db8:1:3::1"))).isFalse();
    }

    @Test
    void singleAddressesMatchThemselves() {
        assertThat(IpBlock.parse("127.0.0.1").contains(IpAddresses.parse("127.0.0.1"))).isTrue();
        assertThat(IpBlock.parse("127.0.0.1").contains(IpAddresses.parse("127.0.0.2"))).isFalse();
        assertThat(IpBlock.parse("::1").contains(IpAddresses.parse("0:0:0:0:0:0:0:1"))).isTrue();
    }

    @Test
    void ipv4MappedIpv6AddressesAreTheirIpv4Address() throws Exception {
        IpBlock loopback = IpBlock.parse("127.0.0.1");
        assertThat(loopback.contains(IpAddresses.parse("::ffff:127.0.0.1"))).isTrue();
        assertThat(loopback.contains(IpAddresses.parse("::ffff:7f00:1"))).isTrue();
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 127;
        mapped[15] = 1;
        assertThat(loopback.contains(mapped)).isTrue();
        assertThat(IpBlock.parse("::ffff:10.0.0.0/104").toString()).isEqualTo("10.0.0.0/8");
    }

    @Test
    void ipv6LoopbackIsNotIpv4Loopback() {
        assertThat(IpBlock.parse("127.0.0.1").contains(IpAddresses.parse("::1"))).isFalse();
        assertThat(IpBlock.parse("::1").contains(IpAddresses.parse("127.0.0.1"))).isFalse();
        assertThat(IpBlock.parse("127.0.0.0/8").contains(IpAddresses.parse("::1"))).isFalse();
    }

    @Test
    void familiesNeverMatchEachOther() {
        assertThat(IpBlock.parse("::/0").contains(IpAddresses.parse("10.0.0.1"))).isFalse();
        assertThat(IpBlock.parse("0.0.0.0/0").contains(IpAddresses.parse("2001:db8::1"))).isFalse();
    }

    @Test
    void canonicalText() {
        assertThat(IpBlock.parse("2001:0DB8:0000:0000:0000:0000:0000:0001").toString()).isEqualTo("2001:db8::1");
        assertThat(IpBlock.parse("2001:db8:0:0:1:0:0:1").toString()).isEqualTo("2001:db8::1:0:0:1");
        assertThat(IpBlock.parse("2001:db8::/32").toString()).isEqualTo("2001:db8::/32");
        assertThat(IpBlock.parse("10.0.0.0/8").toString()).isEqualTo("10.0.0.0/8");
        assertThat(IpBlock.parse("10.1.2.3/32").toString()).isEqualTo("10.1.2.3");
        assertThat(IpAddresses.format(IpAddresses.parse("2001:db8:0:1:1:1:1:1"))).isEqualTo("2001:db8:0:1:1:1:1:1");
    }

    @Test
    void hostBitsAreRefusedWithTheNetworkMeant() {
        assertThatThrownBy(() -> IpBlock.parse("10.1.2.3/24"))
                .isInstanceOfSatisfying(IpBlock.HostBitsSetException.class,
                        e -> assertThat(e.intended().toString()).isEqualTo("10.1.2.0/24"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "example.com", "127.1", "127.0.0.01", "256.0.0.1", "1.2.3", "1.2.3.4.5",
            "10.0.0.0/33", "10.0.0.0/", "10.0.0.0/08", "::1/129", "1::2::3", "1:2:3:4:5:6:7:8:9", "12345::",
            "fe80::1%eth0", "g::1", ":1", "1:", "1.2.3.4:80", "[::1]", "١٢٧.0.0.1"})
    void refusesWhatIsNotALiteral(String text) {
        assertThatThrownBy(() -> IpBlock.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void formattingAndParsingRoundTrip(@ForAll @Size(16) byte[] bytes) {
        byte[] normalised = IpAddresses.normalize(bytes);
        assertThat(IpAddresses.parse(IpAddresses.format(normalised))).isEqualTo(normalised);
    }

    @Property
    void agreesWithTheJdkOnLiterals(@ForAll @Size(16) byte[] bytes) throws Exception {
        String text = IpAddresses.format(bytes);
        // A literal: the JDK only checks it, it looks nothing up.
        assertThat(IpAddresses.parse(text)).isEqualTo(IpAddresses.bytesOf(InetAddress.getByName(text)));
    }

    @Property
    void ipv4RoundTrip(@ForAll @Size(4) byte[] bytes) {
        assertThat(IpAddresses.parse(IpAddresses.format(bytes))).isEqualTo(bytes);
    }
}
