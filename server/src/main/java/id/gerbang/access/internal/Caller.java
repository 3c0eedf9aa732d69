package id.gerbang.access.internal;

import id.gerbang.agreement.AgencyId;
import java.net.InetAddress;

/**
 * A caller that passed every check up to and including the registered-IP check: its service
 * account, agency, and the agreement it acts under, as in force today.
 */
public record Caller(String userId, AgencyId agency, AgreementContext agreement, InetAddress source) {
}
