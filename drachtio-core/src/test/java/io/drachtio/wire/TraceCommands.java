package io.drachtio.wire;

import io.drachtio.wire.trace.Direction;
import io.drachtio.wire.trace.WireTrace;
import io.drachtio.wire.trace.WireTraceFrame;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Test helper: the client commands of a trace by message id, and the reply the server sent to each
 * client frame.
 */
final class TraceCommands {

    private final Map<String, ClientCommand> byId = new HashMap<>();
    private final WireTrace trace;

    /**
     * Parses the client frames of a trace; frames the parser rejects are left out.
     *
     * @param trace the trace
     */
    TraceCommands(WireTrace trace) {
        this.trace = trace;
        for (WireTraceFrame frame : trace.frames(Direction.C2S)) {
            try {
                ClientCommand command = ClientCommandParser.parse(frame.payload());
                byId.put(command.id(), command);
            } catch (CommandRejectedException rejected) {
                // a deliberately malformed probe: it answers no command
            }
        }
    }

    /**
     * Lists every frame of one direction in every trace, as parameterized-test arguments.
     *
     * @param direction the direction
     * @return pairs of trace and frame
     */
    static Stream<Arguments> everyFrame(Direction direction) {
        return WireTrace.loadAll().stream()
                .flatMap(trace -> trace.frames(direction).stream().map(frame -> Arguments.of(trace, frame)));
    }

    /**
     * Finds the command a reply answers.
     *
     * @param commandId field 2 of the reply
     * @return the command, empty for a rejected probe
     */
    Optional<ClientCommand> command(String commandId) {
        return Optional.ofNullable(byId.get(commandId));
    }

    /**
     * Finds the server's reply to a client frame: the first {@code response} on the same
     * connection whose command id is the frame's first field (or, for a first line without
     * {@code |}, the whole line).
     *
     * @param clientFrame a c2s frame
     * @return the reply frame, if the server sent one
     */
    Optional<WireTraceFrame> replyTo(WireTraceFrame clientFrame) {
        String commandId = clientFrame.fields()[0];
        return trace.frames(Direction.S2C, clientFrame.connection()).stream()
                .filter(frame -> frame.index() > clientFrame.index())
                .filter(frame -> frame.fields().length > 2 && frame.fields()[1].equals(Reply.TYPE)
                        && frame.fields()[2].equals(commandId))
                .findFirst();
    }
}
