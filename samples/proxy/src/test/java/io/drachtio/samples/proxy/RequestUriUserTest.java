package io.drachtio.samples.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.uri.SipUri;
import org.junit.jupiter.api.Test;

/** The user part of a Request-URI, as the proxy puts it into targets and the Subject header. */
class RequestUriUserTest {

    @Test
    void takesTheUserPartAsWritten() {
        assertThat(RequestUriUser.of(SipUri.parse("sip:+4420794@proxy.example.com;user=phone")))
                .contains("+4420794");
    }

    @Test
    void keepsEscapesSoThatTheyCannotChangeTheTargetUri() {
        assertThat(RequestUriUser.of(SipUri.parse("sip:al%3Bice%0D%0A@proxy.example.com")))
                .contains("al%3Bice%0D%0A");
    }

    @Test
    void leavesOutAPassword() {
        assertThat(RequestUriUser.of(SipUri.parse("sips:bob:secret@proxy.example.com:5061"))).contains("bob");
    }

    @Test
    void isEmptyForAUriWithoutUser() {
        assertThat(RequestUriUser.of(SipUri.parse("sip:proxy.example.com"))).isEmpty();
    }
}
