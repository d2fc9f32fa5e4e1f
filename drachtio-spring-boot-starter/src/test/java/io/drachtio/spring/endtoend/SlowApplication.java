package io.drachtio.spring.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.spring.annotation.Body;
import io.drachtio.spring.annotation.Invite;
import io.drachtio.spring.annotation.SipController;
import io.drachtio.spring.reply.SipReply;
import io.drachtio.testserver.AppConnection;
import io.drachtio.testserver.DrachtioTestServer;
import io.drachtio.testserver.NetworkTransaction;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * An application whose INVITE handler waits at a {@link Gate} before it answers {@code 200}: the
 * lifecycle and overload tests close, stop or flood it while a handler is still working. With the
 * helpers those tests share.
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
     * Sends an INVITE and waits until its handler waits at the gate.
     *
     * @param server the test server
     * @param gate   the gate
     * @return the INVITE's transaction
     * @throws InterruptedException when interrupted
     */
    static NetworkTransaction inviteWaitingAtTheGate(DrachtioTestServer server, Gate gate) throws InterruptedException {
        NetworkTransaction invite = Network.request(server, "INVITE", "slow").sdp().send();
        assertThat(gate.entered().await(5, TimeUnit.SECONDS)).as("the handler got the INVITE").isTrue();
        return invite;
    }

    /**
     * Waits until a connection has no routes left.
     *
     * @param connection the application's connection
     * @throws InterruptedException when interrupted
     */
    static void awaitNoRoutes(AppConnection connection) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!connection.routes().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the routes " + connection.routes() + " were not removed within 5 s");
            }
            Thread.sleep(5);
        }
    }
}
