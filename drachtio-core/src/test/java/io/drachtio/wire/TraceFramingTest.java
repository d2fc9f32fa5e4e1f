package io.drachtio.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.wire.trace.Direction;
import io.drachtio.wire.trace.WireTrace;
import io.drachtio.wire.trace.WireTraceFrame;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every recorded byte stream (each trace, direction and connection) is cut into the same frames
 * however it is split into reads.
 */
class TraceFramingTest {

    static Stream<Arguments> streams() {
        return WireTrace.loadAll().stream().flatMap(trace -> Stream.of(Direction.values())
                .flatMap(direction -> trace.connections().stream()
                        .filter(connection -> !trace.frames(direction, connection).isEmpty())
                        .map(connection -> Arguments.of(trace, direction, connection))));
    }

    @ParameterizedTest(name = "{0} {1} conn {2}")
    @MethodSource("streams")
    void allFramesInOneWrite(WireTrace trace, Direction direction, int connection) {
        assertThat(Framing.decode(trace.stream(direction, connection))).containsExactlyElementsOf(payloads(trace, direction, connection));
    }

    @ParameterizedTest(name = "{0} {1} conn {2}")
    @MethodSource("streams")
    void splitIntoTwoWritesAtEveryPosition(WireTrace trace, Direction direction, int connection) {
        byte[] stream = trace.stream(direction, connection);
        List<byte[]> expected = payloads(trace, direction, connection);
        for (int cut = 1; cut < stream.length; cut++) {
            assertThat(Framing.decode(stream, cut)).as("cut at %d", cut).containsExactlyElementsOf(expected);
        }
    }

    @ParameterizedTest(name = "{0} {1} conn {2}")
    @MethodSource("streams")
    void oneWritePerByte(WireTrace trace, Direction direction, int connection) {
        assertThat(Framing.decodeByteByByte(trace.stream(direction, connection)))
                .containsExactlyElementsOf(payloads(trace, direction, connection));
    }

    @ParameterizedTest(name = "{0} {1} conn {2}")
    @MethodSource("streams")
    void frameEncoderReproducesTheRecordedFrames(WireTrace trace, Direction direction, int connection) {
        for (WireTraceFrame frame : trace.frames(direction, connection)) {
            assertThat(Framing.frame(frame.payload())).as("%s", frame).isEqualTo(frame.bytes());
        }
    }

    private static List<byte[]> payloads(WireTrace trace, Direction direction, int connection) {
        return trace.frames(direction, connection).stream().map(WireTraceFrame::payload).toList();
    }
}
