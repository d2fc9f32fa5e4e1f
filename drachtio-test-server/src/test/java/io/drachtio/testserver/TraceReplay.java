package io.drachtio.testserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.SipMessageParser;
import io.drachtio.wire.trace.Direction;
import io.drachtio.wire.trace.WireTrace;
import io.drachtio.wire.trace.WireTraceFrame;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replays a recorded trace against a test server: raw clients send the recorded client frames
 * (with this run's ids), the test plays the SIP side the way the trace's peers did (the recorded
 * SIP messages themselves are sent or answered), and every server frame must equal the recorded
 * one up to generated values ({@link TraceIds}).
 */
final class TraceReplay implements AutoCloseable {

    private final DrachtioTestServer server;
    private final WireTrace trace;
    private final TraceIds ids = new TraceIds();
    private final Map<Integer, RawControlClient> clients = new LinkedHashMap<>();
    private final Map<Integer, String> lastStatus = new LinkedHashMap<>();
    private final Set<String> injectedBranches = new HashSet<>();
    private final List<NetworkTransaction> injected = new ArrayList<>();
    private final Set<String> answeredTrying = new HashSet<>();

    TraceReplay(DrachtioTestServer server, WireTrace trace) {
        this.server = server;
        this.trace = trace;
    }

    /** Replays every frame of the trace, in order. */
    void run() {
        scriptProxyTargets();
        for (WireTraceFrame frame : trace.frames()) {
            RawControlClient client = clients.computeIfAbsent(frame.connection(),
                    connection -> RawControlClient.connect(server.adminPort()));
            if (frame.direction() == Direction.C2S) {
                client.send(ids.translate(frame.payloadText()));
            } else {
                playNetworkSide(frame);
                ids.assertMatches(frame.payloadText(), client.readPayload(), frame);
                lastStatus.put(frame.connection(), frame.fields().length > 3 ? frame.fields()[3] : "");
            }
        }
    }

    /**
     * Checks that no connection received anything beyond the trace: a connection whose last
     * reply was {@code NO} was closed by the server; every other one answers a ping next.
     */
    void assertNothingElse() {
        for (Map.Entry<Integer, RawControlClient> entry : clients.entrySet()) {
            RawControlClient client = entry.getValue();
            if ("NO".equals(lastStatus.get(entry.getKey()))) {
                assertThat(client.closedByServer()).as("connection %s closed after NO", entry.getKey()).isTrue();
            } else {
                client.send("ffffffff-0000-4000-8000-000000000001|ping");
                assertThat(client.readPayload()).as("next frame on connection %s", entry.getKey())
                        .endsWith("|response|ffffffff-0000-4000-8000-000000000001|OK|pong");
            }
        }
    }

    /** Returns the network transactions this replay started, in order. */
    List<NetworkTransaction> injected() {
        return injected;
    }

    private void playNetworkSide(WireTraceFrame frame) {
        String[] fields = frame.fields();
        String type = fields[1];
        String sip = new String(frame.sip(), StandardCharsets.UTF_8);
        if ("sip".equals(type)) {
            if ("unsolicited".equals(fields[8])) {
                server.clock().advance(Duration.ofSeconds(32));
            } else if (sip.startsWith("SIP/")) {
                answer(ids.actual(fields[8]), sip);
            } else {
                inject(sip);
            }
        } else if (type.startsWith("cdr:") && "network".equals(fields[2]) && !sip.startsWith("SIP/")
                && !injectedBranches.contains(topBranch(sip))) {
            inject(sip);
        }
    }

    private void inject(String recordedSip) {
        String request = withoutAddedRport(ids.translate(recordedSip));
        injectedBranches.add(topBranch(recordedSip));
        injected.add(server.sendRequest(request));
    }

    private void answer(String transactionId, String recordedResponse) {
        AppRequest request = server.networkRequests().stream()
                .filter(sent -> sent.transactionId().equals(transactionId)).findFirst()
                .orElseThrow(() -> new AssertionError("no request with transaction id " + transactionId));
        if ("INVITE".equals(request.method()) && answeredTrying.add(transactionId)) {
            request.respond(100);
        }
        request.respond(ids.translate(recordedResponse));
    }

    private void scriptProxyTargets() {
        Map<String, String> answers = new LinkedHashMap<>();
        Set<String> destinations = new HashSet<>();
        for (WireTraceFrame frame : trace.frames()) {
            String[] fields = frame.fields();
            if (fields.length < 2) {
                continue;
            }
            if (frame.direction() == Direction.C2S && "proxy".equals(fields[1]) && fields.length > 9) {
                destinations.addAll(List.of(fields).subList(9, fields.length));
            } else if (frame.direction() == Direction.S2C && fields.length > 12 && "continue".equals(fields[12])) {
                answers.put("sip:" + fields[7] + ":" + fields[8], new String(frame.sip(), StandardCharsets.UTF_8));
            }
        }
        for (String destination : destinations) {
            String recorded = answers.get(destination);
            if (recorded == null) {
                server.proxyTarget(destination).answers(180);
            } else {
                server.proxyTarget(destination).answersWith(forwarded -> {
                    ids.bind(topBranch(recorded), forwarded.topVia().branch());
                    return ids.translate(recorded);
                });
            }
        }
    }

    private static String topBranch(String sip) {
        return SipMessageParser.parse(sip).topVia().branch();
    }

    /** Removes the {@code ;rport=<port>} the server's stack appended to the top Via. */
    private static String withoutAddedRport(String delivered) {
        int via = delivered.indexOf("\r\nVia: ");
        int end = delivered.indexOf("\r\n", via + 2);
        int comma = delivered.indexOf(',', via + 2);
        int valueEnd = comma >= 0 && comma < end ? comma : end;
        String value = delivered.substring(via, valueEnd);
        int rport = value.lastIndexOf(";rport=");
        if (rport < 0) {
            return delivered;
        }
        return delivered.substring(0, via + rport) + delivered.substring(valueEnd);
    }

    @Override
    public void close() {
        clients.values().forEach(RawControlClient::close);
    }
}
