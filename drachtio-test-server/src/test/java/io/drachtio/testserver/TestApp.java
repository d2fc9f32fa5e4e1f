package io.drachtio.testserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.SipMessageParser;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.wire.CdrEvent;
import io.drachtio.wire.Reply;
import io.drachtio.wire.ServerMessage;
import io.drachtio.wire.ServerMessageParser;
import io.drachtio.wire.SipEvent;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal application for behaviour tests: it talks to the test server with raw frames over a
 * real socket and reads the server's frames into the wire layer's typed messages.
 */
final class TestApp implements AutoCloseable {

    private static final AtomicInteger IDS = new AtomicInteger();

    private final RawControlClient client;

    private TestApp(RawControlClient client) {
        this.client = client;
    }

    /** Connects without authenticating. */
    static TestApp connect(DrachtioTestServer server) {
        return new TestApp(RawControlClient.connect(server.adminPort()));
    }

    /** Connects, authenticates with {@code cymru} and registers the given routes. */
    static TestApp connect(DrachtioTestServer server, String... routes) {
        TestApp app = connect(server);
        assertThat(app.command("authenticate|cymru|").isOk()).isTrue();
        for (String route : routes) {
            assertThat(app.command("route|" + route).isOk()).isTrue();
        }
        return app;
    }

    /** Returns a fresh command id. */
    static String newId() {
        return String.format("a1b2c3d4-0000-4000-8000-%012d", IDS.incrementAndGet());
    }

    /** Sends {@code <id>|<rest>} and returns the next message, which must be the reply to it. */
    Reply command(String rest) {
        String id = newId();
        send(id + "|" + rest);
        Reply reply = nextReply();
        assertThat(reply.commandId()).as("reply to %s", rest).isEqualTo(id);
        return reply;
    }

    /** Sends a payload as one frame. */
    void send(String payload) {
        client.send(payload);
    }

    /** Answers a delivered request. */
    Reply respond(String transactionId, String response) {
        return command("sip|" + transactionId + "|\r\n" + response);
    }

    /** Sends a new request outside any dialog. */
    Reply request(String request) {
        return command("sip||\r\n" + request);
    }

    /** Sends a request inside a dialog. */
    Reply requestInDialog(String dialogId, String request) {
        return command("sip||" + dialogId + "\r\n" + request);
    }

    /** Reads the next message. */
    ServerMessage next() {
        return ServerMessageParser.parse(client.readPayload().getBytes(StandardCharsets.UTF_8));
    }

    /** Reads the next message, which must be a reply. */
    Reply nextReply() {
        ServerMessage message = next();
        assertThat(message).isInstanceOf(Reply.class);
        return (Reply) message;
    }

    /** Reads the next message, which must be a SIP event. */
    SipEvent nextSipEvent() {
        ServerMessage message = next();
        assertThat(message).isInstanceOf(SipEvent.class);
        return (SipEvent) message;
    }

    /** Reads the next message, which must be a CDR. */
    CdrEvent nextCdr() {
        ServerMessage message = next();
        assertThat(message).isInstanceOf(CdrEvent.class);
        return (CdrEvent) message;
    }

    /** Asserts that nothing else was sent to this application: a ping is answered next. */
    void assertNothingPending() {
        Reply pong = command("ping");
        assertThat(pong.pong()).isEqualTo("pong");
    }

    /** Tells whether the server closed the connection without sending anything else. */
    boolean closedByServer() {
        return client.closedByServer();
    }

    RawControlClient raw() {
        return client;
    }

    static SipRequest request(ServerMessage message) {
        return SipMessageParser.parseRequest(message.sip());
    }

    static SipResponse response(ServerMessage message) {
        return SipMessageParser.parseResponse(message.sip());
    }

    static String text(ServerMessage message) {
        return new String(message.sip(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        client.close();
    }
}
