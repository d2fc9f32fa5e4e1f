package io.drachtio.embedded.app;

import static io.drachtio.embedded.app.EmbeddedApp.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.client.IncomingRequest;
import io.drachtio.embedded.sipp.Sipp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * sipp calls the embedded server over loopback UDP and TCP; an application connected over the control
 * protocol ({@code DrachtioClient}) answers.
 */
class CallsThroughTheAppTest extends SippAppTest {

    @ParameterizedTest(name = "tcp={0}")
    @ValueSource(booleans = {false, true})
    void optionsAndRegisterAreAnsweredByTheApp(boolean tcp) throws Exception {
        app.on("OPTIONS", request -> request.response().send(200, r -> r.headers().add("X-App", "embedded"))
                .subscribe());
        app.on("REGISTER", request -> request.response().send(200, r -> {
            r.headers().add("Contact", request.message().header("Contact"));
            r.headers().add("Expires", "3600");
        }).subscribe());

        app.caller("uac-options.xml", tcp).assertPassed();
        app.caller("uac-register.xml", tcp).assertPassed();

        IncomingRequest options = app.awaitRequest("OPTIONS");
        assertThat(options.meta().protocol()).isEqualTo(tcp ? "tcp" : "udp");
        assertThat(options.message().topVia().rport()).isNotNull();
        assertThat(app.awaitRequest("REGISTER").message().header("Contact")).contains("127.0.0.1");
    }

    @ParameterizedTest(name = "tcp={0}")
    @ValueSource(booleans = {false, true})
    void inviteIsAnsweredAckedAndEndedByTheCallersBye(boolean tcp) throws Exception {
        app.on("INVITE", request -> {
            request.response().send(180).subscribe();
            app.answerWithSdp(request, 200);
        });

        Sipp sipp = app.caller("uac-invite-bye.xml", tcp);
        IncomingRequest invite = app.awaitRequest("INVITE");
        IncomingRequest ack = invite.ack().block(WAIT);
        sipp.assertPassed();

        String dialogId = invite.callId() + ";from-tag=" + invite.message().from().tag();
        assertThat(ack.meta().dialogId()).isEqualTo(dialogId);
        assertThat(ack.meta().transactionId()).isEqualTo(invite.transactionId());
        IncomingRequest bye = app.awaitRequest("BYE");
        assertThat(bye.meta().dialogId()).isEqualTo(dialogId);
        assertThat(app.awaitCdr()).isEqualTo("cdr:attempt:null");
        assertThat(app.awaitCdr()).isEqualTo("cdr:start:uas");
        assertThat(app.awaitCdr()).isEqualTo("cdr:stop:normal-release");
    }

    @ParameterizedTest(name = "tcp={0}")
    @ValueSource(booleans = {false, true})
    void busyHereIsForwardedAndAcknowledgedByTheServer(boolean tcp) throws Exception {
        app.on("INVITE", request -> request.response().send(486).subscribe());

        app.caller("uac-invite-486.xml", tcp).assertPassed();

        assertThat(app.awaitCdr()).isEqualTo("cdr:attempt:null");
        assertThat(app.awaitCdr()).isEqualTo("cdr:stop:call-rejected");
    }

    @ParameterizedTest(name = "tcp={0}")
    @ValueSource(booleans = {false, true})
    void aCancelBeforeTheAnswerReachesTheApp(boolean tcp) throws Exception {
        app.on("INVITE", request -> request.response().send(180).subscribe());

        Sipp sipp = app.caller("uac-invite-cancel.xml", tcp);
        IncomingRequest invite = app.awaitRequest("INVITE");
        assertThat(invite.cancelled().block(WAIT).method()).isEqualTo("CANCEL");
        sipp.assertPassed();

        assertThat(invite.isCancelled()).isTrue();
        assertThat(app.awaitCdr()).isEqualTo("cdr:attempt:null");
        assertThat(app.awaitCdr()).isEqualTo("cdr:stop:call-canceled");
    }

    @ParameterizedTest(name = "tcp={0}")
    @ValueSource(booleans = {false, true})
    void aReliable183IsAcknowledgedWithPrackBeforeTheAnswer(boolean tcp) throws Exception {
        app.on("PRACK", request -> request.response().send(200).subscribe());
        app.on("INVITE", request -> {
            app.answerWithSdp(request, 183, "Require", "100rel");
            request.prack().subscribe(prack -> app.answerWithSdp(request, 200));
        });

        Sipp sipp = app.caller("uac-invite-100rel.xml", tcp);
        IncomingRequest invite = app.awaitRequest("INVITE");
        IncomingRequest prack = invite.prack().block(WAIT);
        sipp.assertPassed();

        assertThat(prack.message().rack().rseq()).isPositive();
        assertThat(prack.meta().dialogId()).isEqualTo(invite.callId() + ";from-tag=" + invite.message().from().tag());
        assertThat(app.awaitRequest("BYE")).isNotNull();
    }
}
