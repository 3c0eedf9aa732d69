package id.gerbang.quota.internal;

import id.gerbang.account.UserId;
import id.gerbang.quota.QuotaOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The usage counters in the database and the one operation that changes them: grant a batch of
 * requests for one agreement and day, exactly (docs/adr/0027). Exactness comes from the database:
 * <ul>
 * <li>fast path (no user quotas in the batch): one statement
 *     {@code update ... set used = used + n where ... and used + n <= limit}; the row lock and the
 *     re-checked condition make concurrent batches from any number of server instances add up to
 *     at most the limit;</li>
 * <li>exact path (near the limit, or user quotas): the agreement row and then the users' rows, in
 *     user-ID order, are read {@code for update}; grants are handed out in arrival order and written
 *     back in the same transaction.</li>
 * </ul>
 * A denied request never changes a counter. A failed transaction changes nothing.
 *
 * <p>Far from the limit the fast path may also reserve a block of units for the calling server
 * instance ({@code used = used + n + block where ... and used + n + block <= limit},
 * docs/adr/0052): the block is counted in the database at once, so leases of any number of
 * instances and the grants of all add up to at most the limit. Unspent units go back with
 * {@link #release}.
 *
 * <p>Every transaction here is a new one (never joined to a caller's): a batch decides for other
 * threads' requests, and a reserved block is handed out from memory, so neither may be rolled back
 * by someone else's failure.
 */
@Component
public class CounterStore {

    /** One request in a batch: the user, and the user's limit that day ({@code null}: none). */
    public record Ask(@Nullable UserId user, @Nullable Long userLimit) {
    }

    /**
     * The outcome of each ask, in order; the units reserved for the caller on top of the grants
     * (0: none); and whether a block was asked for and did not fit on an existing counter (the
     * agreement is within a block of its limit).
     */
    public record Grant(List<QuotaOutcome> outcomes, long leased, boolean blockRefused) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    CounterStore(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        TransactionTemplate own = new TransactionTemplate(Objects.requireNonNull(tx.getTransactionManager()));
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.tx = own;
    }

    /** The outcome of each ask, in order (no block reserved). */
    public List<QuotaOutcome> grant(long agreement, LocalDate day, long agreementLimit, List<Ask> asks) {
        return grant(agreement, day, agreementLimit, asks, 0).outcomes();
    }

    /**
     * Decides the asks and, when {@code block > 0}, none of them has a user limit and the counter
     * has room for the asks and the block, reserves the block too in the same statement. When the
     * block does not fit, the batch is decided as without one.
     */
    public Grant grant(long agreement, LocalDate day, long agreementLimit, List<Ask> asks, long block) {
        int n = asks.size();
        if (agreementLimit <= 0) {
            return new Grant(nCopies(n, QuotaOutcome.EXHAUSTED_AGREEMENT), 0, false);
        }
        boolean userLimits = asks.stream().anyMatch(a -> a.user() != null && a.userLimit() != null);
        boolean withBlock = block > 0 && !userLimits;
        return Objects.requireNonNull(tx.execute(status -> {
            if (withBlock && addIfRoom(agreement, day, n + block, agreementLimit)) {
                return new Grant(nCopies(n, QuotaOutcome.GRANTED), block, false);
            }
            if (!userLimits && addIfRoom(agreement, day, n, agreementLimit)) {
                return new Grant(nCopies(n, QuotaOutcome.GRANTED), 0, withBlock);
            }
            Exact exact = exact(agreement, day, agreementLimit, asks);
            return new Grant(exact.outcomes(), 0, withBlock && !exact.counterCreated());
        }));
    }

    /**
     * Gives back {@code units} reserved earlier with {@link #grant(long, LocalDate, long, List, long)}
     * and not handed out. In a transaction of its own: it may run after another one has committed.
     */
    public void release(long agreement, LocalDate day, long units) {
        if (units <= 0) {
            return;
        }
        tx.executeWithoutResult(status ->
                jdbc.sql("update quota_agreement_usage set used = used - ? where agreement_id = ? and usage_day = ?")
                        .params(units, agreement, day).update());
    }

    private boolean addIfRoom(long agreement, LocalDate day, long n, long limit) {
        return jdbc.sql("update quota_agreement_usage set used = used + ? "
                        + "where agreement_id = ? and usage_day = ? and used + ? <= ?")
                .params(n, agreement, day, n, limit).update() == 1;
    }

    private record Exact(List<QuotaOutcome> outcomes, boolean counterCreated) {
    }

    private Exact exact(long agreement, LocalDate day, long agreementLimit, List<Ask> asks) {
        boolean created = jdbc.sql("insert into quota_agreement_usage (agreement_id, usage_day, used) values (?, ?, 0) "
                        + "on conflict do nothing")
                .params(agreement, day).update() == 1;
        long agreementUsed = jdbc.sql("select used from quota_agreement_usage where agreement_id = ? and usage_day = ? "
                        + "for update")
                .params(agreement, day).query(Long.class).single();
        Map<UserId, Long> userLimits = new TreeMap<>();
        for (Ask a : asks) {
            if (a.user() != null && a.userLimit() != null) {
                userLimits.put(a.user(), a.userLimit());
            }
        }
        Map<UserId, Long> userUsed = new HashMap<>();
        for (UserId user : userLimits.keySet()) {
            jdbc.sql("insert into quota_user_usage (agreement_id, user_id, usage_day, used) values (?, ?, ?, 0) "
                            + "on conflict do nothing")
                    .params(agreement, user.value(), day).update();
            userUsed.put(user, jdbc.sql("select used from quota_user_usage where agreement_id = ? and user_id = ? "
                            + "and usage_day = ? for update")
                    .params(agreement, user.value(), day).query(Long.class).single());
        }
        List<QuotaOutcome> outcomes = new ArrayList<>(asks.size());
        long granted = 0;
        Map<UserId, Long> userGranted = new HashMap<>();
        for (Ask a : asks) {
            if (agreementUsed + granted >= agreementLimit) {
                outcomes.add(QuotaOutcome.EXHAUSTED_AGREEMENT);
                continue;
            }
            Long userLimit = a.user() == null ? null : userLimits.get(a.user());
            if (userLimit != null) {
                long already = userUsed.get(a.user()) + userGranted.getOrDefault(a.user(), 0L);
                if (already >= userLimit) {
                    outcomes.add(QuotaOutcome.EXHAUSTED_USER);
                    continue;
                }
                userGranted.merge(a.user(), 1L, Long::sum);
            }
            granted++;
            outcomes.add(QuotaOutcome.GRANTED);
        }
        if (granted > 0) {
            jdbc.sql("update quota_agreement_usage set used = used + ? where agreement_id = ? and usage_day = ?")
                    .params(granted, agreement, day).update();
        }
        userGranted.forEach((user, count) ->
                jdbc.sql("update quota_user_usage set used = used + ? where agreement_id = ? and user_id = ? and usage_day = ?")
                        .params(count, agreement, user.value(), day).update());
        return new Exact(outcomes, created);
    }

    public long agreementUsed(long agreement, LocalDate day) {
        return jdbc.sql("select used from quota_agreement_usage where agreement_id = ? and usage_day = ?")
                .params(agreement, day).query(Long.class).optional().orElse(0L);
    }

    /** Used units per day within {@code from..to}; days without a row are absent. */
    public Map<LocalDate, Long> agreementUsedBetween(long agreement, LocalDate from, LocalDate to) {
        Map<LocalDate, Long> used = new HashMap<>();
        jdbc.sql("select usage_day, used from quota_agreement_usage where agreement_id = ? and usage_day between ? and ?")
                .params(agreement, from, to)
                .query(rs -> {
                    used.put(rs.getObject("usage_day", LocalDate.class), rs.getLong("used"));
                });
        return used;
    }

    public long userUsed(long agreement, UserId user, LocalDate day) {
        return jdbc.sql("select used from quota_user_usage where agreement_id = ? and user_id = ? and usage_day = ?")
                .params(agreement, user.value(), day).query(Long.class).optional().orElse(0L);
    }

    private static List<QuotaOutcome> nCopies(int n, QuotaOutcome outcome) {
        return java.util.Collections.nCopies(n, outcome);
    }
}
