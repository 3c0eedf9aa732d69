package id.gerbang.account.internal;

import id.gerbang.account.IpRegistration;
import id.gerbang.agreement.AgencyId;
import id.gerbang.common.ChangeBroadcast;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The active registrations of every agency, in memory. A change made on this instance invalidates
 * the snapshot when its transaction commits, and is announced to the other instances
 * ({@link ChangeBroadcast}, ADR 0140), which drop theirs when it commits; should an announcement be
 * missed, a change applies here within {@code gerbang.account.ip.cache-ttl}, when the snapshot is
 * read again from the database.
 */
@Component
public class IpAllowList {

    private record Snapshot(Map<AgencyId, List<IpBlock>> blocks, Instant loadedAt) {
    }

    private final IpRegistrationRepository registrations;
    private final Clock clock;
    private final AccountProperties.Ip settings;
    private final ChangeBroadcast broadcast;
    private volatile @Nullable Snapshot snapshot;

    IpAllowList(IpRegistrationRepository registrations, Clock clock, AccountProperties properties,
            ChangeBroadcast broadcast) {
        this.registrations = registrations;
        this.broadcast = broadcast;
        this.clock = clock;
        this.settings = properties.ip();
    }

    public boolean isRegistered(AgencyId agency, InetAddress address) {
        byte[] bytes = IpAddresses.bytesOf(address);
        for (IpBlock block : current().blocks().getOrDefault(agency, List.of())) {
            if (block.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code agency} has at least one active registration. */
    public boolean hasAny(AgencyId agency) {
        return !current().blocks().getOrDefault(agency, List.of()).isEmpty();
    }

    /**
     * Drops the snapshot once the current transaction commits (at once when there is none), here
     * and on the other instances.
     */
    public void invalidateAfterCommit() {
        broadcast.announce(ClusterAccountChanges.IP, "all");
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    snapshot = null;
                }
            });
        } else {
            snapshot = null;
        }
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s != null && now.isBefore(s.loadedAt().plus(settings.cacheTtl())) && !now.isBefore(s.loadedAt())) {
            return s;
        }
        synchronized (this) {
            s = snapshot;
            if (s != null && now.isBefore(s.loadedAt().plus(settings.cacheTtl())) && !now.isBefore(s.loadedAt())) {
                return s;
            }
            Map<AgencyId, List<IpBlock>> blocks = new HashMap<>();
            for (IpRegistration r : registrations.active()) {
                blocks.computeIfAbsent(r.agency(), a -> new java.util.ArrayList<>()).add(IpBlock.parse(r.network()));
            }
            blocks.replaceAll((agency, list) -> List.copyOf(list));
            s = new Snapshot(Map.copyOf(blocks), now);
            snapshot = s;
            return s;
        }
    }
}
