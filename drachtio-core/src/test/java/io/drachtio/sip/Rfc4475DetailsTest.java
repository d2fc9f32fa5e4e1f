package io.drachtio.sip;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.header.NameAddress;
import io.drachtio.sip.uri.AbsoluteUri;
import io.drachtio.sip.uri.SipUri;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The details RFC 4475 asks a parser to get right in its valid messages. */
class Rfc4475DetailsTest {

    private static SipMessage torture(String name) {
        return SharedData.tortureCases().stream().filter(c -> c.name().equals(name)).findFirst()
                .map(c -> SipMessageParser.parseStrict(c.bytes())).orElseThrow();
    }

    @Test
    void wsinvUnfoldsValuesAndReadsWhitespaceEverywhere() {
        SipMessage message = torture("wsinv");
        assertThat(message.to().tag()).isEqualTo("1918181833n");
        assertThat(message.from().displayName()).isEqualTo("J Rosenberg \\\"");
        assertThat(message.from().tag()).isEqualTo("98asjd8");
        assertThat(message.maxForwards()).isEqualTo(68);
        assertThat(message.header("Subject")).isEmpty();
        assertThat(message.header("NewFangledHeader")).isEqualTo("newfangled value continued newfangled value");
        assertThat(message.vias()).extracting(v -> v.transport() + " " + v.host() + " " + v.branch()).containsExactly(
                "UDP 192.0.2.2 390skdjuw", "TCP spindle.example.com z9hG4bK9ikj8",
                "UDP 192.168.255.111 z9hG4bK30239");
        assertThat(message.vias().get(0).protocol()).isEqualTo("SIP/2.0");
        NameAddress contact = message.contacts().get(0);
        assertThat(contact.displayName()).isEqualTo("Quoted string \"\"");
        assertThat(contact.parameter("newparam")).isEqualTo("newvalue");
        assertThat(contact.parameter("secondparam")).isEmpty();
        assertThat(contact.parameter("q")).isEqualTo("0.33");
        assertThat(message.routes().get(0).uri()).isInstanceOfSatisfying(SipUri.class, uri -> {
            assertThat(uri.lr()).isTrue();
            assertThat(uri.parameter("unknownwith")).isEqualTo("value");
            assertThat(uri.hasParameter("unknown-no-value")).isTrue();
        });
    }

    @Test
    void intmethKeepsControlCharactersAndUtf8() {
        SipMessage message = torture("intmeth");
        assertThat(message.to().displayName()).isEqualTo("BEL:\u0007 NUL:\u0000 DEL:\u007F");
        assertThat(message.from().displayName()).isEqualTo("token1~` token2'+_ token3*%!.-");
        assertThat(message.from().parameter("fromParam''~+*_!.-%"))
                .isEqualTo("\u0440\u0430\u0431\u043e\u0442\u0430\u044e\u0449\u0438\u0439");
        SipUri uri = (SipUri) ((SipRequest) message).uri();
        assertThat(uri.user()).isEqualTo("1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*");
        assertThat(uri.password()).isEqualTo("&it+has=1,weird!*pas$wo~d_too.(doesn't-it)");
        assertThat(uri.host()).isEqualTo("example.com");
        assertThat(message.header("extensionHeader-!.%*+_`'~"))
                .isEqualTo(new String(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xE5, (byte) 0xA4,
                    (byte) 0xA7, (byte) 0xE5, (byte) 0x81, (byte) 0x9C, (byte) 0xE9, (byte) 0x9B, (byte) 0xBB},
                        StandardCharsets.UTF_8));
    }

    @Test
    void esc01DecodesEscapesExactlyOnce() {
        SipMessage message = torture("esc01");
        SipUri requestUri = (SipUri) ((SipRequest) message).uri();
        assertThat(requestUri.user()).isEqualTo("sips:user@example.com");
        assertThat(((SipUri) message.to().uri()).user()).isEqualTo("user");
        assertThat(((SipUri) message.from().uri()).user()).isEqualTo("I have spaces");
        SipUri contact = (SipUri) message.contacts().get(0).uri();
        assertThat(contact.user()).isEqualTo("caller");
        assertThat(contact.hasParameter("lr")).isTrue();
        assertThat(contact.parameter("name")).isEqualTo("value%41");
    }

    @Test
    void escnullKeepsNulCharactersWithoutTruncating() {
        SipMessage message = torture("escnull");
        assertThat(((SipUri) message.to().uri()).user()).isEqualTo("null-\u0000-null");
        assertThat(message.contacts()).extracting(c -> ((SipUri) c.uri()).user())
                .containsExactly("\u0000", "\u0000\u0000");
    }

    @Test
    void esc02TreatsPercentAsDataOutsideUris() {
        SipMessage message = torture("esc02");
        assertThat(((SipRequest) message).method()).isEqualTo("RE%47IST%45R");
        assertThat(message.to().displayName()).isEqualTo("%Z%45");
        assertThat(message.contacts()).hasSize(2);
        assertThat(message.header("C%6Fntact")).isEqualTo("<sip:alias2@host2.example.com>");
    }

    @Test
    void semiuriUserPartHoldsTheSemicolon() {
        SipUri uri = (SipUri) ((SipRequest) torture("semiuri")).uri();
        assertThat(uri.user()).isEqualTo("user;par=u@example.net");
        assertThat(uri.host()).isEqualTo("example.com");
        assertThat(uri.parameters()).isEmpty();
    }

    @Test
    void dblreqIgnoresTheTrailingRequest() {
        SipMessage message = torture("dblreq");
        assertThat(message.bodyLength()).isZero();
        assertThat(message.toString()).doesNotContain("INVITE").endsWith("Content-Length: 0\r\n\r\n");
    }

    @Test
    void mpart01SplitsTheBinaryPartExactly() {
        SipMessage message = torture("mpart01");
        List<io.drachtio.sip.body.BodyPart> parts = message.multipartBody().parts();
        assertThat(parts).hasSize(2);
        assertThat(new String(parts.get(0).body(), StandardCharsets.UTF_8)).isEqualTo("Hello");
        assertThat(parts.get(1).contentType().mediaType()).isEqualTo("application/octet-stream");
        byte[] binary = parts.get(1).body();
        byte[] body = message.body();
        int start = indexOf(body, binary);
        assertThat(start).isPositive();
        assertThat(new String(body, start + binary.length, 2 + 2 + 16 + 2, StandardCharsets.ISO_8859_1))
                .isEqualTo("\r\n--7a9cbec02ceef655--");
        assertThat(binary).contains((byte) 0).contains((byte) '\r').contains((byte) '\n');
    }

    @Test
    void unknownSchemesAreKeptAsAbsoluteUris() {
        SipMessage unksm2 = torture("unksm2");
        assertThat(unksm2.to().uri()).isInstanceOf(AbsoluteUri.class).hasToString("isbn:2983792873");
        assertThat(unksm2.from().uri().scheme()).isEqualTo("http");
        assertThat(unksm2.contacts().get(0).uri().scheme()).isEqualTo("name");
        assertThat(((SipRequest) torture("unkscm")).uri().scheme()).isEqualTo("nobodyknowsthisscheme");
        assertThat(((SipRequest) torture("novelsc")).uri()).hasToString("soap.beep://192.0.2.103:3002");
    }

    @Test
    void contactParametersInsideAndOutsideAngleBrackets() {
        NameAddress outside = torture("cparam01").contacts().get(0);
        assertThat(outside.parameters()).containsKey("unknownparam");
        assertThat(((SipUri) outside.uri()).parameters()).isEmpty();
        NameAddress inside = torture("cparam02").contacts().get(0);
        assertThat(inside.parameters()).isEmpty();
        assertThat(((SipUri) inside.uri()).hasParameter("unknownparam")).isTrue();
        SipUri escaped = (SipUri) torture("regescrt").contacts().get(0).uri();
        assertThat(escaped.headers()).containsEntry("Route", "<sip:sip.example.com>");
    }

    @Test
    void unusualStatusLinesAndUnknownAuthorizationSchemes() {
        SipResponse noreason = (SipResponse) torture("noreason");
        assertThat(noreason.reason()).isEmpty();
        SipResponse unreason = (SipResponse) torture("unreason");
        assertThat(unreason.reason()).startsWith("= 2**3 * 5**2 \u043d\u043e");
        assertThat(torture("regaut01").authorization().scheme()).isEqualTo("NoOneKnowsThisScheme");
        assertThat(torture("regaut01").authorization().parameter("opaque-data")).isEqualTo("here");
        assertThat(torture("zeromf").maxForwards()).isZero();
        assertThat(torture("inv2543").maxForwards()).isNull();
        assertThat(torture("inv2543").topVia().branch()).isNull();
        assertThat(torture("badbranch").topVia().branch()).isEqualTo("z9hG4bK");
        assertThat(torture("lwsdisp").from().displayName()).isEqualTo("caller");
        assertThat(torture("transports").vias()).extracting(v -> v.transport())
                .containsExactly("UDP", "SCTP", "TLS", "UNKNOWN", "TCP");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
