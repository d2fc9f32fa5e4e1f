package io.drachtio.spring.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.client.CdrRecord;
import io.drachtio.client.ConnectionOptions;
import io.drachtio.client.DrachtioClient;
import io.drachtio.sip.SipMessageParser;
import io.drachtio.spring.boot.autoconfigure.DrachtioLifecycle;
import io.drachtio.spring.event.DrachtioCdrEvent;
import io.drachtio.testserver.DrachtioTestServer;
import io.drachtio.wire.CdrKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import reactor.core.publisher.Mono;

/**
 * What the kit's own awaits say when they time out, against a real test server and a real drachtio
 * client (no Spring context: a short await timeout keeps the failures quick).
 */
class AwaitFailureTest {

    private static final Duration TIMEOUT = Duration.ofMillis(200);

    private DrachtioTestServer server;
    private DrachtioClient client;
    private ReceivedEvents received;
    private SipTestClient sip;
    private Mono<Void> started;

    @BeforeEach
    void startServer() {
        server = DrachtioTestServer.builder().secret("right-secret").awaitTimeout(TIMEOUT).start();
        received = new ReceivedEvents(TIMEOUT);
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        server.close();
    }

    @Test
    void aMissingCdrNamesTheKindAndWhatArrivedInstead() throws IOException {
        useClient("right-secret");
        started.block(Duration.ofSeconds(5));
        CdrRecord attempt = new CdrRecord(CdrKind.ATTEMPT, "network", "10:15:00.000001", null,
                SipMessageParser.parse(message("invite_sdp.sip")), "default");
        received.onApplicationEvent(DrachtioCdrEvent.of(attempt));

        assertThatThrownBy(() -> sip.awaitCdr(CdrKind.STOP)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Timed out after 200 ms waiting for a cdr:stop record (the application routes "
                        + "[invite])")
                .hasMessageContaining("in CDRs the application received; arrived instead:")
                .hasMessageContaining("kind=ATTEMPT");
        assertThatThrownBy(() -> sip.awaitCdr(CdrKind.ATTEMPT, "another-call"))
                .hasMessageContaining("waiting for a cdr:attempt record of call another-call");
        assertThat(sip.awaitCdr(CdrKind.ATTEMPT, "YjBhMDliMWMxNzQ4ZTc5Nzg1ZTcyYTExMWMzZDlhNmQ")).isSameAs(attempt);
        assertThat(sip.cdrs()).containsExactly(attempt);
    }

    @Test
    void aMissingUnsolicitedRequestSaysNothingArrived() {
        useClient("right-secret");

        assertThatThrownBy(() -> sip.awaitUnsolicitedRequest("bye")).isInstanceOf(AssertionError.class)
                .hasMessage("Timed out after 200 ms waiting for an unsolicited BYE in unsolicited requests the "
                        + "application received; nothing arrived");
        assertThat(sip.unsolicitedRequests()).isEmpty();
    }

    @Test
    void anApplicationThatCannotConnectIsDescribedFromBothSides() {
        useClient("wrong-secret");

        assertThatThrownBy(sip::awaitReady).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Timed out after 200 ms waiting for the application to connect to the drachtio "
                        + "test server at 127.0.0.1:" + server.adminPort() + " and route [invite]")
                .hasMessageContaining("AUTHENTICATION_FAILED")
                .hasMessageContaining("not authenticated")
                .message().doesNotContain("wrong-secret").doesNotContain("right-secret");
    }

    @Test
    void aConnectedApplicationIsReady() {
        useClient("right-secret");
        started.block(Duration.ofSeconds(5));

        assertThat(sip.awaitReady()).isSameAs(sip);
        assertThat(server.connections()).singleElement()
                .satisfies(connection -> assertThat(connection.routes()).containsExactly("invite"));
    }

    @Test
    void anApplicationWithoutClientNeverConnects() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        SipTestClient withoutClient = new SipTestClient(server, new ApplicationReadiness(server,
                beans.getBeanProvider(DrachtioClient.class), beans.getBeanProvider(DrachtioLifecycle.class)), received);

        assertThat(withoutClient.expectsConnection()).isFalse();
        assertThatThrownBy(withoutClient::awaitReady).isInstanceOf(AssertionError.class)
                .hasMessageContaining("the application has no DrachtioClient bean");
    }

    private void useClient(String secret) {
        client = DrachtioClient.builder()
                .connection(ConnectionOptions.builder(server.adminHost(), server.adminPort(), secret).build())
                .route("invite")
                .requestHandler(request -> request.response().send(486).subscribe())
                .build();
        started = client.start().cache();
        started.subscribe(null, error -> { });
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("client", client);
        sip = new SipTestClient(server, new ApplicationReadiness(server, beans.getBeanProvider(DrachtioClient.class),
                beans.getBeanProvider(DrachtioLifecycle.class)), received);
    }

    private static String message(String name) throws IOException {
        return Files.readString(Path.of(System.getProperty("drachtio.shared.dir", "../shared"), "data", "messages", name));
    }
}
