package id.gerbang.account;

import id.gerbang.account.internal.IpAllowList;
import id.gerbang.agreement.AgencyId;
import java.net.InetAddress;
import org.springframework.stereotype.Service;

/**
 * Whether a connection's source address is registered for an agency (juknis item 2.k), answered
 * from memory. CIDR blocks of both families match; an IPv4-mapped IPv6 address
 * ({@code ::ffff:127.0.0.1}) is its IPv4 address, while {@code ::1} is not {@code 127.0.0.1}.
 */
@Service
public class RegisteredIps {

    private final IpAllowList allowList;

    RegisteredIps(IpAllowList allowList) {
        this.allowList = allowList;
    }

    public boolean isRegistered(AgencyId agency, InetAddress address) {
        return allowList.isRegistered(agency, address);
    }
}
