package io.drachtio.spring.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.SipResponse;
import io.drachtio.testserver.DrachtioTestServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Failing handlers over a real socket: {@code SipException}, controller and advice exception handlers
 * (nearest type, advice order), failing exception handlers and anything else answering a safe 500.
 */
@EndToEndTest
class ExceptionHandlingTest {

    @Autowired
    DrachtioTestServer server;

    @Test
    void aSipExceptionAnswersItsStatus() {
        SipResponse thrown = Network.answer(server, "INFO", "sipex");
        assertThat(thrown.status()).isEqualTo(486);
        assertThat(thrown.reason()).isEqualTo("Busy Here");

        SipResponse fromMono = Network.answer(server, "INFO", "monosipex");
        assertThat(fromMono.status()).isEqualTo(603);
        assertThat(fromMono.reason()).isEqualTo("Decline");
    }

    @Test
    void anyOtherExceptionAnswers500WithoutItsText() {
        SipResponse response = Network.answer(server, "INFO", "boom");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.reason()).isEqualTo("Server Internal Error");
        assertThat(response.toString()).doesNotContain("internal detail");
    }

    @Test
    void theControllersOwnExceptionHandlerComesBeforeTheAdvice() {
        SipResponse response = Network.answer(server, "INFO", "local");

        assertThat(response.status()).isEqualTo(480);
        assertThat(response.reason()).isEqualTo("Handled In Controller");
        assertThat(response.header("X-Method")).as("exception handlers take handler arguments").isEqualTo("INFO");
    }

    @Test
    void adviceHandlesWhatTheControllerDoesNot() {
        assertThat(Network.answer(server, "INFO", "advised").status()).isEqualTo(488);
        assertThat(Network.answer(server, "INFO", "monoerror").status()).as("a failed Mono").isEqualTo(488);
    }

    @Test
    void theHandlerForTheNearestExceptionTypeWins() {
        SipResponse response = Network.answer(server, "INFO", "specific");

        assertThat(response.status()).isEqualTo(606);
        assertThat(response.reason()).isEqualTo("Not Acceptable Here Either");
    }

    @Test
    void adviceBeansAreAskedInTheirOrder() {
        assertThat(Network.answer(server, "INFO", "shared").status()).isEqualTo(482);
    }

    @Test
    void aFailingExceptionHandlerAnswers500() {
        SipResponse response = Network.answer(server, "INFO", "broken");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.reason()).isEqualTo("Server Internal Error");
    }
}
