package id.gerbang.common;

import java.util.function.Consumer;

/**
 * One node (H2): the module events that a change publishes already empty this node's caches when
 * it commits, and there is no other node to tell.
 */
public final class LocalChangeBroadcast implements ChangeBroadcast {

    @Override
    public void announce(String topic, String id) {
        // one node: the local events have done the work
    }

    @Override
    public void subscribe(String topic, Consumer<String> handler) {
        // no other node announces anything
    }

    @Override
    public boolean listening() {
        return true;
    }
}
