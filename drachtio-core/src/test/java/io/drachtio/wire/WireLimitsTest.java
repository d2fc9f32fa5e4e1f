package io.drachtio.wire;

import static io.drachtio.wire.Framing.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.channel.ChannelFuture;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class WireLimitsTest {

    private static final String ID = "a1b2c3d4-0000-4000-8000-00000000000e";
    private static final String DIALOG = "5a1f0c8e-2d3b-123e-7f4a-0242ac120003;from-tag=vK2c9BSm3Hm9H";

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(ClientCommand command, String limit) {
        return assertThatThrownBy(() -> WireLimits.check(command))
                .isInstanceOf(WireLimitExceededException.class)
                .satisfies(e -> assertThat(((WireLimitExceededException) e).limit()).isEqualTo(limit));
    }

    private static void accepted(ClientCommand command) {
        assertThatCode(() -> WireLimits.check(command)).doesNotThrowAnyException();
    }

    /**
     * A SIP request with a start line, a header block and a body of the given sizes in bytes; it is
     * {@code startLine + 2 + headerBlock + 4 + body} bytes long (just {@code startLine + 4 + body}
     * without header block).
     */
    private static byte[] request(int startLine, int headerBlock, int body) {
        String start = "OPTIONS sip:" + "a".repeat(startLine - "OPTIONS sip: SIP/2.0".length()) + " SIP/2.0";
        String headers = headerBlock == 0 ? "" : "\r\nX: " + "h".repeat(headerBlock - 3);
        return utf8(start + headers + "\r\n\r\n" + "b".repeat(body));
    }

    private static SipCommand newRequest(byte[] sip) {
        return new SipCommand(ID, null, null, null, sip);
    }

    @Test
    void payloadLength() {
        int overhead = (ID + "|sip||\r\n").length();
        byte[] fits = request(100, 100, WireLimits.MAX_COMMAND_PAYLOAD_BYTES - overhead - 206);
        assertThat(PayloadWriter.size(CommandFields.of(newRequest(fits)), fits)).isEqualTo(12_000);
        accepted(newRequest(fits));

        byte[] tooLong = request(100, 100, WireLimits.MAX_COMMAND_PAYLOAD_BYTES - overhead - 205);
        refused(newRequest(tooLong), "payload length").hasMessageContaining("payload length is 12001 bytes, the limit is 12000 bytes");
    }

    @Test
    void messageId() {
        accepted(new Ping("i".repeat(127)));
        refused(new Ping("i".repeat(128)), "message id").hasMessageContaining("message id is 128 bytes, allowed are 1 to 127 bytes");
        refused(new Ping("é".repeat(64)), "message id").hasMessageContaining("message id is 128 bytes");
        refused(new Ping(""), "message id");
        refused(new Ping("a|b"), "field syntax").hasMessageContaining("field 0 of the ping command contains '|' at index 1");
        refused(new Ping("a\rb"), "field syntax").hasMessageContaining("contains CR");
    }

    @Test
    void firstLineFields() {
        refused(new SipCommand(ID, null, "x\ny", null, request(30, 0, 0)), "field syntax").hasMessageContaining("field 3 of the sip command contains LF");
        refused(new SipCommand(ID, null, null, "sip:a|b", request(30, 0, 0)), "field syntax").hasMessageContaining("field 4");
        refused(new Route(ID, "in|vite"), "field syntax");
    }

    @Test
    void dialogId() {
        accepted(new SipCommand(ID, null, "d".repeat(1024), null, request(30, 0, 0)));
        refused(new SipCommand(ID, null, "d".repeat(1025), null, request(30, 0, 0)), "dialog id")
                .hasMessageContaining("dialog id is 1025 bytes, the limit is 1024 bytes");
    }

    @Test
    void startLineAndHeaderBlock() {
        accepted(newRequest(request(512, 8_400, 10)));
        refused(newRequest(request(513, 10, 0)), "SIP start line").hasMessageContaining("SIP start line is 513 bytes, the limit is 512");
        refused(newRequest(request(100, 8_401, 0)), "SIP header block").hasMessageContaining("SIP header block is 8401 bytes");
    }

    @Test
    void transactionIdRules() {
        byte[] response = utf8("SIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n");
        accepted(new SipCommand(ID, "txn", null, null, response));
        refused(new SipCommand(ID, null, null, null, response), "transaction id").hasMessageContaining("a SIP response needs");

        byte[] cancel = utf8("CANCEL sip:x SIP/2.0\r\n\r\n");
        accepted(new SipCommand(ID, "txn", null, null, cancel));
        accepted(new SipCommand(ID, "txn", DIALOG, null, request(30, 0, 0)));
        refused(new SipCommand(ID, "txn", null, null, request(30, 0, 0)), "transaction id")
                .hasMessageContaining("other than CANCEL");
    }

    @Test
    void proxyLimits() {
        List<String> one = List.of("sip:127.0.0.1:5171");
        accepted(proxy(Collections.nCopies(10, "sip:x"), null, new byte[0]));
        refused(proxy(List.of(), null, new byte[0]), "proxy destinations").hasMessageContaining("proxy destinations: 0 given, allowed are 1 to 10");
        refused(proxy(Collections.nCopies(11, "sip:x"), null, new byte[0]), "proxy destinations").hasMessageContaining("11 given");
        accepted(proxy(List.of("sip:" + "d".repeat(251)), null, new byte[0]));
        refused(proxy(List.of("sip:x", "sip:" + "d".repeat(252)), null, new byte[0]), "proxy destination")
                .hasMessageContaining("field 10 (destination 2) is 256 bytes, allowed are 1 to 255 bytes");
        refused(proxy(List.of(""), null, new byte[0]), "proxy destination");
        accepted(proxy(one, "123456789012345", new byte[0]));
        refused(proxy(one, "1234567890123456", new byte[0]), "proxy provisional timeout").hasMessageContaining("16 bytes");
        accepted(proxy(one, null, request(30, 1_023, 0)));
        refused(proxy(one, null, request(30, 1_024, 0)), "proxy header block").hasMessageContaining("proxy header block is 1024 bytes, the limit is 1023");
    }

    @Test
    void routeVerbAndAuthenticate() {
        refused(new Route(ID, ""), "verb").hasMessageContaining("a route command needs a verb");
        refused(new RemoveRoute(ID, ""), "verb");
        accepted(new Route(ID, "cdr:stop"));
        refused(new Authenticate(ID, "", List.of()), "secret").hasMessageContaining("the authenticate secret is empty");
        refused(new Authenticate(ID, "cymru", List.of("a", "b,c")), "tag").hasMessageContaining("tag 1 contains ','");
        accepted(new Authenticate(ID, "cymru", List.of("alpha", "beta")));
    }

    @Test
    void theEncoderRefusesBeforeWriting() {
        EmbeddedChannel channel = new EmbeddedChannel();
        WirePipeline.client(channel.pipeline(), WireLimits.DEFAULT_MAX_FRAME_LENGTH);

        ChannelFuture write = channel.writeOneOutbound(new Route(ID, ""));
        channel.flushOutbound();

        assertThat(write.cause()).isInstanceOf(WireLimitExceededException.class);
        assertThat((Object) channel.readOutbound()).isNull();
        assertThat(channel.finishAndReleaseAll()).isFalse();
    }

    private static ProxyCommand proxy(List<String> destinations, String provisionalTimeout, byte[] sip) {
        return new ProxyCommand(ID, "txn", true, true, false, false, provisionalTimeout, null, destinations, sip);
    }
}
