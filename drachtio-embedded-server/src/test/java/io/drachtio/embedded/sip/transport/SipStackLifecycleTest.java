package io.drachtio.embedded.sip.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.embedded.sip.SipStack;
import io.drachtio.embedded.sip.SipStackSettings;
import io.drachtio.embedded.sip.support.TestTransactionUser;
import io.drachtio.embedded.sip.time.TimerSettings;
import io.drachtio.sip.SipMessageParser;
import io.drachtio.sip.SipResponse;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class SipStackLifecycleTest {

    @Test
    void bindsFreePortsSharesTheNumberWhenPossibleAndRefusesATakenPort() {
        TestTransactionUser tu = new TestTransactionUser();
        try (SipStack first = SipStack.start(SipStackSettings.loopbackFreePorts(), tu)) {
            assertThat(first.udpAddress().getPort()).isPositive();
            assertThat(first.localEndpoint().host()).isEqualTo("127.0.0.1");
            assertThat(first.localEndpoint().udpPort()).isEqualTo(first.udpAddress().getPort());
            int taken = first.udpAddress().getPort();

            assertThatThrownBy(() -> SipStack.start(new SipStackSettings(
                    new TransportSettings("127.0.0.1", taken, 0, 65_535), TimerSettings.DEFAULT), tu))
                    .isInstanceOf(TransportException.class).hasMessageContaining("Cannot bind UDP 127.0.0.1:" + taken);
        }
    }

    @Test
    void operationsAfterCloseFailInsteadOfHanging() {
        SipStack stack = SipStack.start(SipStackSettings.loopbackFreePorts(), new TestTransactionUser());
        stack.close();

        assertThatThrownBy(() -> stack.core().sendRequest(SipMessageParser.parseRequest(
                "OPTIONS sip:a@127.0.0.1:5999 SIP/2.0\r\nContent-Length: 0\r\n\r\n".getBytes()), null, null).join())
                .isInstanceOf(CompletionException.class);
        assertThat(stack.core().respond(null, SipResponse.builder(200).build())).isCompletedExceptionally();
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> new TransportSettings("127.0.0.1", 70_000, 0, 65_535))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimerSettings(500, 100, 5_000)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SipStackSettings.DEFAULT.transport().udpPort()).isEqualTo(5060);
    }
}
