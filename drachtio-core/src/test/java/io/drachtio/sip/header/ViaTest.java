package io.drachtio.sip.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.sip.SipParseException;
import org.junit.jupiter.api.Test;

class ViaTest {

    @Test
    void readsSentProtocolSentByAndParameters() {
        Via via = Via.parse("SIP/2.0/UDP 192.0.2.4:5060;received=198.51.100.7;rport=49152;branch=z9hG4bK77ef4c2312983.1");
        assertThat(via.protocol()).isEqualTo("SIP/2.0");
        assertThat(via.transport()).isEqualTo("UDP");
        assertThat(via.host()).isEqualTo("192.0.2.4");
        assertThat(via.port()).isEqualTo(5060);
        assertThat(via.received()).isEqualTo("198.51.100.7");
        assertThat(via.hasRport()).isTrue();
        assertThat(via.rport()).isEqualTo(49152);
        assertThat(via.branch()).isEqualTo("z9hG4bK77ef4c2312983.1");
        assertThat(via.parameters()).hasSize(3);
    }

    @Test
    void rportWithoutValueAndIpv6SentBy() {
        Via via = Via.parse("SIP/2.0/TCP [2001:db8::9]:5070;branch=z9hG4bKx;rport");
        assertThat(via.host()).isEqualTo("[2001:db8::9]");
        assertThat(via.hasRport()).isTrue();
        assertThat(via.rport()).isNull();
        assertThat(Via.parse("SIP/2.0/WSS df7jal23ls0d.invalid;branch=z9hG4bK").port()).isEqualTo(-1);
    }

    @Test
    void whitespaceAroundSeparatorsAndLists() {
        var list = Via.parseList("SIP / 2.0 / UDP  first.example.com ; branch = z9hG4bK1 ,SIP/2.0/TLS second:5061");
        assertThat(list).hasSize(2);
        assertThat(list.get(0).branch()).isEqualTo("z9hG4bK1");
        assertThat(list.get(1).transport()).isEqualTo("TLS");
        assertThat(list.get(1).port()).isEqualTo(5061);
        assertThat(list.get(0)).hasToString("SIP/2.0/UDP first.example.com;branch=z9hG4bK1");
    }

    @Test
    void malformedViasAreRejected() {
        assertThatThrownBy(() -> Via.parse("SIP/2.0/UDP 192.0.2.15;;,;,,")).isInstanceOf(SipParseException.class);
        assertThatThrownBy(() -> Via.parse("SIP/2.0 host")).isInstanceOf(SipParseException.class);
        assertThatThrownBy(() -> Via.parse("SIP/2.0/UDP")).isInstanceOf(SipParseException.class)
                .hasMessageContaining("whitespace expected");
        assertThatThrownBy(() -> Via.parse("SIP/2.0/UDP h:70000")).isInstanceOf(SipParseException.class)
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> Via.parse("SIP/2.0/UDP h;rport=abc")).isInstanceOf(SipParseException.class);
        assertThatThrownBy(() -> Via.parse("SIP/2.0/UDP h, SIP/2.0/UDP i")).isInstanceOf(SipParseException.class);
        assertThatThrownBy(() -> Via.parse("SIP/2.0/UDP [::1;branch=x")).isInstanceOf(SipParseException.class);
    }
}
