package io.drachtio.spring.observation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tag values stay low-cardinality whatever the network sends. */
class SipTagValuesTest {

    @Test
    void standardMethodsPassAndEverythingElseIsOther() {
        assertThat(SipTagValues.method("INVITE")).isEqualTo("INVITE");
        assertThat(SipTagValues.method("PUBLISH")).isEqualTo("PUBLISH");
        assertThat(SipTagValues.method("invite")).as("methods are case-sensitive").isEqualTo("OTHER");
        assertThat(SipTagValues.method("NEWMETHOD")).isEqualTo("OTHER");
        assertThat(SipTagValues.method(null)).isEqualTo("OTHER");
    }

    @Test
    void statusesBecomeClassesOrBoundedCodes() {
        assertThat(SipTagValues.statusClass(100)).isEqualTo("1xx");
        assertThat(SipTagValues.statusClass(200)).isEqualTo("2xx");
        assertThat(SipTagValues.statusClass(699)).isEqualTo("6xx");
        assertThat(SipTagValues.statusClass(0)).isEqualTo("NONE");
        assertThat(SipTagValues.statusClass(700)).isEqualTo("NONE");
        assertThat(SipTagValues.statusClass(-1)).isEqualTo("NONE");
        assertThat(SipTagValues.status(486)).isEqualTo("486").isSameAs(SipTagValues.status(486));
        assertThat(SipTagValues.status(99)).isEqualTo("NONE");
        assertThat(SipTagValues.status(1000)).isEqualTo("NONE");
    }

    @Test
    void acceptedOutboundConnectionsShareTheirListenersTag() {
        assertThat(SipTagValues.connection("outbound#17")).isEqualTo("outbound");
        assertThat(SipTagValues.isAcceptedConnection("outbound#17")).isTrue();
        String inbound = "10.0.0.1:9022";
        assertThat(SipTagValues.connection(inbound)).isSameAs(inbound);
        assertThat(SipTagValues.isAcceptedConnection(inbound)).isFalse();
        assertThat(SipTagValues.connection("a#b")).isEqualTo("a#b");
        assertThat(SipTagValues.connection("trailing#")).isEqualTo("trailing#");
        assertThat(SipTagValues.connection("#5")).isEqualTo("#5");
        assertThat(SipTagValues.connection("x#1#2")).isEqualTo("x#1");
    }
}
