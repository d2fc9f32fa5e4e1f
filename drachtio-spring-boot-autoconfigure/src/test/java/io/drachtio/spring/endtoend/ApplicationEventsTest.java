package io.drachtio.spring.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.client.ConnectionEvent;
import io.drachtio.sip.SipResponse;
import io.drachtio.spring.annotation.Body;
import io.drachtio.spring.annotation.Invite;
import io.drachtio.spring.annotation.SipController;
import io.drachtio.spring.boot.autoconfigure.DrachtioAutoConfiguration;
import io.drachtio.spring.event.CdrAttemptEvent;
import io.drachtio.spring.event.CdrStopEvent;
import io.drachtio.spring.event.DrachtioAuthenticationFailedEvent;
import io.drachtio.spring.event.DrachtioConnectedEvent;
import io.drachtio.spring.event.DrachtioDisconnectedEvent;
import io.drachtio.spring.event.DrachtioReconnectingEvent;
import io.drachtio.spring.event.UnsolicitedRequestEvent;
import io.drachtio.spring.reply.SipReply;
import io.drachtio.testserver.AppConnection;
import io.drachtio.testserver.DrachtioTestServer;
import io.drachtio.testserver.NetworkTransaction;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Connection events, CDRs and unsolicited requests reach {@code @EventListener}s, over a real socket to
 * the test server.
 */
@SpringBootTest(classes = ApplicationEventsTest.EventsApplication.class, properties = {
        "drachtio.lifecycle.await-connection=true", "drachtio.reconnect.initial-delay=20ms",
        "drachtio.reconnect.jitter=0"})
@ContextConfiguration(initializers = TestServerInitializer.class)
class ApplicationEventsTest {

    /** An application answering every INVITE with its offer, and the event listeners. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({Calls.class, RecordedEvents.class})
    static class EventsApplication {
    }

    /** Answers every INVITE {@code 200} with the offer as answer. */
    @SipController
    static class Calls {

        @Invite
        SipReply answer(@Body String offer) {
            return SipReply.ok().body("application/sdp", offer);
        }
    }

    @Autowired
    DrachtioTestServer server;

    @Autowired
    RecordedEvents events;

    @Test
    void theConnectionAtStartUpIsPublished() {
        assertThat(events.history()).first().isInstanceOfSatisfying(DrachtioConnectedEvent.class, connected -> {
            assertThat(connected.connection().name()).isEqualTo("default");
            assertThat(((ConnectionEvent.Connected) connected.clientEvent()).server().version())
                    .isEqualTo("v0.9.10-1-g9c2dd4cb6a");
        });
    }

    @Test
    void aLostConnectionIsReportedAndReconnected() throws InterruptedException {
        server.awaitRoute("invite");

        server.dropAllConnections();

        assertThat(events.await(DrachtioDisconnectedEvent.class).connection().name()).isEqualTo("default");
        DrachtioReconnectingEvent reconnecting = events.await(DrachtioReconnectingEvent.class);
        assertThat(((ConnectionEvent.Reconnecting) reconnecting.clientEvent()).attempt()).isEqualTo(1);
        events.await(DrachtioConnectedEvent.class);
        assertThat(server.awaitRoute("invite").isAuthenticated()).isTrue();
    }

    @Test
    void onlyTheCdrKindsSomeListenerWantsAreRoutedAndPublished() throws InterruptedException {
        AppConnection connection = server.awaitRoute("invite");
        assertThat(connection.routes()).contains("cdr:attempt", "cdr:stop").doesNotContain("cdr:start");

        NetworkTransaction invite = Network.request(server, "INVITE", "cdr").sdp().send();
        SipResponse answer = invite.awaitFinalResponse();
        invite.sendAck();
        invite.sendBye().awaitFinalResponse();

        CdrAttemptEvent attempt = events.await(CdrAttemptEvent.class,
                event -> answer.callId().equals(event.record().message().callId()));
        assertThat(attempt.record().connection()).isEqualTo("default");
        CdrStopEvent stop = events.await(CdrStopEvent.class,
                event -> answer.callId().equals(event.record().message().callId()));
        assertThat(stop.record().detail()).isNotBlank();
    }

    @Test
    void theServersOwnByeAfterAnAckTimeoutIsPublishedAsUnsolicited() throws InterruptedException {
        NetworkTransaction invite = Network.request(server, "INVITE", "no-ack").sdp().send();
        SipResponse answer = invite.awaitFinalResponse();
        assertThat(answer.status()).isEqualTo(200);

        server.clock().advance(Duration.ofSeconds(32));

        UnsolicitedRequestEvent bye = events.await(UnsolicitedRequestEvent.class,
                event -> answer.callId().equals(event.request().callId()));
        assertThat(bye.request().method()).isEqualTo("BYE");
        assertThat(bye.request().response().isAnswerable()).isFalse();
    }

    @Test
    void aRefusedSecretIsPublished() {
        try (DrachtioTestServer refusing = DrachtioTestServer.builder().secret("the-right-one").start()) {
            new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(DrachtioAutoConfiguration.class))
                    .withBean(RecordedEvents.class)
                    .withPropertyValues("drachtio.port=" + refusing.adminPort(), "drachtio.secret=a-wrong-one")
                    .run(context -> {
                        DrachtioAuthenticationFailedEvent failed = context.getBean(RecordedEvents.class)
                                .await(DrachtioAuthenticationFailedEvent.class);
                        assertThat(failed.connection().name()).isEqualTo("default");
                        assertThat(failed.toString()).doesNotContain("a-wrong-one");
                    });
        }
    }
}
