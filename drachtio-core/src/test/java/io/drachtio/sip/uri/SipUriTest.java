package io.drachtio.sip.uri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.sip.SipParseException;
import org.junit.jupiter.api.Test;

class SipUriTest {

    @Test
    void readsEveryPart() {
        SipUri uri = SipUri.parse("sips:alice:secret@atlanta.example.com:5061;transport=tcp;lr;maddr=239.255.255.1"
                + "?subject=project%20x&priority=urgent");
        assertThat(uri.secure()).isTrue();
        assertThat(uri.scheme()).isEqualTo("sips");
        assertThat(uri.user()).isEqualTo("alice");
        assertThat(uri.password()).isEqualTo("secret");
        assertThat(uri.host()).isEqualTo("atlanta.example.com");
        assertThat(uri.port()).isEqualTo(5061);
        assertThat(uri.transport()).isEqualTo("tcp");
        assertThat(uri.lr()).isTrue();
        assertThat(uri.parameters()).containsExactly(java.util.Map.entry("transport", "tcp"),
                java.util.Map.entry("lr", ""), java.util.Map.entry("maddr", "239.255.255.1"));
        assertThat(uri.parameter("TRANSPORT")).isEqualTo("tcp");
        assertThat(uri.headers()).containsEntry("subject", "project x").containsEntry("priority", "urgent");
    }

    @Test
    void hostOnlyAndIpv6References() {
        SipUri plain = SipUri.parse("sip:example.com");
        assertThat(plain.user()).isNull();
        assertThat(plain.port()).isEqualTo(-1);
        assertThat(plain.transport()).isNull();
        SipUri v6 = SipUri.parse("sip:[2001:db8::1]:5060;transport=udp");
        assertThat(v6.host()).isEqualTo("[2001:db8::1]");
        assertThat(v6.port()).isEqualTo(5060);
        SipUri v6User = SipUri.parse("sip:bob@[::ffff:192.0.2.1]");
        assertThat(v6User.host()).isEqualTo("[::ffff:192.0.2.1]");
    }

    @Test
    void escapesAreDecodedOnce() {
        SipUri uri = SipUri.parse("sip:I%20have%20spaces@example.net;n%61me=v%61lue%25%34%31");
        assertThat(uri.user()).isEqualTo("I have spaces");
        assertThat(uri.parameter("name")).isEqualTo("value%41");
        assertThat(SipUri.parse("sip:%00@h").user()).isEqualTo("\u0000");
        assertThat(SipUri.parse("sip:%C3%A9@h").user()).isEqualTo("é");
    }

    @Test
    void modifiedCopiesAreRenderedWithEscapes() {
        SipUri uri = SipUri.parse("sip:alice@atlanta.example.com;transport=tcp");
        assertThat(uri.withUser("bob smith")).hasToString("sip:bob%20smith@atlanta.example.com;transport=tcp");
        assertThat(uri.withHost("[::1]").withPort(5080)).hasToString("sip:alice@[::1]:5080;transport=tcp");
        assertThat(uri.withParameter("transport", "udp").withParameter("lr", ""))
                .hasToString("sip:alice@atlanta.example.com;transport=udp;lr");
        assertThat(uri.withoutParameter("Transport")).hasToString("sip:alice@atlanta.example.com");
        assertThat(uri.withUser(null)).hasToString("sip:atlanta.example.com;transport=tcp");
        assertThat(SipUri.parse(uri.withUser("a;b?c").toString()).user()).isEqualTo("a;b?c");
        assertThat(SipUri.of(false, "x", "h", 5060)).hasToString("sip:x@h:5060");
        assertThat(SipUri.parse("sip:a@h?x=y").withoutHeaders()).hasToString("sip:a@h");
        assertThat(uri).isEqualTo(SipUri.parse("sip:alice@atlanta.example.com;transport=tcp"));
    }

    @Test
    void malformedUrisAreRejectedWithAPosition() {
        assertThatThrownBy(() -> SipUri.parse("sip:")).isInstanceOf(SipParseException.class)
                .hasMessageContaining("host expected");
        assertThatThrownBy(() -> SipUri.parse("sip:a@h:99999")).isInstanceOf(SipParseException.class)
                .hasMessageContaining("port out of range");
        assertThatThrownBy(() -> SipUri.parse("sip:a@h:")).isInstanceOf(SipParseException.class)
                .hasMessageContaining("port expected");
        assertThatThrownBy(() -> SipUri.parse("sip:a%4@h")).isInstanceOf(SipParseException.class)
                .hasMessageContaining("two hexadecimal digits");
        assertThatThrownBy(() -> SipUri.parse("sip:[::1")).isInstanceOf(SipParseException.class)
                .hasMessageContaining("unterminated IPv6");
        assertThatThrownBy(() -> SipUri.parse("sip:a@h;;x")).isInstanceOf(SipParseException.class)
                .satisfies(e -> assertThat(((SipParseException) e).offset()).isEqualTo(8));
        assertThatThrownBy(() -> SipUri.parse("sip:@h")).isInstanceOf(SipParseException.class);
        assertThatThrownBy(() -> SipUri.parse("sip:a b@h")).isInstanceOf(SipParseException.class);
        assertThatThrownBy(() -> SipUri.parse("tel:123")).isInstanceOf(SipParseException.class);
    }
}
