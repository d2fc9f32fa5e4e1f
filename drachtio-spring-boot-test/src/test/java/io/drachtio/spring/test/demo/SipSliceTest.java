package io.drachtio.spring.test.demo;

import static io.drachtio.spring.test.assertj.SipAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.spring.test.DrachtioTest;
import io.drachtio.spring.test.SipTestClient;
import io.drachtio.testserver.DrachtioTestServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The {@code @DrachtioTest} slice: the SIP layer of the demo application and nothing else. */
@DrachtioTest(properties = "drachtio.dispatcher.threads=2")
class SipSliceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SipTestClient sip;

    @Autowired
    DrachtioTestServer server;

    @Test
    void loadsTheSipLayerOnly() {
        assertThat(context.getBeanNamesForType(CallController.class)).hasSize(1);
        assertThat(context.getBeanNamesForType(CallAdvice.class)).hasSize(1);
        assertThat(context.getBeanNamesForType(BlocklistFilter.class)).hasSize(1);
        assertThat(context.getBeanNamesForType(Dialer.class)).isEmpty();
        assertThat(context.getBeanNamesForType(CallEvents.class)).isEmpty();
        assertThat(context.getEnvironment().getProperty("drachtio.dispatcher.threads")).isEqualTo("2");
    }

    @Test
    void servesCallsThroughTheTestServer() {
        assertThat(sip.server()).isSameAs(server);
        assertThat(server.connections()).anySatisfy(connection -> assertThat(connection.routes()).contains("invite")
                .doesNotContain("cdr:stop"));

        assertThat(sip.request("OPTIONS", "sip:ping@127.0.0.1").send().awaitFinalResponse()).hasStatus(200)
                .hasHeaderContaining("Allow", "PRACK");
        assertThat(sip.invite("sip:busy@127.0.0.1").send().awaitFinalResponse()).hasStatus(486);
        assertThat(sip.invite("sip:answer@127.0.0.1").from("<sip:spammer@10.9.9.9>").send().awaitFinalResponse())
                .hasStatus(403);
    }
}
