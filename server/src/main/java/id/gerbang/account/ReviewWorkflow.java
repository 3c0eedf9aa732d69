package id.gerbang.account;

import id.gerbang.agreement.AgencyId;
import id.gerbang.common.AdministrativeAction;
import id.gerbang.common.CommonError;
import id.gerbang.common.ErrorCode;
import id.gerbang.common.GerbangException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The one review workflow of agency-scoped requests that a registry administrator decides (IP
 * registrations, user-ID applications, quota-increase requests, and the next kinds): reading one
 * (only who may see its agency), its history, locking one in the status a transition needs (the
 * caller's right to act for the agency checked <em>before</em> the status, so that another
 * agency's caller learns nothing of it: issue 13 point 5), and recording a transition (the history
 * row, the {@link AdministrativeAction} with the states before and after). What each kind stores
 * on a decision stays in its own service and repository; the rules of who decides stay there too.
 *
 * @param <R> the reviewed record
 * @param <S> its status
 */
public final class ReviewWorkflow<R extends ReviewWorkflow.Reviewed<S>, S extends Enum<S>> {

    /** A reviewed record: its id, the agency it belongs to, its status and its state for the audit log. */
    public interface Reviewed<S extends Enum<S>> {
        long id();

        AgencyId agency();

        S status();

        Map<String, Object> auditState();
    }

    /** Where the records of one kind are kept. */
    public interface Store<R, S extends Enum<S>> {
        Optional<R> find(long id);

        /** The record, locked until the transaction ends. */
        Optional<R> findForUpdate(long id);

        /** Appends a status change to the record's history; nothing for a kind that keeps none. */
        default void addEvent(long id, @Nullable S from, S to, String actor, Instant at, @Nullable String reason) {
        }

        /** The record's status changes, oldest first; none for a kind that keeps none. */
        default List<StatusChange> events(long id) {
            return List.of();
        }
    }

    private final Store<R, S> store;
    private final String auditType;
    private final ErrorCode notFound;
    private final ErrorCode wrongStatus;
    private final ApplicationEventPublisher events;

    /**
     * @param auditType   the administrative log's object type ({@code registered-ip})
     * @param notFound    the error when there is no such record
     * @param wrongStatus the error when it is not in the status a transition needs (its status as argument)
     */
    public ReviewWorkflow(Store<R, S> store, String auditType, ErrorCode notFound, ErrorCode wrongStatus,
            ApplicationEventPublisher events) {
        this.store = store;
        this.auditType = auditType;
        this.notFound = notFound;
        this.wrongStatus = wrongStatus;
        this.events = events;
    }

    /** The record, for whoever may see its agency (others get {@code FORBIDDEN}). */
    public R find(Actor actor, long id) {
        R record = load(id);
        actor.requireMaySee(record.agency());
        return record;
    }

    public List<StatusChange> history(Actor actor, long id) {
        find(actor, id);
        return store.events(id);
    }

    /** The record as it is now, without any check. */
    public R load(long id) {
        return store.find(id).orElseThrow(() -> new GerbangException(notFound));
    }

    /**
     * The record, locked, in {@code expected} status; when {@code actsFor} is given, its right to act
     * for the record's agency is checked first.
     */
    public R locked(long id, S expected, @Nullable Actor actsFor) {
        R record = store.findForUpdate(id).orElseThrow(() -> new GerbangException(notFound));
        if (actsFor != null) {
            actsFor.requireActsFor(record.agency());
        }
        if (record.status() != expected) {
            throw new GerbangException(wrongStatus, record.status().name());
        }
        return record;
    }

    /** Records a new record's first status and announces it: {@code action} with no state before. */
    public R created(Actor actor, long id, S initial, Instant at, String action, @Nullable String reason) {
        store.addEvent(id, null, initial, actor.userId(), at, reason);
        R saved = load(id);
        events.publishEvent(new AdministrativeAction(actor.userId(), action, auditType, Long.toString(id), null,
                saved.auditState(), reason));
        return saved;
    }

    /**
     * Records a transition already stored by the kind's repository: its history row and
     * {@code action} with the states before and after.
     *
     * @return the record after the transition
     */
    public R transitioned(Actor actor, R before, S to, Instant at, String action, @Nullable String reason) {
        store.addEvent(before.id(), before.status(), to, actor.userId(), at, reason);
        R after = load(before.id());
        events.publishEvent(new AdministrativeAction(actor.userId(), action, auditType, Long.toString(before.id()),
                before.auditState(), after.auditState(), reason));
        return after;
    }

    /** Decisions are the registry administrators'. */
    public static void requireRegistryAdmin(Actor actor) {
        if (!actor.isRegistryAdmin()) {
            throw new GerbangException(CommonError.FORBIDDEN);
        }
    }
}
