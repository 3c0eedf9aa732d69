package id.gerbang.common;

import java.util.function.Consumer;

/**
 * Tells the other nodes of a cluster that something their caches hold changed (issue 20, ADR 0140):
 * a user's credentials, an agreement, an agency, the registered addresses. On PostgreSQL the
 * announcement is a {@code NOTIFY} on {@value #CHANNEL} sent inside the changing transaction, so
 * the other nodes get it exactly when, and only if, the change commits; every node {@code LISTEN}s
 * on a dedicated connection ({@link PostgresChangeBroadcast}). On H2 there is one node and the
 * module events already empty its caches, so nothing is sent ({@link LocalChangeBroadcast}).
 *
 * <p>The periodic refresh of every cache stays as the safety net (an announcement lost while a
 * node's listening connection was down). Payloads carry a topic and an identifier (an agreement
 * number, a user id), never personal data.
 */
public interface ChangeBroadcast {

    /** The PostgreSQL notification channel. */
    String CHANNEL = "gerbang_changes";

    /**
     * Announces that {@code id} of {@code topic} changed, to the other nodes, when the current
     * transaction commits (at once without one). Does nothing while this node is applying another
     * node's announcement, so an announcement never echoes.
     *
     * @param topic a short word without spaces ({@code account}, {@code agreement}, ...)
     * @param id    the changed thing's identifier, without spaces; no personal data
     */
    void announce(String topic, String id);

    /** Calls {@code handler} with the identifier whenever another node announces a change of {@code topic}. */
    void subscribe(String topic, Consumer<String> handler);

    /** Whether announcements from other nodes can arrive now (always true with one node). */
    boolean listening();
}
