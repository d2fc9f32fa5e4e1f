package io.drachtio.wire;

import static io.drachtio.wire.Framing.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerMessageParserTest {

    private static final String META = "network|437|udp|127.0.0.1|5161|05:40:35.299814";

    private static ServerMessage parse(String payload) {
        return ServerMessageParser.parse(utf8(payload));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        "idonly;                                                        first line has no '|'",
        "id|response|cmd;                                               a response needs at least 4 fields but has 3",
        "id|response|cmd|OK|elsewhere|1|udp|h|1|05:40:35.299814|t|Msg sent:|; field 4 (source) is neither 'network' nor 'application': 'elsewhere'",
        "id|response|cmd|OK|network|12a|udp|h|1|05:40:35.299814|||continue; field 5 (bytes) is not a non-negative number: '12a'",
        "id|response|cmd|OK|network|-1|udp|h|1|t|||continue;             field 5 (bytes) is not a non-negative number: '-1'",
        "id|response|cmd|OK|network|99999999999|udp|h|1|t|||continue;    field 5 (bytes) is not a non-negative number",
        "id|response|cmd|OK|application|1|udp|h|70000|t|x|y||Msg sent:|; field 8 (port) is not a port number: 70000",
        "id|sip|" + META + "|txn;                                      a sip message needs at least 10 fields but has 9",
        "id|sip|" + META + "||;                                        field 8 (transaction id) of a sip message is empty",
        "id|sip|" + META + "|txn||127.0.0.1|port|;                     field 11 (receivedOn port) is not a non-negative number: 'port'",
        "id|sip|" + META + "|txn||127.0.0.1||;                         field 11 (receivedOn port) is not a non-negative number: ''",
        "id|cdr:start|network|05:40:35.299814;                          a cdr:start record needs at least 5 fields but has 4",
        "id|cdr:stop|network|05:40:35.299814;                           a cdr:stop record needs at least 5 fields but has 4",
        "id|cdr:attempt|nowhere|05:40:35.299814;                        field 2 (source) is neither 'network' nor 'application': 'nowhere'",
        "id|cdr:attempt|network;                                        a cdr:attempt record needs at least 4 fields but has 3",
    })
    void malformedMessagesGiveATypedErrorNamingTheFrame(String payload, String reason) {
        assertThatThrownBy(() -> parse(payload))
                .isExactlyInstanceOf(DrachtioProtocolException.class)
                .hasMessageContaining(reason)
                .hasMessageContaining("in frame [id")
                .satisfies(e -> assertThat(((DrachtioProtocolException) e).frameExcerpt()).startsWith("id"));
    }

    @Test
    void crAndLfOnlyTerminateTheFirstLineTogether() {
        assertThatThrownBy(() -> parse("id|response|x\r|OK")).isInstanceOf(DrachtioProtocolException.class)
                .hasMessageContaining("CR or LF");
        assertThatThrownBy(() -> parse("id|response|x\n|OK")).isInstanceOf(DrachtioProtocolException.class);
        assertThatThrownBy(() -> parse("\nid|response|x|OK")).isInstanceOf(DrachtioProtocolException.class);
        assertThatThrownBy(() -> parse("id|response|x|OK\r")).isInstanceOf(DrachtioProtocolException.class);
        assertThat(((Reply) parse("id|response|x|OK|done\r\n")).sip()).isEmpty();
    }

    @Test
    void fieldsMustBeUtf8() {
        byte[] payload = {'i', 'd', '|', 'r', 'e', 's', 'p', 'o', 'n', 's', 'e', '|', 'x', '|', 'N', 'O', '|', (byte) 0xC3};
        assertThatThrownBy(() -> ServerMessageParser.parse(payload))
                .isInstanceOf(DrachtioProtocolException.class)
                .hasMessageContaining("field 4 is not valid UTF-8");
        assertThat(((Reply) parse("id|response|x|NO|caf\u00e9 \u260e")).failureText()).isEqualTo("caf\u00e9 \u260e");
    }

    @Test
    void theSipPartIsKeptAsRawBytes() {
        byte[] sip = {'S', 'I', 'P', '/', (byte) 0xFF, '\r', '\n', '|'};
        ByteBuf payload = Unpooled.buffer();
        payload.writeCharSequence("id|cdr:attempt|network|05:40:35.299814\r\n", StandardCharsets.US_ASCII);
        payload.writeBytes(sip);

        assertThat(ServerMessageParser.parse(payload).sip()).isEqualTo(sip);
        assertThat(payload.readerIndex()).isZero();
        assertThat(payload.release()).isTrue();
    }

    @Test
    void emptyAndTrailingFieldsAreKept() {
        ServerMessage message = parse("id|sip|" + META + "|txn||\r\nACK x SIP/2.0\r\n\r\n");

        assertThat(message.fields()).hasSize(11).endsWith("txn", "", "");
    }

    @Test
    void unknownTypesAreKeptWhole() {
        ServerMessage message = parse("id|gossip|a||b|\r\nbody");

        assertThat(message).isInstanceOf(UnknownServerMessage.class);
        assertThat(message.type()).isEqualTo("gossip");
        assertThat(message.fields()).containsExactly("id", "gossip", "a", "", "b", "");
        assertThat(Framing.text(message.sip())).isEqualTo("body");
        assertThat(ServerMessageEncoder.encode(message)).isEqualTo(utf8("id|gossip|a||b|\r\nbody"));
    }

    @Test
    void anyStatusOtherThanOkIsAFailure() {
        Reply reply = (Reply) parse("id|response|cmd|MAYBE");

        assertThat(reply.status()).isEqualTo(ReplyStatus.OTHER);
        assertThat(reply.statusText()).isEqualTo("MAYBE");
        assertThat(reply.isOk()).isFalse();
        assertThat(reply.failureText()).isEmpty();
        assertThat(reply.pong()).isNull();
        assertThat(reply.isDone()).isFalse();
    }

    @Test
    void malformedHostportsAndTimesFailWhenRead() {
        Reply reply = (Reply) parse("id|response|cmd|OK|udp-127.0.0.1|v1|tcp/[::1]:5060");
        assertThatThrownBy(reply::hostports).isInstanceOf(DrachtioProtocolException.class)
                .hasMessageContaining("field 4: host-port entry is not proto/host:port: 'udp-127.0.0.1'")
                .hasMessageContaining("in frame [id|response|cmd|OK|udp-127.0.0.1");
        assertThat(reply.localHostports()).containsExactly(new HostPort("tcp", "::1", 5060));

        SipEvent event = (SipEvent) parse("id|sip|network|1|udp|h|1|25:00:00.000000|txn||");
        assertThatThrownBy(() -> event.meta().timeOfDay()).isInstanceOf(DrachtioProtocolException.class)
                .hasMessageContaining("'25:00:00.000000'");
    }

    @Test
    void sessionTokenAndReceivedOn() {
        SipEvent event = (SipEvent) parse("id|sip|" + META + "|txn||10.0.0.5|5060|token-1\r\nINVITE x SIP/2.0\r\n\r\n");

        assertThat(event.receivedOnAddress()).isEqualTo("10.0.0.5");
        assertThat(event.receivedOnPort()).isEqualTo(5060);
        assertThat(event.sessionToken()).isEqualTo("token-1");
    }

    @Test
    void factoriesLayOutEveryReplyAsTheRealServer() {
        MessageMeta meta = MessageMeta.of(Source.APPLICATION, 276, "udp", "127.0.0.1", 5161, LocalTime.of(5, 40, 0, 11_377_000));
        byte[] sip = utf8("SIP/2.0 200 OK\r\n\r\n");
        List<HostPort> hostports = List.of(HostPort.parse("tcp/127.0.0.1:5160"), HostPort.parse("udp/127.0.0.1:5160"));

        assertThat(encoded(Reply.ok("i", "c"))).isEqualTo("i|response|c|OK");
        assertThat(encoded(Reply.pong("i", "c"))).isEqualTo("i|response|c|OK|pong");
        assertThat(encoded(Reply.authenticated("i", "c", hostports, "v0.9.10", hostports)))
                .isEqualTo("i|response|c|OK|tcp/127.0.0.1:5160,udp/127.0.0.1:5160|v0.9.10|tcp/127.0.0.1:5160,udp/127.0.0.1:5160");
        assertThat(encoded(Reply.authenticated("i", "c", hostports.subList(0, 1), null, List.of())))
                .isEqualTo("i|response|c|OK|tcp/127.0.0.1:5160");
        assertThat(encoded(Reply.requestSent("i", "c", meta, "t", sip)))
                .isEqualTo("i|response|c|OK|application|276|udp|127.0.0.1|5161|05:40:00.011377|t|Msg sent:|\r\nSIP/2.0 200 OK\r\n\r\n");
        assertThat(encoded(Reply.responseSent("i", "c", meta.withoutProtocol(), "t", null, sip)))
                .startsWith("i|response|c|OK|application|276||127.0.0.1|5161|05:40:00.011377|t|||Msg sent:|\r\n");
        assertThat(encoded(Reply.proxyContinue("i", "c", meta, sip)))
                .startsWith("i|response|c|OK|application|276|udp|127.0.0.1|5161|05:40:00.011377|||continue\r\n");
        assertThat(encoded(Reply.proxyDone("i", "c"))).isEqualTo("i|response|c|OK|done");
        assertThat(encoded(Reply.rejected("i", "c", "incorrect secret"))).isEqualTo("i|response|c|NO|incorrect secret");
        assertThat(encoded(Reply.failed("i", "c", "missing content-type"))).isEqualTo("i|response|c|NOK|missing content-type");
        assertThat(encoded(SipEvent.newRequest("i", meta, "t", "127.0.0.1", 5160, sip)))
                .startsWith("i|sip|application|276|udp|127.0.0.1|5161|05:40:00.011377|t||127.0.0.1|5160|\r\n");
        assertThat(encoded(SipEvent.of("i", meta.withoutProtocol(), "t", "d", sip)))
                .startsWith("i|sip|application|276||127.0.0.1|5161|05:40:00.011377|t|d|\r\n");
        assertThat(encoded(SipEvent.unsolicited("i", meta, "d", sip))).contains("|unsolicited|d|\r\n");
        assertThat(encoded(CdrEvent.stop("i", Source.NETWORK, "05:40:00.011377", "normal-release", sip)))
                .startsWith("i|cdr:stop|network|05:40:00.011377|normal-release\r\n");
    }

    @Test
    void factoriesRefuseFieldsTheWireCannotCarry() {
        assertThatThrownBy(() -> Reply.failed("i", "c", "two\r\nlines")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("field 4");
        MessageMeta meta = new MessageMeta(Source.NETWORK, 1, "udp", "h", 1, "t");
        assertThatThrownBy(() -> SipEvent.of("i", meta, "t", "a|b", new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    private static String encoded(ServerMessage message) {
        return Framing.text(ServerMessageEncoder.encode(message));
    }
}
