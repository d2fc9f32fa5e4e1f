package io.drachtio.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.drachtio.client.ReconnectPolicy;
import io.drachtio.client.ServerVersion;
import io.drachtio.wire.MessageMeta;
import io.drachtio.wire.Source;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small pure parts: back-off math, versions, proxy timeouts, challenger addresses, routes. */
class ConnectionPartsTest {

    private static final ReconnectPolicy POLICY = new ReconnectPolicy(Duration.ofMillis(150), 2.0,
            Duration.ofSeconds(2), 5, 0.25);

    @Test
    void backoffGrowsByTheMultiplierUpToTheMaximum() {
        ReconnectBackoff backoff = new ReconnectBackoff(POLICY);
        assertThat(backoff.delay(1, 0.5)).isEqualTo(Duration.ofMillis(150));
        assertThat(backoff.delay(2, 0.5)).isEqualTo(Duration.ofMillis(300));
        assertThat(backoff.delay(4, 0.5)).isEqualTo(Duration.ofMillis(1200));
        assertThat(backoff.delay(5, 0.5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.delay(500, 0.5)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void jitterStaysWithinItsBoundsAndUnderTheMaximum() {
        ReconnectBackoff backoff = new ReconnectBackoff(POLICY);
        assertThat(backoff.delay(2, 0.0).toNanos()).isCloseTo(Duration.ofMillis(225).toNanos(), within(1L));
        assertThat(backoff.delay(2, 0.999999).toNanos()).isCloseTo(Duration.ofMillis(375).toNanos(), within(1000L));
        assertThat(backoff.delay(5, 0.999999)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.delay(5, 0.0)).isEqualTo(Duration.ofMillis(1500));
        for (int i = 0; i < 10_000; i++) {
            Duration random = backoff.delay(3);
            assertThat(random).isBetween(Duration.ofMillis(450), Duration.ofMillis(750));
        }
    }

    @Test
    void attemptsEndWhereThePolicySays() {
        assertThat(new ReconnectBackoff(POLICY).exhausted(4)).isFalse();
        assertThat(new ReconnectBackoff(POLICY).exhausted(5)).isTrue();
        assertThat(new ReconnectBackoff(ReconnectPolicy.DEFAULT).exhausted(1_000_000)).isFalse();
        assertThat(new ReconnectBackoff(ReconnectPolicy.NEVER).exhausted(0)).isTrue();
    }

    @Test
    void serverVersions() {
        assertThat(ServerVersion.parse("v0.9.10-1-g9c2dd4cb6a")).isEqualTo(new ServerVersion(0, 9, 10));
        assertThat(ServerVersion.parse("v0.8.2").atLeast(0, 8, 2)).isTrue();
        assertThat(ServerVersion.parse("v0.8.1").atLeast(0, 8, 2)).isFalse();
        assertThat(ServerVersion.parse("v1.0.0").atLeast(0, 8, 26)).isTrue();
        assertThat(ServerVersion.parse("0.9.0-rc1")).isEqualTo(ServerVersion.UNKNOWN);
        assertThat(ServerVersion.parse("1.0.0")).isEqualTo(ServerVersion.UNKNOWN);
        assertThat(ServerVersion.parse("9c2dd4cb6a")).isEqualTo(ServerVersion.UNKNOWN);
        assertThat(ServerVersion.parse("v0.9")).isEqualTo(ServerVersion.UNKNOWN);
        assertThat(ServerVersion.parse("v.9.1")).isEqualTo(ServerVersion.UNKNOWN);
        assertThat(ServerVersion.parse(null).atLeast(0, 0, 0)).isFalse();
    }

    @Test
    void proxyTimeoutsAreWrittenAsSecondsOrMilliseconds() {
        assertThat(ProxyCommands.timeout(Duration.ofSeconds(2))).isEqualTo("2s");
        assertThat(ProxyCommands.timeout(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(ProxyCommands.timeout(null)).isNull();
        assertThat(ProxyCommands.timeout(Duration.ZERO)).isNull();
        assertThatThrownBy(() -> ProxyCommands.timeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theChallengerAddressBecomesTheRouteUrl() {
        assertThat(DigestRetry.addressOf(meta("udp", "127.0.0.1", 5170))).isEqualTo("sip:127.0.0.1:5170");
        assertThat(DigestRetry.addressOf(meta("tcp", "10.0.0.1", 5060))).isEqualTo("sip:10.0.0.1:5060;transport=tcp");
        assertThat(DigestRetry.addressOf(meta("", "2001:db8::7", 5060))).isEqualTo("sip:[2001:db8::7]:5060");
    }

    private static MessageMeta meta(String protocol, String address, int port) {
        return new MessageMeta(Source.NETWORK, 100, protocol, address, port, "10:00:00.000000");
    }

    @Test
    void routedVerbsAreLowerCaseAndUnique() {
        RouteTable routes = new RouteTable(List.of("INVITE", "invite", "Options", "cdr:stop"));
        assertThat(routes.all()).containsExactly("invite", "options", "cdr:stop");
        assertThat(routes.sipVerbs()).containsExactly("invite", "options");
        routes.drained(true);
        assertThat(routes.active()).containsExactly("cdr:stop");
        assertThatThrownBy(() -> new RouteTable(List.of(" "))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void durationsForLogLines() {
        assertThat(Durations.format(Duration.ofMillis(150))).isEqualTo("150ms");
        assertThat(Durations.format(Duration.ofMillis(1234))).isEqualTo("1.2s");
        assertThat(Durations.format(Duration.ofSeconds(30))).isEqualTo("30s");
    }
}
