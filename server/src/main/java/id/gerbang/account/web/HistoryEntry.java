package id.gerbang.account.web;

import id.gerbang.account.StatusChange;
import id.gerbang.account.internal.UserRepository;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step in the history of an application, a registration or an account. */
record HistoryEntry(@Nullable String from, String to, String actor, Instant at, @Nullable String reason) {

    static HistoryEntry of(StatusChange c) {
        return new HistoryEntry(c.from(), c.to(), c.actor(), c.at(), c.reason());
    }

    static HistoryEntry of(UserRepository.UserEvent e) {
        return new HistoryEntry(null, e.action(), e.actor(), e.at(), e.reason());
    }
}
