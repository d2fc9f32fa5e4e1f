package io.drachtio.sip.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.sip.SipParseException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    @Test
    void parsesUtf8BytesInPlaceInsideALargerArray() {
        byte[] line = "Via: SIP/2.0/TLS [2001:db8::1]:5061;branch=z9hG4bKbytes;received=192.0.2.9, SIP/2.0/UDP b\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        int start = "Via: ".length();
        int length = line.length - start - 2;
        byte[] before = line.clone();

        Via first = Via.parseFirst(line, start, length);
        assertThat(first.host()).isEqualTo("[2001:db8::1]");
        assertThat(first.port()).isEqualTo(5061);
        assertThat(first.branch()).isEqualTo("z9hG4bKbytes");
        assertThat(first.received()).isEqualTo("192.0.2.9");
        assertThat(Via.parseList(line, start, length)).extracting(Via::toString).containsExactlyElementsOf(
                Via.parseList(new String(line, start, length, StandardCharsets.US_ASCII)).stream()
                        .map(Via::toString).toList());
        assertThat(line).isEqualTo(before);
        assertThatThrownBy(() -> Via.parseFirst(line, start, line.length)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void byteInputReportsCharacterPositions() {
        String value = "SIP/2.0/UDP host;x=\"\u00e9t\u00e9\" z";
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        assertThat(Via.parseFirst(value.substring(0, value.length() - 2)).parameter("x")).isEqualTo("\u00e9t\u00e9");
        assertThatThrownBy(() -> Via.parseFirst(utf8, 0, utf8.length)).isInstanceOfSatisfying(SipParseException.class,
                e -> assertThat(e).hasMessage("Invalid Via at position 25: unexpected character 'z'"));
        assertThatThrownBy(() -> Via.parseFirst(value)).hasMessage("Invalid Via at position 25: unexpected character 'z'");
    }

    @Test
    void parametersAreDecodedOnDemandWithTheSameResults() {
        Via via = Via.parse("SIP/2.0/UDP h.example.com;BRANCH=z9hG4bKup;x=\"a \\\"q\\\" b\";rport=5062;Received=192.0.2.1");
        assertThat(via.branch()).isEqualTo("z9hG4bKup").isSameAs(via.branch());
        assertThat(via.rport()).isEqualTo(5062);
        assertThat(via.received()).isEqualTo("192.0.2.1");
        assertThat(via.parameter("x")).isEqualTo("a \"q\" b");
        assertThat(via.parameters()).containsKeys("BRANCH", "x", "rport", "Received").hasSize(4);
        assertThat(via.branch()).isEqualTo("z9hG4bKup");
        assertThat(via.host()).isEqualTo("h.example.com");
        assertThat(via).hasToString("SIP/2.0/UDP h.example.com;BRANCH=z9hG4bKup;x=\"a \\\"q\\\" b\";rport=5062;"
                + "Received=192.0.2.1");
        assertThat(Via.parse("SIP/2.0/UDP h;rport").hasRport()).isTrue();
        assertThat(Via.parse("SIP/2.0/UDP h").hasRport()).isFalse();
        assertThat(Via.parse("SIP/2.0/UDP h").branch()).isNull();
    }

    @Test
    void aViaParsedOnOneThreadIsReadConsistentlyFromOthers() throws Exception {
        List<Via> vias = Via.parseList("SIP/2.0/TCP a.example.com:5070;branch=z9hG4bK1;received=192.0.2.1, "
                + "SIP/2.0/UDP [2001:db8::2];branch=z9hG4bK2;rport=7");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> reads = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Via via = vias.get(i % 2);
                reads.add(pool.submit(() -> via.host() + ' ' + via.branch() + ' ' + via.parameters() + ' ' + via));
            }
            for (int i = 0; i < reads.size(); i++) {
                assertThat(reads.get(i).get()).isEqualTo(i % 2 == 0
                        ? "a.example.com z9hG4bK1 {branch=z9hG4bK1, received=192.0.2.1} "
                                + "SIP/2.0/TCP a.example.com:5070;branch=z9hG4bK1;received=192.0.2.1"
                        : "[2001:db8::2] z9hG4bK2 {branch=z9hG4bK2, rport=7} SIP/2.0/UDP [2001:db8::2];branch=z9hG4bK2;rport=7");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
