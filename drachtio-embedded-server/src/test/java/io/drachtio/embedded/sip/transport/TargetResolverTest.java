package io.drachtio.embedded.sip.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.embedded.sip.support.Messages;
import io.drachtio.sip.header.Via;
import io.drachtio.sip.uri.Uris;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class TargetResolverTest {

    private final TargetResolver resolver = new TargetResolver(Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "test-dns");
        thread.setDaemon(true);
        return thread;
    }));

    private String resolve(String uri) {
        return resolver.resolve(Uris.parse(uri)).join().toString();
    }

    @Test
    void resolvesLiteralsLocalhostPortsTransportsAndMaddr() {
        assertThat(resolve("sip:bob@127.0.0.1")).isEqualTo("udp/127.0.0.1:5060");
        assertThat(resolve("sip:bob@127.0.0.3:5099;transport=TCP")).isEqualTo("tcp/127.0.0.3:5099");
        assertThat(resolve("sip:localhost:5070")).isEqualTo("udp/127.0.0.1:5070");
        assertThat(resolve("sip:[::1]:5070")).isEqualTo("udp/0:0:0:0:0:0:0:1:5070");
        assertThat(resolve("sip:bob@example.invalid:5080;maddr=127.0.0.9")).isEqualTo("udp/127.0.0.9:5080");
    }

    @Test
    void refusesWhatTheStackCannotReach() {
        assertThatThrownBy(() -> resolve("tel:+15551234")).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(TransportException.class);
        assertThatThrownBy(() -> resolve("sip:127.0.0.1;transport=sctp")).hasMessageContaining("not supported");
        assertThatThrownBy(() -> resolve("sip:no-such-host.invalid")).hasMessageContaining("Cannot resolve");
    }

    @Test
    void theNextHopIsTheTopRouteElseTheRequestUri() {
        assertThat(TargetResolver.nextHop(Messages.request("BYE sip:bob@127.0.0.1:5062 SIP/2.0",
                "Route: <sip:127.0.0.1:5081;lr>, <sip:127.0.0.1:5082;lr>", "Content-Length: 0")))
                .hasToString("sip:127.0.0.1:5081;lr");
        assertThat(TargetResolver.nextHop(Messages.request("BYE sip:bob@127.0.0.1:5062 SIP/2.0", "Content-Length: 0")))
                .hasToString("sip:bob@127.0.0.1:5062");
    }

    @Test
    void responsesGoToReceivedAndRport() {
        assertThat(resolver.responseDestination(Via.parse("SIP/2.0/UDP client.invalid:5070;received=127.0.0.4;rport=4000;branch=z9hG4bK1"))
                .join()).hasToString("udp/127.0.0.4:4000");
        assertThat(resolver.responseDestination(Via.parse("SIP/2.0/TCP 127.0.0.5;branch=z9hG4bK1")).join())
                .hasToString("tcp/127.0.0.5:5060");
    }
}
