package io.drachtio.embedded.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.embedded.torture.TortureRun;
import org.junit.jupiter.api.Test;

/**
 * The RFC 4475 invalid messages sent over UDP to the embedded server with an application connected: each
 * gets 400 or is dropped with one log line, none reaches the application, and the application still
 * answers a valid OPTIONS afterwards. No sipp needed.
 */
class TortureThroughTheAppTest {

    @Test
    void invalidMessagesNeverReachTheAppAndTheServerKeepsAnswering() throws Exception {
        try (EmbeddedApp app = new EmbeddedApp(EmbeddedApp.workDir("torture"));
                TortureRun run = new TortureRun(app.server().sipUdpAddress())) {
            app.on("OPTIONS", request -> request.response().send(200).subscribe());

            TortureRun.Outcome outcome = run.sendEveryRejectedMessage();
            run.assertStillAnswering();

            assertThat(outcome.answered()).isPositive();
            assertThat(outcome.dropped()).isPositive();
            assertThat(outcome.answered() + outcome.dropped()).isGreaterThanOrEqualTo(15);
            assertThat(app.awaitRequest("OPTIONS").callId()).as("the first request the app got")
                    .isEqualTo("after@127.0.0.1");
        }
    }
}
