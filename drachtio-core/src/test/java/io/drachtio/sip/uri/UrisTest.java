package io.drachtio.sip.uri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.sip.SipParseException;
import org.junit.jupiter.api.Test;

class UrisTest {

    @Test
    void schemeSelectsTheType() {
        assertThat(Uris.parse("SIP:a@b")).isInstanceOf(SipUri.class);
        assertThat(Uri.parse("sips:a@b")).isInstanceOf(SipUri.class);
        assertThat(Uris.parse("tel:+1-201-555-0123")).isInstanceOf(TelUri.class);
        assertThat(Uris.parse("urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6")).isInstanceOf(AbsoluteUri.class);
    }

    @Test
    void telUrisReadNumberAndParameters() {
        TelUri global = TelUri.parse("tel:+1-201-555-0123;ext=1234;isub=5");
        assertThat(global.global()).isTrue();
        assertThat(global.number()).isEqualTo("+1-201-555-0123");
        assertThat(global.parameter("EXT")).isEqualTo("1234");
        assertThat(global.parameters()).hasSize(2);
        TelUri local = TelUri.parse("tel:7042;phone-context=example.com");
        assertThat(local.global()).isFalse();
        assertThat(local.parameter("phone-context")).isEqualTo("example.com");
        assertThat(local).hasToString("tel:7042;phone-context=example.com");
        assertThatThrownBy(() -> TelUri.parse("tel:+")).isInstanceOf(SipParseException.class);
        assertThatThrownBy(() -> TelUri.parse("tel:12x")).isInstanceOf(SipParseException.class);
        assertThatThrownBy(() -> TelUri.parse("tel:12;;a")).isInstanceOf(SipParseException.class);
    }

    @Test
    void absoluteUrisKeepTheirText() {
        AbsoluteUri uri = AbsoluteUri.parse("soap.beep://192.0.2.103:3002");
        assertThat(uri.scheme()).isEqualTo("soap.beep");
        assertThat(uri.schemeSpecificPart()).isEqualTo("//192.0.2.103:3002");
        assertThat(uri).hasToString("soap.beep://192.0.2.103:3002");
        assertThatThrownBy(() -> Uris.parse("nocolon")).isInstanceOf(SipParseException.class);
        assertThatThrownBy(() -> Uris.parse("1x:y")).isInstanceOf(SipParseException.class);
        assertThatThrownBy(() -> Uris.parse("http:")).isInstanceOf(SipParseException.class);
        assertThatThrownBy(() -> Uris.parse("http:a b")).isInstanceOf(SipParseException.class);
    }
}
