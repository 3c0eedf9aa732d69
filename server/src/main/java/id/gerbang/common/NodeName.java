package id.gerbang.common;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * This node's name in a cluster, stable across its restarts (issue 20): {@code gerbang.node.name}
 * ({@code GERBANG_NODE_NAME}), by default the host name and the HTTP port ({@code app1:8080}), so
 * two nodes on one machine differ. Work that only this node can finish (an uploaded workbook held in
 * its memory) is marked with it, so that another node's start does not take it for abandoned.
 */
@Component
public class NodeName {

    private final String value;

    public NodeName(Environment environment) {
        String configured = environment.getProperty("gerbang.node.name", "").strip();
        this.value = configured.isEmpty()
                ? host() + ":" + environment.getProperty("server.port", "8080")
                : configured;
    }

    public String value() {
        return value;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
