package io.drachtio.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Message ids, host-ports, times of day. */
class SmallTypesTest {

    @Test
    void messageIdsAreDistinctUuidVersion4Strings() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = MessageIds.next();
            assertThat(id).hasSize(36).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            ids.add(id);
        }
        assertThat(ids).hasSize(10_000);
    }

    @Test
    void hostPortsInAnyFormTheServerUses() {
        assertThat(HostPort.parse("udp/203.0.113.10:5060")).isEqualTo(new HostPort("udp", "203.0.113.10", 5060));
        assertThat(HostPort.parse("wss/sip.example.net:8443").toString()).isEqualTo("wss/sip.example.net:8443");
        HostPort bracketed = HostPort.parse("tcp/[2001:db8::7]:5060");
        assertThat(bracketed.host()).isEqualTo("2001:db8::7");
        assertThat(bracketed).isEqualTo(HostPort.parse("tcp/2001:db8::7:5060"));
        assertThat(bracketed.toString()).isEqualTo("tcp/[2001:db8::7]:5060");
        assertThat(HostPort.parseList("")).isEmpty();
        assertThat(HostPort.formatList(HostPort.parseList("tcp/a:1,udp/b:2"))).isEqualTo("tcp/a:1,udp/b:2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "udp", "udp/", "/h:1", "udp/h", "udp/h:", "udp/:1", "udp/h:x", "udp/h:65536",
        "udp/h:123456", "udp/[::1]", "udp/h:1,", "udp/h:-1"})
    void malformedHostPortsAreTypedErrors(String text) {
        assertThatThrownBy(() -> HostPort.parseList(text.isEmpty() ? "," : text))
                .isInstanceOf(DrachtioProtocolException.class)
                .hasMessageContaining("host-port entry is not proto/host:port");
    }

    @Test
    void timesOfDayAsTheServerWritesThem() {
        LocalTime time = LocalTime.of(14, 3, 22, 617_394_999);
        assertThat(WireTime.format(time)).isEqualTo("14:03:22.617394");
        assertThat(WireTime.parse("14:03:22.617394")).isEqualTo(LocalTime.of(14, 3, 22, 617_394_000));
        assertThat(WireTime.format(LocalTime.MIDNIGHT)).isEqualTo("00:00:00.000000");
        for (String bad : List.of("", "14:03:22", "14:03:22.61739x", "24:00:00.000000", "14-03-22.617394",
                "14:60:22.617394", "14:03:22.6173945", "+4:03:22.617394")) {
            assertThatThrownBy(() -> WireTime.parse(bad)).as(bad).isInstanceOf(DrachtioProtocolException.class);
        }
    }

    @Test
    void metaAndCommandComponentsAreValidated() {
        assertThatThrownBy(() -> new MessageMeta(Source.NETWORK, -1, "", "h", 1, "t")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MessageMeta(Source.NETWORK, 1, "", "h", 65_536, "t")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ReplyStatus.of("NOK")).isEqualTo(ReplyStatus.NOK);
        assertThat(CdrKind.fromWireName("cdr:start")).isEqualTo(CdrKind.START);
        assertThat(CdrKind.fromWireName("cdr:other")).isNull();
        assertThat(ForkMode.fromWire("simultaneous")).isEqualTo(ForkMode.SIMULTANEOUS);
    }
}
