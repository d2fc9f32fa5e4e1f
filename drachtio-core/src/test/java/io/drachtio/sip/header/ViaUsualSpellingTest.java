package io.drachtio.sip.header;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.SipParseException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The top Via of a message is read from its bytes by a one-pass reader when it is spelled the usual
 * way, and by the general reader otherwise: for any text both give the same Via, or the same error.
 * {@link Via#parseFirst(String)} always takes the general reader, {@link Via#parseFirst(byte[], int, int)}
 * tries the one-pass reader first.
 */
class ViaUsualSpellingTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "SIP/2.0/UDP 192.168.0.188:63354;branch=z9hG4bK-524287-1---7a462a5d1b6fe13b;rport",
        "SIP/2.0/TCP host.example.com;branch=z9hG4bK1",
        "SIP/2.0/TLS h:5061;branch=z9hG4bKa;received=192.0.2.1;rport=5062",
        "SIP/2.0/UDP h",
        "SIP/2.0/UDP h:0",
        "SIP/2.0/UDP h:65535;rport=65535",
        "SIP/2.0/UDP h:0005060",
        "SIP/2.0/UDP h:65536",
        "SIP/2.0/UDP h:123456",
        "SIP/2.0/UDP h:",
        "SIP/2.0/UDP h:5060x",
        "SIP/2.0/UDP h;rport=65536",
        "SIP/2.0/UDP h;rport=123456",
        "SIP/2.0/UDP h;rport=abc",
        "SIP/2.0/UDP h;rport=1a",
        "SIP/2.0/UDP h;rport=7;rport=x",
        "SIP/2.0/UDP h;rport;rport=x",
        "SIP/2.0/UDP h, SIP/2.0/TCP i",
        "SIP/2.0/UDP h;branch=x,SIP/2.0/UDP i",
        "SIP/2.0/UDP h;branch=a;branch=b",
        "SIP/2.0/UDP h;BRANCH=Up;RPORT=7;Received=x",
        "SIP/2.0/UDP h;a;b;c;d;e=1;f=2;branch=last",
        "SIP/2.0/UDP h;lr;x=[::1];a=b:c;t=!%*_+`'~",
        "SIP/2.0/UDP h;branch=",
        "SIP/2.0/UDP h;;branch=x",
        "SIP/2.0/UDP h;=x",
        "SIP/2.0/UDP h;branch=x;",
        "SIP/2.0/UDP h;branch=\"quoted\"",
        "SIP/2.0/UDP h;branch=x y",
        "SIP/2.0/UDP h ;branch=x",
        "SIP/2.0/UDP h; branch=x",
        "SIP/2.0/UDP h;branch = x",
        "SIP/2.0/UDP h:5060 ;rport",
        "SIP/2.0/UDP h : 5060",
        "SIP/2.0/UDP  h",
        "SIP/2.0/UDP\th",
        "SIP/2.0/udp h",
        "SIP/2.0/SCTP h",
        "SIP/2.0/WSS h;branch=z9hG4bKw",
        "SIP/2.0/UDPX h",
        "SIP/2.0/UDP [2001:db8::1]:5060;branch=x",
        "SIP/2.0/UDP [::1;branch=x",
        "SIP/2.0/UDP h\u00e9;branch=x",
        "SIP/2.0/UDP h;branch=\u00e9t\u00e9",
        "SIP/2.0/UDP h;x=\"\u00e9t\u00e9\" z",
        "SIP/2.0/UDP ",
        "SIP/2.0/UDP",
        "SIP/2.0/",
        "SIP/3.0/UDP h",
        "SIP / 2.0 / UDP h",
        "sip/2.0/UDP h",
        "SIP/2.0/UDP -.-",
        "SIP/2.0/UDP a.very.long.host.name.example.com:5060;branch=z9hG4bK.abcdefghijklmnopqrstuvwxyz0123456789"
    })
    void theOnePassReaderAgreesWithTheGeneralOne(String value) {
        assertSameReading(value);
    }

    @Test
    void generatedAndMutatedViasAreReadAlikeByBothReaders() {
        String[] transports = {"UDP", "TCP", "TLS", "udp", "SCTP", "WS"};
        String[] hosts = {"192.0.2.1", "h", "proxy.example.com", "[2001:db8::5]", "a-b.c", "x_y", ""};
        String[] parameters = {";branch=z9hG4bK776asdhds", ";rport", ";rport=5060", ";rport=99999", ";received=192.0.2.7",
            ";lr", ";x=\"q s\"", ";ttl=16", ";maddr=[::1]", ";BRANCH=z9hG4bKU", ";branch=", ";a=b:c", ""};
        String mutations = "; ,=:\"[]\t/\u00e9a9.-";
        Random random = new Random(3261);
        for (int round = 0; round < 30_000; round++) {
            StringBuilder via = new StringBuilder("SIP/2.0/").append(transports[random.nextInt(transports.length)])
                    .append(' ').append(hosts[random.nextInt(hosts.length)]);
            if (random.nextBoolean()) {
                via.append(':').append(random.nextInt(70_000));
            }
            for (int i = random.nextInt(4); i > 0; i--) {
                via.append(parameters[random.nextInt(parameters.length)]);
            }
            if (random.nextInt(4) == 0) {
                via.append(", SIP/2.0/UDP next");
            }
            for (int i = random.nextInt(3); i > 0 && via.length() > 0; i--) {
                int at = random.nextInt(via.length());
                char c = mutations.charAt(random.nextInt(mutations.length()));
                switch (random.nextInt(3)) {
                    case 0 -> via.insert(at, c);
                    case 1 -> via.deleteCharAt(at);
                    default -> via.setCharAt(at, c);
                }
            }
            assertSameReading(via.toString());
        }
    }

    private static void assertSameReading(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        byte[] inside = new byte[utf8.length + 4];
        System.arraycopy(utf8, 0, inside, 2, utf8.length);
        inside[0] = 'x';
        inside[1] = ';';
        inside[inside.length - 2] = ';';
        inside[inside.length - 1] = 'y';
        assertThat(read(() -> Via.parseFirst(inside, 2, utf8.length))).as(value)
                .isEqualTo(read(() -> Via.parseFirst(value)));
    }

    private interface ViaSource {
        Via get();
    }

    /** Everything a Via tells, or the error's message. */
    private static String read(ViaSource source) {
        try {
            Via via = source.get();
            return String.join("|", via.protocol(), via.transport(), via.host(), String.valueOf(via.port()),
                    String.valueOf(via.branch()), String.valueOf(via.received()), String.valueOf(via.hasRport()),
                    String.valueOf(via.rport()), String.valueOf(via.parameter("ttl")), via.parameters().toString(),
                    via.toString());
        } catch (SipParseException e) {
            return "error: " + e.getMessage();
        }
    }
}
