package io.drachtio.embedded.sip.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.uri.Uris;
import org.junit.jupiter.api.Test;

class LocalEndpointTest {

    private final LocalEndpoint local = new LocalEndpoint("127.0.0.1", 5160, 5161);

    @Test
    void rendersUrisAndRecordRoutesTheWayDrachtioDoes() {
        assertThat(local.uri(Transport.UDP)).isEqualTo("sip:127.0.0.1:5160");
        assertThat(local.uri(Transport.TCP)).isEqualTo("sip:127.0.0.1:5161;transport=tcp");
        assertThat(local.recordRoute(Transport.UDP)).isEqualTo("<sip:127.0.0.1:5160;lr>");
        assertThat(ViaText.ownVia(Transport.UDP, "127.0.0.1", 5160, "z9hG4bKQa9UZt9UKpBBj"))
                .isEqualTo("SIP/2.0/UDP 127.0.0.1:5160;rport;branch=z9hG4bKQa9UZt9UKpBBj");
        assertThat(ViaText.ownVia(Transport.TCP, "127.0.0.1", 5160, "z9hG4bKBZ2B3Qt2S880S"))
                .isEqualTo("SIP/2.0/TCP 127.0.0.1:5160;branch=z9hG4bKBZ2B3Qt2S880S");
    }

    @Test
    void recognisesItsOwnUris() {
        assertThat(local.isLocal(Uris.parse("sip:1000@127.0.0.1:5160"))).isTrue();
        assertThat(local.isLocal(Uris.parse("sip:localhost:5161;transport=tcp;lr"))).isTrue();
        assertThat(local.isLocal(Uris.parse("sip:127.0.0.1"))).as("default port 5060").isFalse();
        assertThat(local.isLocal(Uris.parse("sip:10.0.0.1:5160"))).isFalse();
        assertThat(local.isLocal(Uris.parse("tel:+15551234"))).isFalse();
    }

    @Test
    void generatesIdsInDrachtiosFormats() {
        IdGenerator ids = new IdGenerator();

        assertThat(ids.tag()).matches("[0-9A-Za-z]{13}");
        assertThat(ids.branch()).matches("z9hG4bK[0-9A-Za-z]{13}");
        assertThat(ids.proxyBranch()).matches("z9hG4bK[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(ids.cseq()).isBetween(100_000_000L, 999_999_999L);
        assertThat(ids.rseq()).isBetween(1L, (1L << 31) - 1);
        assertThat(ids.tag()).isNotEqualTo(ids.tag());
    }
}
