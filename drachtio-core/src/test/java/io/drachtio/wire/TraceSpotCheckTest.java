package io.drachtio.wire;

import static io.drachtio.wire.Framing.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.drachtio.wire.trace.Direction;
import io.drachtio.wire.trace.WireTrace;
import io.drachtio.wire.trace.WireTraceFrame;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Typed values read from recorded frames, checked against what the traces' READMEs say. */
class TraceSpotCheckTest {

    private static final String AUTH_OK = "auth-ok";

    private static <T> T server(String scenario, int index, Class<T> kind) {
        WireTraceFrame frame = WireTrace.load(scenario).frames().get(index);
        assertThat(frame.direction()).isEqualTo(Direction.S2C);
        return kind.cast(ServerMessageParser.parse(frame.payload()));
    }

    private static <T> T client(String scenario, int index, Class<T> kind) {
        WireTraceFrame frame = WireTrace.load(scenario).frames().get(index);
        assertThat(frame.direction()).isEqualTo(Direction.C2S);
        return kind.cast(ClientCommandParser.parse(frame.payload()));
    }

    @Test
    void bigMessageOf6604BytesWithMultiByteCharacters() {
        WireTraceFrame frame = WireTrace.load("big-message").frames().get(4);
        assertThat(frame.declaredLength()).isEqualTo(6604);
        assertThat(frame.payloadText().length()).as("characters").isLessThan(6604);

        SipEvent invite = server("big-message", 4, SipEvent.class);
        assertThat(text(invite.sip())).startsWith("INVITE ").contains("Zoë Ærø", "☎");
        assertThat(invite.meta()).isEqualTo(new MessageMeta(Source.NETWORK, 6449, "udp", "127.0.0.1", 5161, "05:47:17.435309"));
        assertThat(invite.transactionId()).isEqualTo("c87dd77c-92a1-48b5-b881-b3050a28ab92");
        assertThat(invite.dialogId()).isNull();
        assertThat(invite.receivedOnAddress()).isEqualTo("127.0.0.1");
        assertThat(invite.receivedOnPort()).isEqualTo(5160);
        assertThat(invite.sessionToken()).isNull();

        SipCommand answer = client("big-message", 5, SipCommand.class);
        assertThat(ClientCommandEncoder.encode(answer)).hasSize(392);
        assertThat(text(answer.sip())).startsWith("SIP/2.0 200 OK").contains("Zoë Ærø");
    }

    @Test
    void authenticateAndItsReply() {
        Authenticate authenticate = client(AUTH_OK, 0, Authenticate.class);
        assertThat(authenticate.secret()).isEqualTo("cymru");
        assertThat(authenticate.tags()).containsExactly("alpha", "beta");

        Reply reply = server(AUTH_OK, 1, Reply.class);
        assertThat(reply.commandId()).isEqualTo(authenticate.id());
        assertThat(reply.isOk()).isTrue();
        assertThat(reply.hostports()).containsExactlyInAnyOrder(new HostPort("udp", "127.0.0.1", 5160),
                new HostPort("tcp", "127.0.0.1", 5160));
        assertThat(reply.serverVersion()).isEqualTo("v0.9.10-1-g9c2dd4cb6a");
        assertThat(reply.localHostports()).hasSize(2);
        assertThat(reply.meta()).isNull();
        assertThat(reply.transactionId()).isNull();

        assertThat(client(AUTH_OK, 2, Route.class).verb()).isEqualTo("invite");
        assertThat(server(AUTH_OK, 3, Reply.class).fields()).hasSize(4);
        assertThat(client(AUTH_OK, 4, Ping.class).id()).isEqualTo("14cd14a2-a827-4f87-8c87-f63e2ce65b1f");
        assertThat(server(AUTH_OK, 5, Reply.class).pong()).isEqualTo("pong");
        assertThat(server("protocol-errors", 1, Reply.class).commandId()).isEqualTo("cacc21cd-4d52-4372-bec1-52074be91987");
    }

    @Test
    void requestSentReplyR1() {
        Reply reply = server("uac-options", 3, Reply.class);
        assertThat(reply.meta()).isEqualTo(new MessageMeta(Source.APPLICATION, 323, "udp", "127.0.0.1", 5160, "05:41:56.914083"));
        assertThat(reply.meta().timeOfDay()).isEqualTo(LocalTime.of(5, 41, 56, 914_083_000));
        assertThat(reply.transactionId()).isEqualTo("43b5c9a4-8462-42b2-9a52-24d894ed4521");
        assertThat(reply.dialogId()).as("field 11 of R1 is 'Msg sent:'").isNull();
        assertThat(reply.isContinue()).isFalse();
        assertThat(text(reply.sip())).startsWith("OPTIONS sip:").contains("Content-Length: 0\r\nX-Test: uac-options\r\n\r\n");

        SipEvent response = server("uac-options", 4, SipEvent.class);
        assertThat(response.transactionId()).isEqualTo(reply.transactionId());
        assertThat(response.dialogId()).isNull();
        assertThat(response.receivedOnPort()).isNull();
        assertThat(text(response.sip())).startsWith("SIP/2.0 200 OK");
    }

    @Test
    void responseSentReplyR2WithAndWithoutProtocol() {
        Reply ringing = server("uas-invite-486", 6, Reply.class);
        assertThat(ringing.meta().protocol()).isEqualTo("udp");
        assertThat(ringing.transactionId()).isEqualTo("166f60bd-a681-466f-985c-93509e7d187f");
        assertThat(ringing.dialogId()).isEqualTo("1-19963@127.0.0.1;from-tag=19963SIPpTag001");

        Reply optionsOk = server("uas-options-200", 6, Reply.class);
        assertThat(optionsOk.meta().protocol()).isEmpty();
        assertThat(optionsOk.meta().hasNoProtocol()).isTrue();
        assertThat(optionsOk.meta().bytes()).isEqualTo(276);
        assertThat(optionsOk.dialogId()).isNull();

        SipEvent ack = server("uas-invite-200-bye-raw", 7, SipEvent.class);
        assertThat(ack.meta().protocol()).as("delivered ACK").isEmpty();
        assertThat(ack.transactionId()).as("the INVITE's").isEqualTo("ef894f6e-98bb-4139-b368-8f1eac076654");
        assertThat(text(ack.sip())).startsWith("ACK ");
    }

    @Test
    void proxyReplies() {
        ProxyCommand proxy = client("proxy-serial", 5, ProxyCommand.class);
        assertThat(proxy.transactionId()).isEqualTo("d5f8ea34-cd81-46d8-9ee0-995effddb699");
        assertThat(proxy.remainInDialog()).isTrue();
        assertThat(proxy.fullResponse()).isTrue();
        assertThat(proxy.followRedirects()).isFalse();
        assertThat(proxy.forkMode()).isEqualTo(ForkMode.SERIAL);
        assertThat(proxy.provisionalTimeout()).isNull();
        assertThat(proxy.destinations()).containsExactly("sip:127.0.0.1:5171", "sip:127.0.0.1:5172");
        assertThat(text(proxy.sip())).startsWith("INVITE sip:127.0.0.1:5171 SIP/2.0\r\nX-Proxied-By: proxy-serial");

        Reply busy = server("proxy-serial", 6, Reply.class);
        assertThat(busy.isContinue()).isTrue();
        assertThat(busy.isDone()).isFalse();
        assertThat(busy.meta()).isEqualTo(new MessageMeta(Source.NETWORK, 355, "udp", "127.0.0.1", 5171, "05:44:59.115139"));
        assertThat(busy.transactionId()).isNull();
        assertThat(text(busy.sip())).startsWith("SIP/2.0 486");
        assertThat(server("proxy-serial", 7, Reply.class).isContinue()).isTrue();
        Reply done = server("proxy-serial", 8, Reply.class);
        assertThat(done.isDone()).isTrue();
        assertThat(done.isContinue()).isFalse();
        assertThat(done.meta()).isNull();

        assertThat(client("proxy-simultaneous", 5, ProxyCommand.class).simultaneous()).isTrue();
        ProxyCommand probe = client("protocol-errors", 40, ProxyCommand.class);
        assertThat(probe.forkMode()).isEqualTo(ForkMode.UNSPECIFIED);
        assertThat(probe.simultaneous()).isFalse();
    }

    @Test
    void unsolicitedBye() {
        SipEvent bye = server("unsolicited-bye", 7, SipEvent.class);
        assertThat(bye.isUnsolicited()).isTrue();
        assertThat(bye.transactionId()).isEqualTo(SipEvent.UNSOLICITED);
        assertThat(bye.meta()).isEqualTo(new MessageMeta(Source.APPLICATION, 338, "udp", "127.0.0.1", 5160, "05:46:56.589273"));
        assertThat(bye.dialogId()).isEqualTo("1-32102@127.0.0.1;from-tag=32102SIPpTag001");
        assertThat(text(bye.sip())).startsWith("BYE ").contains("Reason: SIP;cause=200;text=\"ACK timeout\"");
    }

    @Test
    void cdrRecords() {
        CdrEvent attempt = server("cdr", 11, CdrEvent.class);
        assertThat(attempt.kind()).isEqualTo(CdrKind.ATTEMPT);
        assertThat(attempt.source()).isEqualTo(Source.NETWORK);
        assertThat(attempt.timeOfDay()).isEqualTo(LocalTime.of(5, 46, 7, 142_859_000));
        assertThat(attempt.detail()).isNull();
        assertThat(text(attempt.sip())).startsWith("INVITE ");

        CdrEvent start = server("cdr", 14, CdrEvent.class);
        assertThat(start.kind()).isEqualTo(CdrKind.START);
        assertThat(start.source()).isEqualTo(Source.APPLICATION);
        assertThat(start.role()).isEqualTo("uas");
        assertThat(start.reason()).isNull();

        CdrEvent stop = server("cdr", 17, CdrEvent.class);
        assertThat(stop.kind().wireName()).isEqualTo("cdr:stop");
        assertThat(stop.reason()).isEqualTo("normal-release");
        assertThat(stop.role()).isNull();

        assertThat(server("cdr-proxy", 14, CdrEvent.class).reason()).isEqualTo("call-rejected");
        assertThat(server("cdr-proxy", 17, CdrEvent.class).role()).isEqualTo("proxy-uac");
        assertThat(server("cdr-proxy", 20, CdrEvent.class).role()).isEqualTo("proxy-uas");
    }

    @Test
    void failures() {
        Reply badSecret = server("auth-bad-secret", 1, Reply.class);
        assertThat(badSecret.status()).isEqualTo(ReplyStatus.NO);
        assertThat(badSecret.failureText()).isEqualTo("incorrect secret");
        assertThat(badSecret.hostports()).isEmpty();
        assertThat(badSecret.serverVersion()).isNull();

        Reply lateAnswer = server("uas-invite-cancel", 9, Reply.class);
        assertThat(lateAnswer.status()).isEqualTo(ReplyStatus.NOK);
        assertThat(lateAnswer.isOk()).isFalse();
        assertThat(lateAnswer.failureText()).isEqualTo("Response not sent due to unknown transaction");
        assertThat(lateAnswer.meta()).isNull();
    }

    @Test
    void routeUrlAndDialogIdOfSipCommands() {
        SipCommand retry = client("uac-invite-auth", 5, SipCommand.class);
        assertThat(retry.transactionId()).isNull();
        assertThat(retry.dialogId()).isNull();
        assertThat(retry.routeUrl()).isEqualTo("sip:127.0.0.1:5170");

        SipCommand ack = client("uac-invite-auth", 8, SipCommand.class);
        assertThat(ack.dialogId()).isEqualTo("2524bf3a-63ff-1240-2eb1-72622f9d679e;from-tag=32p13ByF2gF1H");
        assertThat(ack.routeUrl()).isNull();

        SipEvent earlyCancel = server("uas-invite-cancel-early", 5, SipEvent.class);
        assertThat(earlyCancel.dialogId()).isNull();
        assertThat(earlyCancel.receivedOnPort()).isNull();
        assertThat(earlyCancel.fields()).hasSize(11);
    }

    @Test
    void theFourMalformedProbesOfProtocolErrors() {
        List<String> texts = WireTrace.load("protocol-errors").frames(Direction.C2S).stream()
                .map(frame -> catchThrowableOfType(CommandRejectedException.class,
                        () -> ClientCommandParser.parse(frame.payload())))
                .filter(rejection -> rejection != null)
                .map(CommandRejectedException::replyText)
                .toList();

        assertThat(texts).containsExactly(CommandRejectedException.INVALID_MESSAGE_FORMAT,
                CommandRejectedException.UNKNOWN_MESSAGE_TYPE, CommandRejectedException.TRANSACTION_ID_MISSING,
                CommandRejectedException.INVALID_PROXY_REQUEST);
    }
}
