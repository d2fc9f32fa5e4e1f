package io.drachtio.samples.uac;

import static io.drachtio.spring.test.assertj.SipAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.drachtio.spring.test.AutoConfigureDrachtioTestServer;
import io.drachtio.spring.test.SipTestClient;
import io.drachtio.testserver.AppConnection;
import io.drachtio.testserver.AppRequest;
import io.drachtio.testserver.NetworkRequest;
import io.drachtio.testserver.ResponseSpec;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The UAC on the test kit: the kit plays the pinged target and the called far end; the HTTP API is
 * driven through {@link WebTestClient}.
 */
@SpringBootTest(properties = {"uac.target=" + UacTest.TARGET, "uac.interval=1h"})
@AutoConfigureDrachtioTestServer
@AutoConfigureWebTestClient
@ExtendWith(OutputCaptureExtension.class)
class UacTest {

    static final String TARGET = "sip:ping@127.0.0.1:5090";
    private static final String FAR_END = "sip:bob@127.0.0.1:5091";
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Autowired
    SipTestClient sip;

    @Autowired
    WebTestClient http;

    @Test
    void pingsTheTargetWhenConnectedAndLogsStatusAndRoundTrip(CapturedOutput output) {
        AppRequest options = awaitPingOnANewConnection();

        assertThat(options).hasMethod("OPTIONS").hasRequestUri(TARGET);
        options.respond(200);

        await().atMost(WAIT).untilAsserted(() -> assertThat(output.getOut())
                .containsPattern("INFO .* OPTIONS " + TARGET + " answered 200 OK in \\d+ ms"));
    }

    @Test
    void logsAFailedPingWithItsStatus(CapturedOutput output) {
        awaitPingOnANewConnection().respond(ResponseSpec.status(503).reason("Maintenance"));

        await().atMost(WAIT).untilAsserted(() -> assertThat(output.getOut())
                .containsPattern("INFO .* OPTIONS " + TARGET + " answered 503 Maintenance in \\d+ ms"));
    }

    @Test
    void answeredCallIsAckedAndHungUpAfterItsDuration() {
        CallView placed = placeCall(Map.of("to", FAR_END, "duration", "300ms"));
        assertThat(placed.state()).isEqualTo("calling");

        AppRequest invite = sip.awaitRequest("INVITE");
        assertThat(invite).hasRequestUri(FAR_END).hasContentType("application/sdp").hasBody(Dialer.OFFER);
        invite.respond(180);
        awaitState(placed.id(), "ringing");
        invite.respond(ResponseSpec.status(200).sdp(NetworkRequest.DEFAULT_SDP));

        assertThat(invite.awaitAck()).hasMethod("ACK");
        awaitState(placed.id(), "answered");
        AppRequest bye = invite.dialog().awaitRequest("BYE");
        bye.respond(200);
        assertThat(awaitState(placed.id(), "ended").status()).isEqualTo(200);
    }

    @Test
    void farEndHangingUpEndsTheCall() {
        CallView placed = placeCall(Map.of("to", FAR_END, "duration", "1h"));
        AppRequest invite = sip.awaitRequest("INVITE");
        invite.respond(ResponseSpec.status(200).sdp(NetworkRequest.DEFAULT_SDP));
        invite.awaitAck();

        assertThat(invite.dialog().sendBye().awaitFinalResponse()).hasStatus(200);

        awaitState(placed.id(), "ended");
    }

    @Test
    void unansweredCallIsCancelledAfterCancelAfter() {
        CallView placed = placeCall(Map.of("to", FAR_END, "cancel-after", "300ms"));
        AppRequest invite = sip.awaitRequest("INVITE");
        invite.respond(180);

        assertThat(invite.awaitCancel()).hasMethod("CANCEL");

        CallView cancelled = awaitState(placed.id(), "cancelled");
        assertThat(cancelled.status()).isEqualTo(487);
        assertThat(invite.responses()).extracting(response -> response.status()).contains(487);
    }

    @Test
    void rejectedCallFailsWithTheFinalStatus() {
        CallView placed = placeCall(Map.of("to", FAR_END));

        sip.awaitRequest("INVITE").respond(486);

        CallView failed = awaitState(placed.id(), "failed");
        assertThat(failed.status()).isEqualTo(486);
        assertThat(failed.reason()).isEqualTo("Busy Here");
    }

    @Test
    void placesACallFromFormFields() {
        String location = http.post().uri("/calls").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("to", FAR_END).with("cancel-after", "10s"))
                .exchange().expectStatus().isAccepted()
                .returnResult(CallView.class).getResponseHeaders().getLocation().getPath();

        sip.awaitRequest("INVITE").respond(603);

        assertThat(location).startsWith("/calls/");
        await().atMost(WAIT).untilAsserted(() -> http.get().uri(location).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("failed").jsonPath("$.status").isEqualTo(603));
    }

    @Test
    void listsTheCallsWithTheirState() {
        CallView first = placeCall(Map.of("to", FAR_END));
        sip.awaitRequest("INVITE").respond(404);
        CallView second = placeCall(Map.of("to", "sip:carol@127.0.0.1:5092"));
        sip.awaitRequest("INVITE").respond(480);
        awaitState(second.id(), "failed");

        http.get().uri("/calls").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.id == '" + first.id() + "')].status").isEqualTo(404)
                .jsonPath("$[?(@.id == '" + second.id() + "')].status").isEqualTo(480)
                .jsonPath("$[?(@.id == '" + second.id() + "')].state").isEqualTo("failed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"to\": \"\"}", "{\"to\": \"bob\"}", "{\"to\": \"tel:+15551234\"}",
            "{\"to\": \"sip:bob@127.0.0.1\", \"duration\": \"soon\"}",
            "{\"to\": \"sip:bob@127.0.0.1\", \"cancel-after\": \"-1s\"}", "not json"})
    void badInputIsRefusedWith400(String body) {
        http.post().uri("/calls").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    void anUnknownCallIs404() {
        http.get().uri("/calls/no-such-call").exchange().expectStatus().isNotFound();
    }

    /** Reconnects, so that the application pings at once, and returns that ping. */
    private AppRequest awaitPingOnANewConnection() {
        sip.dropConnection();
        sip.awaitReady();
        AppRequest options = sip.awaitRequest("OPTIONS");
        while (!options.connection().map(AppConnection::isOpen).orElse(false)) {
            options = sip.awaitRequest("OPTIONS");           // a ping of the connection just dropped
        }
        return options;
    }

    private CallView placeCall(Map<String, String> fields) {
        return http.post().uri("/calls").contentType(MediaType.APPLICATION_JSON).bodyValue(fields)
                .exchange().expectStatus().isAccepted()
                .expectHeader().valueMatches("Location", ".*/calls/[0-9a-f-]+")
                .expectBody(CallView.class).returnResult().getResponseBody();
    }

    private CallView awaitState(String id, String state) {
        return await().atMost(WAIT).until(() -> http.get().uri("/calls/{id}", id).exchange()
                .expectStatus().isOk().expectBody(CallView.class).returnResult().getResponseBody(),
                call -> state.equals(call.state()));
    }
}
