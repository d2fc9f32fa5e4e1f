package io.drachtio.embedded.app;

import io.drachtio.client.ConnectionOptions;
import io.drachtio.client.DrachtioClient;
import io.drachtio.client.IncomingRequest;
import io.drachtio.client.PingPolicy;
import io.drachtio.embedded.EmbeddedDrachtioServer;
import io.drachtio.embedded.sip.time.TimerSettings;
import io.drachtio.embedded.sipp.Sipp;
import io.drachtio.wire.CdrKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * An embedded server on free ports with one application connected over the control protocol: the
 * application answers each method with the handler a test installs (BYE is answered 200 by default)
 * and records every request it got and every CDR.
 */
final class EmbeddedApp implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final String SDP = "v=0\r\no=- 1000 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
            + "m=audio 31000 RTP/AVP 0\r\n";

    private final EmbeddedDrachtioServer server;
    private final DrachtioClient client;
    private final Map<String, Consumer<IncomingRequest>> handlers = new ConcurrentHashMap<>();
    private final BlockingQueue<IncomingRequest> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> cdrs = new LinkedBlockingQueue<>();
    private final BlockingQueue<IncomingRequest> unsolicited = new LinkedBlockingQueue<>();
    private final Path workDir;

    EmbeddedApp(Path workDir) {
        this(workDir, TimerSettings.DEFAULT);
    }

    EmbeddedApp(Path workDir, TimerSettings timers) {
        this.workDir = workDir;
        this.server = EmbeddedDrachtioServer.builder().sipPort(0).timers(timers).start();
        this.client = DrachtioClient.builder()
                .connection(ConnectionOptions.builder("127.0.0.1", server.adminAddress().getPort(), server.secret())
                        .name("app").ping(PingPolicy.DISABLED).build())
                .route("invite").route("options").route("register")
                .requestHandler(this::onRequest)
                .unsolicitedListener(unsolicited::add)
                .cdrListener(cdr -> cdrs.add(cdr.kind().wireName() + ":" + cdr.detail()), CdrKind.ATTEMPT,
                        CdrKind.START, CdrKind.STOP)
                .build();
        handlers.put("BYE", request -> request.response().send(200).subscribe());
        client.start().block(WAIT);
    }

    static Path workDir(String name) throws IOException {
        return Files.createDirectories(Path.of("target", "sipp-app", name).toAbsolutePath());
    }

    private void onRequest(IncomingRequest request) {
        received.add(request);
        Consumer<IncomingRequest> handler = handlers.get(request.method());
        if (handler != null) {
            handler.accept(request);
        }
    }

    /** Installs what the application does with requests of a method. */
    void on(String method, Consumer<IncomingRequest> handler) {
        handlers.put(method, handler);
    }

    /** Answers a request with SDP (and header name/value pairs), not waiting for the server's echo. */
    void answerWithSdp(IncomingRequest request, int status, String... headers) {
        request.response().send(status, response -> {
            for (int i = 0; i + 1 < headers.length; i += 2) {
                response.headers().add(headers[i], headers[i + 1]);
            }
            response.headers().add("Content-Type", "application/sdp");
            response.setBody(SDP);
        }).subscribe();
    }

    /** Waits for the next request the application got of a method (skipping others). */
    IncomingRequest awaitRequest(String method) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            IncomingRequest next = received.poll(100, TimeUnit.MILLISECONDS);
            if (next != null && next.method().equals(method)) {
                return next;
            }
        }
        throw new AssertionError("the application got no " + method);
    }

    /** Waits for the next request the server sent on its own and reported as unsolicited. */
    IncomingRequest awaitUnsolicited() throws InterruptedException {
        IncomingRequest request = unsolicited.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (request == null) {
            throw new AssertionError("no unsolicited request arrived");
        }
        return request;
    }

    /** Waits for the next CDR ({@code cdr:start:uas}, …). */
    String awaitCdr() throws InterruptedException {
        String cdr = cdrs.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (cdr == null) {
            throw new AssertionError("no CDR arrived");
        }
        return cdr;
    }

    DrachtioClient client() {
        return client;
    }

    EmbeddedDrachtioServer server() {
        return server;
    }

    /** Starts sipp calling the embedded server. */
    Sipp caller(String scenario, boolean tcp) {
        return Sipp.start(workDir, scenario, tcp, Sipp.freePort(), "127.0.0.1:"
                + (tcp ? server.sipTcpAddress() : server.sipUdpAddress()).getPort(),
                "service");
    }

    /** Starts a sipp UAS on a free port and waits until it listens. */
    Sipp callee(String scenario, boolean tcp, int port) throws InterruptedException {
        Sipp sipp = Sipp.start(workDir, scenario, tcp, port, null, "service");
        if (tcp) {
            Sipp.awaitTcpListener(port);
        }
        return sipp;
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
