package io.drachtio.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.sip.uri.SipUri;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Rewriting the start line of parsed messages (a proxy retargeting a request, a B2BUA relaying a
 * response with another status) and adding a header ahead of another one: the rest of the message
 * keeps its bytes.
 */
class StartLineChangesTest {

    private static final String INVITE = "invite_sdp.sip";
    private static final String OK = "200_ok_record_route.sip";

    private static byte[] shared(String name) {
        return SharedData.message(name);
    }

    /** The bytes after the start line (its line break included), which a start line change must keep. */
    private static byte[] afterStartLine(byte[] message) {
        int lineFeed = 0;
        while (message[lineFeed] != '\n') {
            lineFeed++;
        }
        int lineBreak = message[lineFeed - 1] == '\r' ? lineFeed - 1 : lineFeed;
        return Arrays.copyOfRange(message, lineBreak, message.length);
    }

    private static byte[] concat(String startLine, byte[] rest) {
        byte[] line = startLine.getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(line, line.length + rest.length);
        System.arraycopy(rest, 0, all, line.length, rest.length);
        return all;
    }

    @Test
    void setRequestUriRewritesOnlyTheStartLine() {
        byte[] original = shared(INVITE);
        SipRequest invite = SipMessageParser.parseRequest(original.clone());
        invite.setRequestUri("sip:1002@192.0.2.44:5080;transport=tcp");

        assertThat(invite.requestUri()).isEqualTo("sip:1002@192.0.2.44:5080;transport=tcp");
        assertThat(invite.uri()).isInstanceOfSatisfying(SipUri.class, uri -> {
            assertThat(uri.host()).isEqualTo("192.0.2.44");
            assertThat(uri.port()).isEqualTo(5080);
            assertThat(uri.transport()).isEqualTo("tcp");
        });
        assertThat(invite.method()).isEqualTo("INVITE");
        assertThat(invite.sipVersion()).isEqualTo("SIP/2.0");
        assertThat(invite.toBytes()).isEqualTo(
                concat("INVITE sip:1002@192.0.2.44:5080;transport=tcp SIP/2.0", afterStartLine(original)));

        SipMessage reparsed = SipMessageParser.parseStrict(invite.toBytes());
        assertThat(((SipRequest) reparsed).requestUri()).isEqualTo("sip:1002@192.0.2.44:5080;transport=tcp");
        assertThat(reparsed.topVia().branch()).isEqualTo(invite.topVia().branch());
        assertThat(reparsed.bodyAsString()).isEqualTo(invite.bodyAsString());
    }

    @Test
    void setRequestUriTwiceKeepsTheLastAndCombinesWithHeaderAndBodyChanges() {
        SipRequest invite = SipMessageParser.parseRequest(shared(INVITE));
        String originalUri = invite.requestUri();
        invite.setRequestUri("sip:first@192.0.2.1");
        invite.setRequestUri(originalUri);
        invite.headers().set("Max-Forwards", "69");
        invite.setBody("v=0\r\n");

        SipRequest reparsed = SipMessageParser.parseRequest(invite.toBytes());
        assertThat(reparsed.requestUri()).isEqualTo(originalUri);
        assertThat(reparsed.maxForwards()).isEqualTo(69);
        assertThat(reparsed.bodyAsString()).isEqualTo("v=0\r\n");
        assertThat(reparsed.header("Content-Length")).isEqualTo("5");
    }

    @Test
    void setRequestUriKeepsABareLineFeed() {
        String options = "OPTIONS  sip:old@example.com   SIP/2.0\nCall-ID: x\nContent-Length: 0\n\n";
        SipRequest request = SipMessageParser.parseRequest(options);
        request.setRequestUri("sip:new@example.com");
        assertThat(request.toString())
                .isEqualTo("OPTIONS sip:new@example.com SIP/2.0\nCall-ID: x\nContent-Length: 0\n\n");
    }

    @Test
    void setRequestUriRefusesWhatWouldBreakTheStartLine() {
        SipRequest invite = SipMessageParser.parseRequest(shared(INVITE));
        for (String bad : new String[] {null, "", "sip:a@b c", "sip:a@b\r\nX: y", "sip:a@b\t"}) {
            assertThatThrownBy(() -> invite.setRequestUri(bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(invite.toBytes()).isEqualTo(shared(INVITE));
    }

    @Test
    void setRequestUriOnABuiltRequest() {
        SipRequest request = SipRequest.builder(SipMethod.MESSAGE, "sip:bob@example.com")
                .header("Call-ID", "built-1").body("text/plain", "hi").build();
        request.setRequestUri("sip:bob@192.0.2.7");
        assertThat(request.toString()).startsWith("MESSAGE sip:bob@192.0.2.7 SIP/2.0\r\nCall-ID: built-1\r\n")
                .endsWith("\r\n\r\nhi");
    }

    @Test
    void setStatusRewritesOnlyTheStartLine() {
        byte[] original = shared(OK);
        SipResponse response = SipMessageParser.parseResponse(original.clone());
        response.setStatus(486, "Busy Here Now");

        assertThat(response.status()).isEqualTo(486);
        assertThat(response.reason()).isEqualTo("Busy Here Now");
        assertThat(response.toBytes()).isEqualTo(concat("SIP/2.0 486 Busy Here Now", afterStartLine(original)));
        SipResponse reparsed = SipMessageParser.parseResponse(response.toBytes());
        assertThat(reparsed.status()).isEqualTo(486);
        assertThat(reparsed.reason()).isEqualTo("Busy Here Now");
        assertThat(reparsed.recordRoutes()).hasSameSizeAs(response.recordRoutes());
    }

    @Test
    void setStatusWithoutReasonUsesTheStandardPhrase() {
        SipResponse response = SipMessageParser.parseResponse(shared(OK));
        response.setStatus(603, null);
        assertThat(response.reason()).isEqualTo("Decline");
        assertThat(response.toString()).startsWith("SIP/2.0 603 Decline\r\n");
        response.setStatus(299, "");
        assertThat(SipMessageParser.parseResponse(response.toBytes()).status()).isEqualTo(299);
        assertThat(response.reason()).isEmpty();
    }

    @Test
    void setStatusRefusesWhatWouldBreakTheStartLine() {
        SipResponse response = SipMessageParser.parseResponse(shared(OK));
        assertThatThrownBy(() -> response.setStatus(99, "Low")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> response.setStatus(700, "High")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> response.setStatus(500, "Bad\r\nX: injected"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.toBytes()).isEqualTo(shared(OK));
    }

    @Test
    void addBeforePutsANewHeaderAheadOfContentLength() {
        byte[] original = shared(INVITE);
        SipRequest invite = SipMessageParser.parseRequest(original);
        invite.headers().addBefore("l", "X-Route-Set", "carrier-a");
        invite.headers().addBefore("Content-Length", "Record-Route", "<sip:proxy.example.com;lr>");

        String text = invite.toString();
        assertThat(text).contains("User-Agent: Bria iOS release 3.6.2 stamp 33024\r\nX-Route-Set: carrier-a\r\n"
                + "Record-Route: <sip:proxy.example.com;lr>\r\nContent-Length: 189\r\n\r\nv=0");
        assertThat(invite.recordRoutes()).hasSize(1);
        assertThat(SipMessageParser.parseStrict(invite.toBytes()).header("X-Route-Set")).isEqualTo("carrier-a");
    }

    @Test
    void addBeforeAnAbsentHeaderAppendsAndAddKeepsItsBehaviour() {
        SipRequest invite = SipMessageParser.parseRequest(shared(INVITE));
        invite.headers().addBefore("Route", "X-Last", "1");
        invite.headers().add("X-After-Length", "2");
        assertThat(invite.headers().names()).endsWith("Content-Length", "X-Last", "X-After-Length");
        assertThatThrownBy(() -> invite.headers().addBefore("Content-Length", "Bad Name", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> invite.headers().addBefore("Content-Length", "X-Bad", "a\r\nb"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
