package io.drachtio.testserver.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules for client-supplied headers and the stack's header layout (§10). */
class ClientHeadersTest {

    private final ClientHeaders rules = new ClientHeaders(new SipEndpoint("udp", "203.0.113.10", 5060));

    @Test
    void knownHeadersAreReCasedAndOrderedLikeTheStackCustomOnesComeAfterContentLength() {
        MessageLayout layout = new MessageLayout("SIP/2.0 200 OK");
        rules.applyTo(List.of(line("x-app", "1"), line("expires", "60"), line("p-foo-bar", "2"),
                line("contact", "<sip:a@b>"), line("rack", "1 2 INVITE"), line("require", "100rel"),
                line("content-type", "text/plain"), line("Via", "dropped"), line("Content-Length", "99"),
                line("RSeq", "dropped"), line("Route", "<sip:dropped>"), line("i", "compact-is-custom")),
                layout, Set.of());
        layout.body("hi".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        assertThat(layout.toString()).isEqualTo("SIP/2.0 200 OK\r\n"
                + "Contact: <sip:a@b>\r\n"
                + "RAck: 1 2 INVITE\r\n"
                + "Expires: 60\r\n"
                + "Require: 100rel\r\n"
                + "Content-Type: text/plain\r\n"
                + "Content-Length: 2\r\n"
                + "x-app: 1\r\n"
                + "P-Foo-Bar: 2\r\n"
                + "I: compact-is-custom\r\n"
                + "\r\nhi");
    }

    @Test
    void extensionHeadersOfTheStackComeAfterTheCustomOnes() {
        MessageLayout layout = new MessageLayout("INVITE sip:a@b SIP/2.0");
        rules.applyTo(List.of(line("P-Asserted-Identity", "sip:+1555@localhost"), line("X-A", "1")), layout,
                Set.of());
        assertThat(layout.toString()).isEqualTo("INVITE sip:a@b SIP/2.0\r\nContent-Length: 0\r\nX-A: 1\r\n"
                + "P-Asserted-Identity: <sip:+1555@203.0.113.10:5060>\r\n\r\n");
    }

    @Test
    void valuesAreReEncodedLikeTheStackDoes() {
        MessageLayout layout = new MessageLayout("INVITE sip:a@b SIP/2.0");
        rules.applyTo(List.of(
                line("Proxy-Authorization", "Digest username=\"alice\",realm=\"example.com\",  nonce=\"a,b\""),
                line("Supported", "timer,100rel"), line("supported", "path"),
                line("Subject", "first"), line("subject", "second"),
                line("to", "sip:svc@h:5173;transport=tcp"),
                line("Contact", "<sip:a@b>, \"B, C\" <sip:c@d>;expires=5"),
                line("from", "sip:app@localhost:5999")), layout, Set.of());

        assertThat(layout.first(KnownHeader.PROXY_AUTHORIZATION))
                .isEqualTo("Digest username=\"alice\", realm=\"example.com\", nonce=\"a,b\"");
        assertThat(layout.first(KnownHeader.SUPPORTED)).isEqualTo("timer, 100rel, path");
        assertThat(layout.all(KnownHeader.SUBJECT)).containsExactly("second");
        assertThat(layout.first(KnownHeader.TO)).isEqualTo("<sip:svc@h:5173>;transport=tcp");
        assertThat(layout.all(KnownHeader.CONTACT)).containsExactly("<sip:a@b>", "\"B, C\" <sip:c@d>;expires=5");
        assertThat(layout.first(KnownHeader.FROM)).isEqualTo("<sip:app@203.0.113.10:5060>");
    }

    @Test
    void ignoredHeadersAreDropped() {
        MessageLayout layout = new MessageLayout("CANCEL sip:a@b SIP/2.0");
        rules.applyTo(List.of(line("From", "<sip:x@y>"), line("Reason", "Q.850;cause=16")), layout,
                Set.of(KnownHeader.FROM));
        assertThat(layout.has(KnownHeader.FROM)).isFalse();
        assertThat(layout.first(KnownHeader.REASON)).isEqualTo("Q.850;cause=16");
    }

    @Test
    void customNamesAreReCasedExceptXHeaders() {
        assertThat(ClientHeaders.customName("p-foo-bar")).isEqualTo("P-Foo-Bar");
        assertThat(ClientHeaders.customName("diversion")).isEqualTo("Diversion");
        assertThat(ClientHeaders.customName("x-lower")).isEqualTo("x-lower");
        assertThat(ClientHeaders.customName("X-Mixed-case")).isEqualTo("X-Mixed-case");
    }

    @Test
    void localhostAnywhereInTheFromOfANewRequestIsReplaced() {
        assertThat(rules.rewriteLocalhostInFrom("<sip:localhost>;tag=1")).isEqualTo("<sip:203.0.113.10:5060>;tag=1");
        assertThat(rules.rewriteLocalhost(KnownHeader.TO, "sip:a@localhostname")).isEqualTo("sip:a@localhostname");
        assertThat(rules.rewriteLocalhost(KnownHeader.SUBJECT, "a@localhost")).isEqualTo("a@localhost");
    }

    private static HeaderLine line(String name, String value) {
        return new HeaderLine(name, value);
    }
}
