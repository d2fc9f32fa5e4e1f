package io.drachtio.wire;

import static io.drachtio.wire.Framing.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientCommandParserTest {

    private static ClientCommand parse(String payload) {
        return ClientCommandParser.parse(utf8(payload));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "justonefield;                      justonefield; Invalid message format",
        "id|frobnicate|x;                   id;           Unknown message type",
        "id|PING;                           id;           Unknown message type",
        "id|route;                          id;           Invalid message format",
        "id|remove_route;                   id;           Invalid message format",
        "id|authenticate;                   id;           Invalid message format",
        "id|sip|txn;                        id;           Invalid message format",
        "id|proxy|txn;                      id;           Invalid proxy request: not enough information provided",
        "id|proxy|txn||||||;                id;           Invalid proxy request: not enough information provided",
        "'id|sip||\r\nSIP/2.0 200 OK\r\n\r\n'; id;       transaction id missing",
        "'id|ping\rx';                      id;           Invalid message format",
        "'id|ping\nx';                      id;           Invalid message format",
    })
    void rejectsLikeTheRealServer(String payload, String replyId, String replyText) {
        assertThatThrownBy(() -> parse(payload))
                .isInstanceOf(CommandRejectedException.class)
                .hasMessageContaining("NO|" + replyText)
                .satisfies(e -> {
                    CommandRejectedException rejection = (CommandRejectedException) e;
                    assertThat(rejection.replyId()).isEqualTo(replyId);
                    assertThat(rejection.replyText()).isEqualTo(replyText);
                    assertThat(Framing.text(ServerMessageEncoder.encode(rejection.reply("r"))))
                            .isEqualTo("r|response|" + replyId + "|NO|" + replyText);
                });
    }

    @Test
    void invalidUtf8IsAnInvalidMessageFormat() {
        byte[] payload = {'i', 'd', '|', 'p', 'i', 'n', 'g', '|', (byte) 0xE2, (byte) 0x98};

        assertThatThrownBy(() -> ClientCommandParser.parse(payload))
                .isInstanceOf(CommandRejectedException.class)
                .satisfies(e -> assertThat(((CommandRejectedException) e).replyId()).isEqualTo("id"))
                .hasMessageContaining("field 2 is not valid UTF-8");
    }

    @Test
    void readsCommandsAsTheServerDoes() {
        assertThat(parse("a|authenticate|s3")).isEqualTo(new Authenticate("a", "s3", List.of()));
        assertThat(parse("a|authenticate|s3|")).isEqualTo(new Authenticate("a", "s3", List.of()));
        assertThat(parse("a|authenticate|s3|t1,t2")).isEqualTo(new Authenticate("a", "s3", List.of("t1", "t2")));
        assertThat(parse("a|route|INVITE")).isEqualTo(new Route("a", "INVITE"));
        assertThat(parse("a|remove_route|")).isEqualTo(new RemoveRoute("a", ""));
        assertThat(parse("a|ping|extra")).isEqualTo(new Ping("a"));
        assertThat(parse("a|sip|||\r\nINVITE x SIP/2.0\r\n\r\n"))
                .isEqualTo(new SipCommand("a", null, null, "", utf8("INVITE x SIP/2.0\r\n\r\n")));
        assertThat(parse("a|sip|t|d")).isEqualTo(new SipCommand("a", "t", "d", null, new byte[0]));

        ProxyCommand proxy = (ProxyCommand) parse("a|proxy|t|yes|FULLRESPONSE|followRedirects|parallel|2s|5s|sip:x");
        assertThat(proxy.remainInDialog()).isFalse();
        assertThat(proxy.fullResponse()).isFalse();
        assertThat(proxy.followRedirects()).isTrue();
        assertThat(proxy.forkMode()).isEqualTo(ForkMode.SERIAL);
        assertThat(proxy.provisionalTimeout()).isEqualTo("2s");
        assertThat(proxy.finalTimeout()).isEqualTo("5s");
        assertThat(proxy.destinations()).containsExactly("sip:x");
        assertThat(proxy.sip()).isEmpty();
    }

    @Test
    void encodesCommandsAsDrachtioSrfDoes() {
        byte[] sip = utf8("INVITE sip:a SIP/2.0\r\nX-A: 1\r\n\r\n");

        assertThat(encoded(new Authenticate("a", "s3", List.of()))).isEqualTo("a|authenticate|s3|");
        assertThat(encoded(new Authenticate("a", "s3", List.of("x", "y")))).isEqualTo("a|authenticate|s3|x,y");
        assertThat(encoded(new RemoveRoute("a", "options"))).isEqualTo("a|remove_route|options");
        assertThat(encoded(new SipCommand("a", null, null, null, sip))).isEqualTo("a|sip||\r\n" + Framing.text(sip));
        assertThat(encoded(new SipCommand("a", null, null, "sip:p", sip))).startsWith("a|sip|||sip:p\r\n");
        assertThat(encoded(new ProxyCommand("a", "t", true, true, false, false, null, null, List.of("sip:1", "sip:2"), sip)))
                .isEqualTo("a|proxy|t|remainInDialog|fullResponse||serial|||sip:1|sip:2\r\n" + Framing.text(sip));
        assertThat(encoded(new ProxyCommand("a", "t", false, false, true, true, "2s", "", List.of("sip:1"), new byte[0])))
                .isEqualTo("a|proxy|t|||followRedirects|simultaneous|2s||sip:1");
    }

    private static String encoded(ClientCommand command) {
        return Framing.text(ClientCommandEncoder.encode(command));
    }
}
