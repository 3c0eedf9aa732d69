package id.gerbang.account.internal;

import id.gerbang.account.AccountError;
import id.gerbang.account.Actor;
import id.gerbang.common.AdministrativeAction;
import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Source addresses blocked after repeated failed sign-ins, for administrators. */
@Service
public class SourceBlocks {

    private final LoginAttempts attempts;
    private final ApplicationEventPublisher events;

    SourceBlocks(LoginAttempts attempts, ApplicationEventPublisher events) {
        this.attempts = attempts;
        this.events = events;
    }

    public List<LoginAttempts.BlockedSource> blocked() {
        return attempts.blockedSources();
    }

    @Transactional
    public void unblock(Actor actor, String addressText, String reason) {
        if (!actor.isRegistryAdmin()) {
            throw new GerbangException(CommonError.FORBIDDEN);
        }
        String address;
        try {
            address = IpAddresses.format(IpAddresses.parse(addressText));
        } catch (IllegalArgumentException e) {
            throw new GerbangException(AccountError.IP_INVALID, Map.of("address", "account.ip.invalid"));
        }
        boolean wasBlocked = attempts.unblockSource(address);
        events.publishEvent(new AdministrativeAction(actor.userId(), "account.source-unblocked", "source-address",
                address, Map.of("blocked", wasBlocked), Map.of("blocked", false), reason));
    }
}
