package id.gerbang.bench.load;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The HTTP floor: the cheapest answer the JDK gives, to drive with the load generator beside the
 * gateway. The JDK's built-in server with its one dispatcher thread answers every request on
 * 127.0.0.1 with the same small JSON body, without a database or any work. Its latency at a rate is
 * what HTTP and the load generator alone cost on the machine at hand (bench/README.md, "Floors by
 * hand"); the load generator counts its answers as unexpected outcomes, which does not change
 * their latency.
 *
 * <p>Usage: {@code java -cp bench/loadgen/target/gerbang-loadgen.jar id.gerbang.bench.load.HttpFloor PORT}
 */
public final class HttpFloor {

    static final byte[] BODY = "{\"content\":[{\"RESPON\":\"floor\"}],\"lastPage\":true,\"numberOfElements\":1}"
            .getBytes(StandardCharsets.UTF_8);

    private HttpFloor() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: HttpFloor PORT");
            System.exit(2);
        }
        HttpServer server = start(Integer.parseInt(args[0]));
        System.err.println("HttpFloor: answering on 127.0.0.1:" + server.getAddress().getPort());
    }

    /** Starts the floor on {@code port} of the loopback address (0: any free port). */
    static HttpServer start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, BODY.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(BODY);
            }
        });
        server.start(); // no executor set: the dispatcher thread answers each request itself
        return server;
    }
}
