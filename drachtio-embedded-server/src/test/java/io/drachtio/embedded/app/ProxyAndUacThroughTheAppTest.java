package io.drachtio.embedded.app;

import static io.drachtio.embedded.app.EmbeddedApp.SDP;
import static io.drachtio.embedded.app.EmbeddedApp.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.client.ClientTransaction;
import io.drachtio.client.OutgoingRequest;
import io.drachtio.client.ProxyOptions;
import io.drachtio.client.ProxyResult;
import io.drachtio.client.ReceivedResponse;
import io.drachtio.embedded.sipp.Sipp;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The application proxies sipp's calls to sipp callees (serial failover, simultaneous forking) and calls
 * sipp callees itself (answered, challenged), all through the embedded server over loopback.
 */
class ProxyAndUacThroughTheAppTest extends SippAppTest {

    /** sipp sends the caller's BYE to the embedded server, so the proxy record-routes (remainInDialog). */
    private ProxyResult proxyCall(String firstCallee, String secondCallee, ProxyOptions options, int first,
            int second) throws Exception {
        List<Sipp> callees = List.of(app.callee(firstCallee, false, first), app.callee(secondCallee, false, second));
        CompletableFuture<ProxyResult> result = new CompletableFuture<>();
        app.on("INVITE", request -> request.proxy(options).subscribe(result::complete, result::completeExceptionally));

        app.caller("uac-invite-bye.xml", false).assertPassed();
        for (Sipp callee : callees) {
            callee.assertPassed();
        }
        return result.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Test
    void theAppProxiesWithSerialFailover() throws Exception {
        int first = Sipp.freePort();
        int second = Sipp.freePort();

        ProxyResult result = proxyCall("uas-486.xml", "uas-200-bye.xml",
                ProxyOptions.to("sip:127.0.0.1:" + first, "sip:127.0.0.1:" + second).remainInDialog(), first, second);

        assertThat(result.responses()).extracting(ProxyResult.ProxyResponse::status).containsExactly(486, 200);
        assertThat(result.connected()).isTrue();
        assertThat(result.finalStatus()).isEqualTo(200);
    }

    @Test
    void theAppForksSimultaneouslyAndTheLosingBranchIsCancelled() throws Exception {
        int first = Sipp.freePort();
        int second = Sipp.freePort();

        ProxyResult result = proxyCall("uas-200-bye.xml", "uas-180-cancelled.xml",
                ProxyOptions.to("sip:127.0.0.1:" + first, "sip:127.0.0.1:" + second).simultaneous().remainInDialog(),
                first, second);

        assertThat(result.responses()).extracting(ProxyResult.ProxyResponse::status).containsExactly(200);
        assertThat(result.connected()).isTrue();
    }

    @ParameterizedTest(name = "tcp={0}")
    @ValueSource(booleans = {false, true})
    void theAppCallsSippAcksAndHangsUp(boolean tcp) throws Exception {
        int port = Sipp.freePort();
        Sipp callee = app.callee("uas-200-bye.xml", tcp, port);

        ClientTransaction call = app.client().defaultConnection().request(OutgoingRequest
                .builder("INVITE", "sip:service@127.0.0.1:" + port + (tcp ? ";transport=tcp" : ""))
                .body("application/sdp", SDP).build());
        ReceivedResponse answer = call.finalResponse().block(WAIT);
        call.ack().block(WAIT);
        ClientTransaction bye = app.client().defaultConnection()
                .request(OutgoingRequest.inDialog("BYE", answer.dialogId()).build());

        assertThat(bye.finalResponse().block(WAIT).status()).isEqualTo(200);
        callee.assertPassed();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(call.responses().map(ReceivedResponse::status).collectList().block(WAIT)).containsExactly(180, 200);
        assertThat(app.awaitCdr()).isEqualTo("cdr:attempt:null");
        assertThat(app.awaitCdr()).isEqualTo("cdr:start:uac");
        assertThat(app.awaitCdr()).isEqualTo("cdr:stop:normal-release");
    }

    @Test
    void theAppAnswersADigestChallengeOfTheCallee() throws Exception {
        int port = Sipp.freePort();
        Sipp callee = app.callee("uas-407-then-200.xml", false, port);

        ClientTransaction call = app.client().defaultConnection().request(OutgoingRequest
                .builder("INVITE", "sip:service@127.0.0.1:" + port).body("application/sdp", SDP)
                .credentials("alice", "s3cret").build());
        ReceivedResponse answer = call.finalResponse().block(WAIT);
        call.ack().block(WAIT);
        app.client().defaultConnection().request(OutgoingRequest.inDialog("BYE", answer.dialogId()).build())
                .finalResponse().block(WAIT);

        callee.assertPassed();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(call.responses().map(ReceivedResponse::status).collectList().block(WAIT)).containsExactly(407, 200);
    }
}
