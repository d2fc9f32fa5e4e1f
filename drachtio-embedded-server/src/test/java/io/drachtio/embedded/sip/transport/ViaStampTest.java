package io.drachtio.embedded.sip.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.embedded.sip.support.Messages;
import io.drachtio.sip.SipRequest;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class ViaStampTest {

    private static SipRequest request(String... vias) {
        String[] lines = new String[vias.length + 2];
        lines[0] = "OPTIONS sip:a@127.0.0.1 SIP/2.0";
        for (int i = 0; i < vias.length; i++) {
            lines[i + 1] = "Via: " + vias[i];
        }
        lines[lines.length - 1] = "Content-Length: 0";
        return Messages.request(lines);
    }

    @Test
    void recordsTheSourcePortInABareRportAndAddsReceivedWhenTheHostDiffers() {
        SipRequest request = request("SIP/2.0/UDP client.example.com:5070;rport;branch=z9hG4bK1");

        ViaStamp.stamp(request, new InetSocketAddress("127.0.0.2", 40000));

        assertThat(request.header("Via"))
                .isEqualTo("SIP/2.0/UDP client.example.com:5070;rport=40000;branch=z9hG4bK1;received=127.0.0.2");
        assertThat(request.topVia().received()).isEqualTo("127.0.0.2");
        assertThat(request.topVia().rport()).isEqualTo(40000);
    }

    @Test
    void appendsRportLikeDrachtioAndLeavesTheOtherViasAlone() {
        SipRequest request = request("SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-29974-1-0",
                "SIP/2.0/TCP 10.0.0.1;branch=z9hG4bKfar");

        ViaStamp.stamp(request, new InetSocketAddress("127.0.0.1", 5061));

        assertThat(request.headerValues("Via")).containsExactly(
                "SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-29974-1-0;rport=5061",
                "SIP/2.0/TCP 10.0.0.1;branch=z9hG4bKfar");
    }
}
