package io.drachtio.spring.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.SipResponse;
import io.drachtio.testserver.DrachtioTestServer;
import io.drachtio.testserver.NetworkRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every kind of handler argument, bound from a real request delivered over a real socket. */
@EndToEndTest
class HandlerArgumentsTest {

    @Autowired
    DrachtioTestServer server;

    @Test
    void theRequestAndItsContext() {
        NetworkRequest request = Network.request(server, "MESSAGE", "bind").callId("bind-call@example.com");

        SipResponse response = request.send().awaitFinalResponse();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("X-Request")).isEqualTo("MESSAGE true");
        assertThat(response.header("X-Channel")).isEqualTo("true");
        assertThat(response.header("X-Same-Message")).isEqualTo("true");
        assertThat(response.header("X-Source")).isEqualTo("127.0.0.1:5061/udp");
        assertThat(response.header("X-Connection")).isEqualTo("default true");
        assertThat(response.header("X-Client")).isEqualTo("true");
        assertThat(response.header("X-Call-ID")).isEqualTo("bind-call@example.com");
        assertThat(response.header("X-Thread")).as("blocking handlers run on the dispatcher pool")
                .startsWith("sip-handler-");
    }

    @Test
    void parsedHeaderViews() {
        SipResponse response = Network.request(server, "MESSAGE", "parsed")
                .from("\"Alice\" <sip:alice@example.com>;tag=a73kszlfl")
                .to("<sip:parsed@example.com>")
                .header("Contact", "<sip:alice@10.0.0.7:5062>, <sip:alice@10.0.0.8:5062>")
                .header("P-Asserted-Identity", "<sip:+15551234@example.com>")
                .send().awaitFinalResponse();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("X-From")).isEqualTo("Alice/alice/a73kszlfl");
        assertThat(response.header("X-To")).isEqualTo("parsed");
        assertThat(response.header("X-Contact")).isEqualTo("10.0.0.7/2");
        assertThat(response.header("X-Via")).isEqualTo("127.0.0.1/1");
        assertThat(response.header("X-CSeq")).endsWith(" MESSAGE");
        assertThat(response.header("X-Asserted")).isEqualTo("+15551234");
    }

    @Test
    void convertedHeadersRequestUriBodyAndTheApplicationsOwnResolver() {
        SipResponse response = Network.request(server, "MESSAGE", "converted")
                .from("<sip:carol@example.com>;tag=c1")
                .header("X-Big", "9000000000")
                .header("X-Tag", "red")
                .header("X-Tag", "green")
                .header("X-Present", "here")
                .header("X-Tenant", "blue")
                .body("text/plain", "hello SIP world")
                .send().awaitFinalResponse();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("X-Max-Forwards")).isEqualTo("71");
        assertThat(response.header("X-Big")).isEqualTo("9000000001");
        assertThat(response.header("X-Tags")).isEqualTo("red+green");
        assertThat(response.header("X-Optional")).isEqualTo("false/here");
        assertThat(response.header("X-Tenant")).as("a Converter bean").isEqualTo("BLUE");
        assertThat(response.header("X-Missing")).as("not required").isEqualTo("null");
        assertThat(response.header("X-Uri")).isEqualTo("true/true/converted");
        assertThat(response.header("X-Body")).isEqualTo("hello SIP world/15/3");
        assertThat(response.header("X-Caller")).as("a HandlerMethodArgumentResolver bean").isEqualTo("carol");
    }

    @Test
    void aMissingRequiredHeaderAnswers400() {
        SipResponse response = Network.answer(server, "MESSAGE", "needs");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.reason()).isEqualTo("Missing X-Required header");
    }

    @Test
    void aHeaderThatDoesNotConvertAnswers400() {
        assertThat(Network.answer(server, "MESSAGE", "count", "X-Count", "3").status()).isEqualTo(203);

        SipResponse response = Network.answer(server, "MESSAGE", "count", "X-Count", "many");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.reason()).isEqualTo("Bad X-Count header");
    }

    @Test
    void aNonSipRequestUriBoundToSipUriAnswers416() {
        SipResponse response = server.request("MESSAGE", "tel:+15551234").send().awaitFinalResponse();

        assertThat(response.status()).isEqualTo(416);
        assertThat(response.reason()).isEqualTo("Unsupported URI Scheme");
    }
}
