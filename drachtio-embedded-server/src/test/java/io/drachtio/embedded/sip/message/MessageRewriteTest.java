package io.drachtio.embedded.sip.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.embedded.sip.support.Messages;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageRewriteTest {

    private final SipRequest request = Messages.request(
            "INVITE sip:bob@127.0.0.1:5062 SIP/2.0",
            "v: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK1, SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK0",
            "Route: <sip:127.0.0.1:5060;lr>",
            "Route: <sip:127.0.0.1:5081;lr>",
            "From: <sip:alice@127.0.0.1>;tag=a",
            "To: <sip:bob@127.0.0.1>",
            "X-Keep: me",
            "Content-Type: application/sdp",
            "Content-Length: 4",
            "",
            "v=0\r");

    @Test
    void replacesHeadersInPlaceKeepsTheOthersAndTheBodyAndRecomputesContentLength() {
        SipRequest rewritten = MessageRewrite.of(request)
                .prepend("Via", "SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bKnew")
                .dropFirst("Route")
                .set("Max-Forwards", "69")
                .add("X-Added", "1")
                .toRequest("INVITE", "sip:bob@127.0.0.1:5063");

        assertThat(rewritten.requestUri()).isEqualTo("sip:bob@127.0.0.1:5063");
        assertThat(rewritten.headerValues("Via")).containsExactly("SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bKnew",
                "SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK1", "SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK0");
        assertThat(rewritten.headerValues("Route")).containsExactly("<sip:127.0.0.1:5081;lr>");
        assertThat(rewritten.headers().names()).containsExactly("Via", "Via", "Via", "Route", "From", "To", "X-Keep",
                "Content-Type", "Max-Forwards", "X-Added", "Content-Length");
        assertThat(rewritten.bodyAsString()).isEqualTo(request.bodyAsString());
        assertThat(rewritten.header("Content-Length")).isEqualTo(Integer.toString(request.body().length));
        assertThat(request.headerValues("Route")).as("the source is untouched").hasSize(2);
    }

    @Test
    void aViaForARequestWithoutOneGoesFirstAndRemovedHeadersDisappear() {
        SipRequest bare = Messages.request("OPTIONS sip:a@127.0.0.1 SIP/2.0", "To: <sip:a@127.0.0.1>", "Content-Length: 0");

        SipRequest rewritten = MessageRewrite.of(bare).prepend("Via", "SIP/2.0/TCP h:1;branch=z9hG4bKx")
                .remove("To").replace("Route", List.of()).toRequest();

        assertThat(rewritten.headers().names()).containsExactly("Via", "Content-Length");
    }

    @Test
    void responsesLoseTheirTopVia() {
        SipResponse response = SipResponse.forRequest(request, 486);

        SipResponse upstream = MessageRewrite.of(response).dropFirst("Via").toResponse();

        assertThat(upstream.status()).isEqualTo(486);
        assertThat(upstream.reason()).isEqualTo(response.reason());
        assertThat(upstream.headerValues("Via")).containsExactly("SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK0");
    }
}
