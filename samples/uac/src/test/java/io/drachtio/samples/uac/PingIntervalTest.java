package io.drachtio.samples.uac;

import static io.drachtio.spring.test.assertj.SipAssertions.assertThat;

import io.drachtio.spring.test.AutoConfigureDrachtioTestServer;
import io.drachtio.spring.test.SipTestClient;
import io.drachtio.testserver.AppRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The OPTIONS ping repeats every {@code uac.interval}: with a short interval the kit sees one OPTIONS
 * after another, each answered, without the test touching the connection.
 */
@SpringBootTest(properties = {"uac.target=" + UacTest.TARGET, "uac.interval=200ms"})
@AutoConfigureDrachtioTestServer
class PingIntervalTest {

    @Autowired
    SipTestClient sip;

    @Test
    void pingsAgainEveryInterval() {
        for (int ping = 0; ping < 3; ping++) {
            AppRequest options = sip.awaitRequest("OPTIONS");
            assertThat(options).hasMethod("OPTIONS").hasRequestUri(UacTest.TARGET);
            options.respond(200);
        }
    }
}
