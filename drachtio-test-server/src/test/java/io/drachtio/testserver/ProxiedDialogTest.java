package io.drachtio.testserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import org.junit.jupiter.api.Test;

/**
 * The caller's side of a proxied call that a target answered 2xx: its ACK goes end to end to the
 * answering target, and with record-routing its dialog runs through the server (RFC 3261 §12.1.2,
 * §16.12), which relays the requests without the application (§9.1).
 */
class ProxiedDialogTest extends ProxyFixture {

    private static final String BUSY = TARGET_1;
    private static final String ANSWERING = TARGET_2;
    private static final String ANSWERING_CONTACT = "sip:192.0.2.72:5060;transport=UDP";
    private static final String SERVER_ROUTE = "<sip:127.0.0.1:5060;lr>";

    @Test
    void theCallersDialogFollowsTheRecordRouteThroughTheServerToTheAnsweringTarget() {
        NetworkTransaction call = answeredCall("remainInDialog");
        SipResponse answer = call.awaitFinalResponse();
        assertThat(answer.header("Record-Route")).isEqualTo(SERVER_ROUTE);

        NetworkTransaction ack = call.sendAck();
        NetworkDialog dialog = call.dialog();
        NetworkTransaction bye = dialog.sendBye();

        assertThat(ack.handling()).isEqualTo(RequestHandling.RELAYED);
        assertThat(ack.sentRequest().requestUri()).isEqualTo(ANSWERING_CONTACT);
        assertThat(ack.sentRequest().header("Route")).isEqualTo(SERVER_ROUTE);
        SipRequest sentBye = bye.sentRequest();
        assertThat(sentBye.requestUri()).isEqualTo(ANSWERING_CONTACT);
        assertThat(sentBye.header("Route")).isEqualTo(SERVER_ROUTE);
        assertThat(sentBye.cseq().number()).isEqualTo(call.request().cseq().number() + 1);
        assertThat(sentBye.to().tag()).isEqualTo(answer.to().tag());
        assertThat(bye.handling()).isEqualTo(RequestHandling.RELAYED);
        assertThat(bye.awaitFinalResponse().status()).isEqualTo(200);
        assertThat(dialog.isActive()).isFalse();
        assertThat(dialog.dialogId()).isEqualTo(call.request().callId() + ";from-tag=" + call.request().from().tag());

        assertThat(server.networkRequests()).extracting(AppRequest::method)
                .containsExactly("INVITE", "ACK", "INVITE", "ACK", "BYE");     // 486 ACKed hop by hop, 2xx end to end
        SipRequest relayedBye = server.awaitServerRequest("BYE").request();
        assertThat(relayedBye.hasHeader("Route")).isFalse();
        assertThat(relayedBye.vias()).hasSize(2);
        app.assertNothingPending();
    }

    @Test
    void theAckOfTheProxied2xxIsRecordedAtTheTargetThatAnswered() {
        NetworkTransaction call = answeredCall("remainInDialog");
        SipResponse answer = call.awaitFinalResponse();

        call.sendAck();

        ProxyOperation operation = server.awaitProxy();
        assertThat(operation.acksTo(ANSWERING)).singleElement().satisfies(ack -> {
            assertThat(ack.requestUri()).isEqualTo(ANSWERING_CONTACT);
            assertThat(ack.to().tag()).isEqualTo(answer.to().tag());
            assertThat(ack.cseq().number()).isEqualTo(call.request().cseq().number());
            assertThat(ack.hasHeader("Route")).isFalse();                     // the server removed its own entry
        });
        assertThat(operation.acksTo(BUSY)).singleElement()
                .satisfies(ack -> assertThat(ack.to().tag())
                        .isEqualTo(operation.responsesFrom(BUSY).get(0).to().tag()));
    }

    @Test
    void withoutRecordRoutingTheAckGoesStraightToTheTargetAndThereIsNoDialogThroughTheServer() {
        NetworkTransaction call = answeredCall("");
        assertThat(call.awaitFinalResponse().hasHeader("Record-Route")).isFalse();

        NetworkTransaction ack = call.sendAck();

        assertThat(ack.handling()).isEqualTo(RequestHandling.ABSORBED);
        assertThat(ack.sentRequest().hasHeader("Route")).isFalse();
        assertThat(server.awaitProxy().acksTo(ANSWERING)).singleElement()
                .satisfies(received -> assertThat(received.requestUri()).isEqualTo(ANSWERING_CONTACT));
        assertThat(server.networkRequests()).extracting(AppRequest::method).containsExactly("INVITE", "ACK", "INVITE");
        assertThatThrownBy(call::dialog).isInstanceOf(AssertionError.class).hasMessageContaining("no dialog for");
    }

    private NetworkTransaction answeredCall(String recordRoute) {
        server.proxyTarget(BUSY).answers(486);
        server.proxyTarget(ANSWERING).answers(180).answers(ResponseSpec.status(200).sdp(NetworkRequest.DEFAULT_SDP));
        NetworkTransaction call = proxiedCall(recordRoute, "serial", BUSY, ANSWERING);
        assertThat(app.nextReply().isContinue()).isTrue();
        assertThat(app.nextReply().isContinue()).isTrue();
        assertThat(app.nextReply().isDone()).isTrue();
        return call;
    }
}
