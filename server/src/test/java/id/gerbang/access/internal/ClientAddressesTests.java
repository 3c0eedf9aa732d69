package id.gerbang.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientAddressesTests {

    final ClientAddresses none = new ClientAddresses(List.of());
    final ClientAddresses proxied = new ClientAddresses(List.of("10.0.0.5", "172.16.0.0/12", "fd00::/8"));

    static String resolve(ClientAddresses a, String remote, String... forwarded) {
        return a.resolve(remote, List.of(forwarded)).getHostAddress();
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertThat(resolve(none, "203.0.113.7", "10.1.1.1")).isEqualTo("203.0.113.7");
    }

    @Test
    void aHeaderFromAnUntrustedConnectionIsIgnored() {
        assertThat(resolve(proxied, "203.0.113.7", "10.1.1.1")).isEqualTo("203.0.113.7");
    }

    @Test
    void behindATrustedProxyTheForwardedAddressCounts() {
        assertThat(resolve(proxied, "10.0.0.5", "198.51.100.20")).isEqualTo("198.51.100.20");
    }

    @Test
    void theChainIsWalkedFromTheRightThroughTrustedProxiesOnly() {
        // client claims 1.2.3.4 itself; the trusted proxies saw 198.51.100.20, then 172.16.3.3
        assertThat(resolve(proxied, "10.0.0.5", "1.2.3.4, 198.51.100.20, 172.16.3.3")).isEqualTo("198.51.100.20");
        assertThat(resolve(proxied, "10.0.0.5", "1.2.3.4", "198.51.100.20")).isEqualTo("198.51.100.20");
    }

    @Test
    void portsAndBracketsAreStripped() {
        assertThat(resolve(proxied, "10.0.0.5", "198.51.100.20:51234")).isEqualTo("198.51.100.20");
        assertThat(resolve(proxied, "10.0.0.5", "[2001:db8::1]:443")).isEqualTo("2001:db8:0:0:0:0:0:1");
    }

    @Test
    void aGarbledHopStopsTheWalkAtTheLastTrustedAddress() {
        assertThat(resolve(proxied, "10.0.0.5", "198.51.100.20, evil.example.com")).isEqualTo("10.0.0.5");
        assertThat(resolve(proxied, "10.0.0.5", "unknown")).isEqualTo("10.0.0.5");
    }

    @Test
    void ipv6BlocksAndMappedAddresses() {
        assertThat(resolve(proxied, "fd12::1", "198.51.100.20")).isEqualTo("198.51.100.20");
        assertThat(ClientAddresses.literal("::ffff:10.0.0.5")).get().extracting(InetAddress::getHostAddress).isEqualTo("10.0.0.5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "10.0.0", "10.0.0.256", "1.2.3.4.5", "gerbang.id", "::g", "01.2.3.4444"})
    void onlyLiteralsAreAddresses(String text) {
        assertThat(ClientAddresses.literal(text)).isEmpty();
    }

    @Test
    void badSettingsFailAtStartUp() {
        assertThatThrownBy(() -> new ClientAddresses(List.of("proxy.example"))).hasMessageContaining("proxy.example");
        assertThatThrownBy(() -> new ClientAddresses(List.of("10.0.0.0/33"))).hasMessageContaining("prefix");
    }
}
