package io.drachtio.testserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.wire.trace.WireTrace;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every recorded trace of a real drachtio-server v0.9.10, replayed against the test server over a
 * real socket: the server's frames must equal the recorded ones except for generated values
 * (ids, times, tags, branches, generated Call-IDs, CSeq and RSeq numbers), including the SIP text,
 * its header layout and the meta fields.
 */
class TraceReplayTest {

    static List<String> scenarios() {
        return WireTrace.scenarios();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void serverFramesEqualTheRecordedOnes(String scenario) {
        try (DrachtioTestServer server = DrachtioTestServer.builder().sipAddress("127.0.0.1", 5160)
                .farEndAnswersCancel(false).start();
                TraceReplay replay = new TraceReplay(server, WireTrace.load(scenario))) {
            replay.run();
            afterTrace(scenario, server, replay);
            replay.assertNothingElse();
        }
    }

    /** What the trace's SIP peers did after the last frame, with its visible outcome. */
    private static void afterTrace(String scenario, DrachtioTestServer server, TraceReplay replay) {
        switch (scenario) {
            case "remove-route" -> {
                NetworkTransaction invite = server.request("INVITE", "sip:1000@127.0.0.1:5160").sdp().send();
                assertThat(invite.handling()).isEqualTo(RequestHandling.ANSWERED_BY_SERVER);
                assertThat(invite.awaitFinalResponse().status()).isEqualTo(503);
            }
            case "uas-invite-486", "uas-invite-cancel" -> {
                NetworkTransaction invite = replay.injected().get(0);
                assertThat(invite.awaitFinalResponse().status()).isEqualTo("uas-invite-486".equals(scenario) ? 486 : 487);
                assertThat(invite.sendAck().handling()).isEqualTo(RequestHandling.ABSORBED);
            }
            default -> {
                // nothing else happened on the SIP side
            }
        }
    }
}
