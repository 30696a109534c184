package org.ganlab.engine.data;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on 127.0.0.1 only, serving byte arrays by path with {@code Range} support, that
 * can cut its first response short (a broken connection) and records the Range headers it saw.
 */
final class LoopbackServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    final List<String> ranges = new CopyOnWriteArrayList<>();
    /** How many of the next responses end after half their body. */
    final AtomicInteger truncateNext = new AtomicInteger();

    LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    void put(String name, byte[] content) {
        files.put("/" + name, content);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    URI url(String name) {
        return URI.create(baseUrl() + name);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = files.get(exchange.getRequestURI().getPath());
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String range = exchange.getRequestHeaders().getFirst("Range");
            ranges.add(range == null ? "none" : range);
            int from = range == null ? 0 : Integer.parseInt(range.replaceAll("bytes=(\\d+)-.*", "$1"));
            if (from >= body.length) {
                exchange.sendResponseHeaders(416, -1);
                return;
            }
            if (from > 0) {
                exchange.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
            }
            exchange.sendResponseHeaders(from > 0 ? 206 : 200, body.length - from);
            OutputStream out = exchange.getResponseBody();
            int end = truncateNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? from + (body.length - from) / 2 : body.length;
            out.write(body, from, end - from);
            out.flush();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
