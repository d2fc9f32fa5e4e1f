package io.drachtio.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.drachtio.wire.trace.Direction;
import io.drachtio.wire.trace.WireTrace;
import io.drachtio.wire.trace.WireTraceFrame;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every client frame of every trace parses into a command that re-encodes to the recorded bytes and
 * passes {@link WireLimits#check}; the deliberately malformed probes of {@code protocol-errors} are
 * rejected with exactly the {@code NO} reply the real server sent.
 */
class ClientCommandTraceTest {

    private static final String INCORRECT_SECRET = "incorrect secret";

    static Stream<Arguments> clientFrames() {
        return TraceCommands.everyFrame(Direction.C2S);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("clientFrames")
    void parsesAndReencodesOrIsRejectedLikeTheRealServer(WireTrace trace, WireTraceFrame frame) {
        Reply reply = new TraceCommands(trace).replyTo(frame)
                .map(replyFrame -> (Reply) ServerMessageParser.parse(replyFrame.payload()))
                .orElse(null);
        boolean rejectedByServer = reply != null && reply.status() == ReplyStatus.NO
                && !INCORRECT_SECRET.equals(reply.failureText());

        if (rejectedByServer) {
            CommandRejectedException rejection = catchThrowableOfType(CommandRejectedException.class,
                    () -> ClientCommandParser.parse(frame.payload()));
            assertThat(rejection).as("rejected").isNotNull();
            assertThat(rejection.replyId()).isEqualTo(reply.commandId());
            assertThat(rejection.replyText()).isEqualTo(reply.failureText());
            assertThat(ServerMessageEncoder.encode(rejection.reply(reply.id()))).isEqualTo(ServerMessageEncoder.encode(reply));
        } else {
            ClientCommand command = ClientCommandParser.parse(frame.payload());
            assertThat(Framing.frame(ClientCommandEncoder.encode(command))).isEqualTo(frame.bytes());
            WireLimits.check(command);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("clientFrames")
    void theServerRepliedToEveryCommandWithTheSameId(WireTrace trace, WireTraceFrame frame) {
        assertThat(new TraceCommands(trace).replyTo(frame)).as("reply to %s", frame).isPresent();
    }
}
