package io.drachtio.spring.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.SipResponse;
import io.drachtio.testserver.DrachtioTestServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code SipFilter} beans around every delivered request, over a real socket. */
@EndToEndTest
class FiltersTest {

    @Autowired
    DrachtioTestServer server;

    @Test
    void aFilterAnswersEarlyInsteadOfTheHandler() {
        SipResponse response = Network.answer(server, "INFO", "int", "X-Blocked", "yes");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.reason()).isEqualTo("Blocked By Filter");
    }

    @Test
    void filtersAlsoSeeRequestsNoHandlerMatches() {
        assertThat(Network.answer(server, "INFO", "nobody", "X-Blocked", "yes").status()).isEqualTo(403);
    }

    @Test
    void requestsTheFiltersPassOnReachTheHandler() {
        assertThat(Network.answer(server, "INFO", "int").status()).isEqualTo(202);
    }

    @Test
    void aBlockingHandlerRunsOnTheDispatcherPoolEvenWhenAFilterContinuedOnAnotherThread() {
        SipResponse response = Network.answer(server, "MESSAGE", "bind", "X-Hop", "yes");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("X-Thread")).startsWith("sip-handler-");
    }

    @Test
    void aFailingFilterIsHandledLikeAFailingHandler() {
        assertThat(Network.answer(server, "INFO", "int", "X-Filter-Fail", "advised").status())
                .as("advice exception handler").isEqualTo(488);
        assertThat(Network.answer(server, "INFO", "local", "X-Filter-Fail", "local").status())
                .as("the advice, not the exception handler of the controller the request was meant for")
                .isEqualTo(599);
        SipResponse response = Network.answer(server, "INFO", "int", "X-Filter-Fail", "boom");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.toString()).doesNotContain("filter detail");
    }
}
