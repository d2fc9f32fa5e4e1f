package io.drachtio.spring.endtoend;

import io.drachtio.spring.annotation.Body;
import io.drachtio.spring.annotation.Invite;
import io.drachtio.spring.annotation.SipController;
import io.drachtio.spring.reply.SipReply;
import io.drachtio.testserver.DrachtioTestServer;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * An application whose INVITE handler waits at a {@link Gate} before it answers {@code 200}; the tests
 * start and close it themselves, against their own test server.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(SlowApplication.SlowCalls.class)
class SlowApplication {

    /** Where INVITE handlers wait; a fresh one per test. */
    static final class Gate {

        private final CountDownLatch entered = new CountDownLatch(1);
        private final CountDownLatch open = new CountDownLatch(1);

        /** @return counted down when the first handler arrives */
        CountDownLatch entered() {
            return entered;
        }

        /** Lets every waiting and later handler through. */
        void open() {
            open.countDown();
        }
    }

    /** The gate the handlers wait at. */
    static volatile Gate gate = new Gate();

    /** Answers INVITEs once the gate is open. */
    @SipController
    static class SlowCalls {

        @Invite
        SipReply answer(@Body String offer) throws InterruptedException {
            Gate current = gate;
            current.entered.countDown();
            current.open.await();
            return SipReply.ok().body("application/sdp", offer);
        }
    }

    /**
     * @param server     the test server to connect to (start-up waits for the connection)
     * @param properties further properties, {@code name=value}
     * @return the running application
     */
    static ConfigurableApplicationContext start(DrachtioTestServer server, String... properties) {
        return new SpringApplicationBuilder(SlowApplication.class).web(WebApplicationType.NONE)
                .properties("drachtio.port=" + server.adminPort(), "drachtio.secret=" + TestServerInitializer.SECRET,
                        "drachtio.lifecycle.await-connection=true")
                .properties(properties)
                .run();
    }
}
