package io.drachtio.client.internal;

import io.drachtio.client.ClientObserver;
import io.drachtio.client.ConnectionEvent;
import io.drachtio.client.ConnectionOptions;
import io.drachtio.client.IncomingRequest;
import io.drachtio.client.RequestHandler;
import io.drachtio.client.ServerInfo;
import io.drachtio.wire.HostPort;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A ready {@link Session} on an {@link EmbeddedChannel} with the real pipeline: the test plays the
 * server by writing frames in and reading the client's frames out, and moves the clock by hand (the
 * channel's clock is frozen: only {@link #advance} moves it, however long the code under test takes).
 */
final class EmbeddedSession {

    static final Duration REPLY_TIMEOUT = Duration.ofSeconds(5);
    static final int MAX_FRAME = 4096;

    final EmbeddedChannel channel = new EmbeddedChannel();
    final List<IncomingRequest> delivered = new CopyOnWriteArrayList<>();
    final List<IncomingRequest> unsolicited = new CopyOnWriteArrayList<>();
    final List<ConnectionEvent> events = new CopyOnWriteArrayList<>();
    final ClientContext context;
    final InboundConnection connection;
    final Session session;
    private final StringBuilder pendingOutbound = new StringBuilder();

    EmbeddedSession() {
        this(request -> { }, ClientObserver.NOOP);
    }

    EmbeddedSession(RequestHandler handler, ClientObserver observer) {
        this(handler, List.of(observer));
    }

    EmbeddedSession(RequestHandler handler, List<ClientObserver> observers) {
        RequestHandler recording = request -> {
            delivered.add(request);
            handler.handle(request);
        };
        channel.freezeTime();
        context = new ClientContext(recording, unsolicited::add, new CdrDispatcher(Map.of()),
                new ObserverNotifier(observers), new EventPublisher(), new RouteTable(List.of("invite")),
                new InFlightTransactions());
        context.events().events().subscribe(events::add);
        connection = new InboundConnection(ConnectionOptions.builder("127.0.0.1", 9022, "cymru").name("embedded")
                .replyTimeout(REPLY_TIMEOUT).maxFrameLength(MAX_FRAME).build(), context);
        session = new Session(channel, connection, context, REPLY_TIMEOUT);
        ConnectionPipeline.install(channel, MAX_FRAME, session);
        connection.ready(session, new ServerInfo(List.of(new HostPort("udp", "127.0.0.1", 5160)), "v0.9.10",
                List.of()));
    }

    /** The server sends one frame (the length prefix is added). */
    void serverSends(String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        channel.writeInbound(Unpooled.wrappedBuffer((bytes.length + "#").getBytes(StandardCharsets.US_ASCII), bytes));
        channel.runPendingTasks();
    }

    /** @return the payloads of the frames the client wrote since the last call */
    List<String> clientFrames() {
        channel.runPendingTasks();
        for (Object out = channel.readOutbound(); out != null; out = channel.readOutbound()) {
            ByteBuf buffer = (ByteBuf) out;
            pendingOutbound.append(buffer.toString(StandardCharsets.UTF_8));
            buffer.release();
        }
        List<String> frames = new ArrayList<>();
        while (true) {
            int hash = pendingOutbound.indexOf("#");
            if (hash < 0) {
                break;
            }
            int length = Integer.parseInt(pendingOutbound.substring(0, hash));
            byte[] rest = pendingOutbound.substring(hash + 1).getBytes(StandardCharsets.UTF_8);
            String payload = new String(rest, 0, length, StandardCharsets.UTF_8);
            frames.add(payload);
            pendingOutbound.delete(0, hash + 1 + payload.length());
        }
        return frames;
    }

    /** @return the only frame the client wrote since the last call */
    String onlyClientFrame() {
        List<String> frames = clientFrames();
        if (frames.size() != 1) {
            throw new AssertionError("expected one frame, got " + frames);
        }
        return frames.get(0);
    }

    /** @return the message id (field 0) of a client frame */
    static String idOf(String frame) {
        return frame.substring(0, frame.indexOf('|'));
    }

    /** Moves the embedded clock forward and runs what became due. */
    void advance(Duration time) {
        channel.advanceTimeBy(time.toNanos(), TimeUnit.NANOSECONDS);
        channel.runScheduledPendingTasks();
        channel.runPendingTasks();
    }

    /** The server closes the connection. */
    void serverCloses() {
        channel.close();
        channel.runPendingTasks();
    }

    // ---- server frames, in the layouts of reference §6 ----

    static String ok(String commandId) {
        return "srv-" + commandId + "|response|" + commandId + "|OK";
    }

    static String nok(String commandId, String text) {
        return "srv-" + commandId + "|response|" + commandId + "|NOK|" + text;
    }

    static String newRequest(String transactionId, String sip) {
        return "srv|sip|network|" + bytes(sip) + "|udp|127.0.0.1|5061|10:00:00.000001|" + transactionId
                + "||127.0.0.1|5160|\r\n" + sip;
    }

    static String inDialog(String transactionId, String dialogId, String protocol, String sip) {
        return "srv|sip|network|" + bytes(sip) + "|" + protocol + "|127.0.0.1|5061|10:00:00.000002|" + transactionId
                + "|" + dialogId + "|\r\n" + sip;
    }

    static String responseSent(String commandId, String transactionId, String dialogId, String sip) {
        return "srv|response|" + commandId + "|OK|application|" + bytes(sip) + "|udp|127.0.0.1|5061|10:00:00.000003|"
                + transactionId + "|" + dialogId + "||Msg sent:|\r\n" + sip;
    }

    static String requestSent(String commandId, String transactionId, String sip) {
        return "srv|response|" + commandId + "|OK|application|" + bytes(sip) + "|udp|127.0.0.1|5160|10:00:00.000004|"
                + transactionId + "|Msg sent:|\r\n" + sip;
    }

    static String response(String transactionId, String dialogId, String sip) {
        return "srv|sip|network|" + bytes(sip) + "|udp|127.0.0.1|5070|10:00:00.000005|" + transactionId + "|"
                + dialogId + "|\r\n" + sip;
    }

    private static int bytes(String sip) {
        return sip.getBytes(StandardCharsets.UTF_8).length;
    }

    // ---- SIP text ----

    static final String CALL_ID = "call-1@127.0.0.1";
    static final String DIALOG_ID = CALL_ID + ";from-tag=caller";

    static String invite() {
        return request("INVITE", 1, "");
    }

    static String request(String method, int cseq, String toTag) {
        return method + " sip:1000@127.0.0.1:5160 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-1;rport=5061\r\n"
                + "From: <sip:alice@127.0.0.1:5061>;tag=caller\r\n"
                + "To: <sip:1000@127.0.0.1:5160>" + toTag + "\r\n"
                + "Call-ID: " + CALL_ID + "\r\n"
                + "CSeq: " + cseq + " " + method + "\r\n"
                + "Content-Length: 0\r\n\r\n";
    }

    static String sipResponse(int status, String reason, String method, int cseq, String extraHeaders) {
        return "SIP/2.0 " + status + " " + reason + "\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-1;rport=5061\r\n"
                + "From: <sip:alice@127.0.0.1:5061>;tag=caller\r\n"
                + "To: <sip:1000@127.0.0.1:5160>;tag=callee\r\n"
                + "Call-ID: " + CALL_ID + "\r\n"
                + "CSeq: " + cseq + " " + method + "\r\n"
                + extraHeaders
                + "Content-Length: 0\r\n\r\n";
    }
}
