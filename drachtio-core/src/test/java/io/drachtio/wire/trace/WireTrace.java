package io.drachtio.wire.trace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A recorded drachtio wire trace: the frames of one scenario of {@code ../shared/fixtures/wire},
 * in order of arrival (see the README there). The folder is found through the system property
 * {@code drachtio.shared.dir} (set by Surefire), defaulting to {@code ../shared}.
 *
 * <pre>{@code
 * WireTrace trace = WireTrace.load("auth-ok");
 * for (WireTraceFrame frame : trace.frames(Direction.S2C)) { ... }
 * byte[] bytesTheServerSent = trace.stream(Direction.S2C, 0);
 * }</pre>
 */
public final class WireTrace {

    private static final String SUFFIX = ".jsonl";

    private final String scenario;
    private final List<WireTraceFrame> frames;

    private WireTrace(String scenario, List<WireTraceFrame> frames) {
        this.scenario = scenario;
        this.frames = List.copyOf(frames);
    }

    /**
     * Returns the folder holding the trace files.
     *
     * @return {@code <drachtio.shared.dir>/fixtures/wire}
     */
    public static Path directory() {
        return Path.of(System.getProperty("drachtio.shared.dir", "../shared"), "fixtures", "wire");
    }

    /**
     * Lists the recorded scenarios.
     *
     * @return scenario names (trace file names without {@code .jsonl}), sorted
     */
    public static List<String> scenarios() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(SUFFIX))
                    .map(name -> name.substring(0, name.length() - SUFFIX.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory(), e);
        }
    }

    /**
     * Loads the trace of one scenario.
     *
     * @param scenario the scenario name, e.g. {@code auth-ok}
     * @return the trace
     */
    public static WireTrace load(String scenario) {
        Path file = directory().resolve(scenario + SUFFIX);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<WireTraceFrame> frames = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> members = JsonLine.parse(line);
            Object connection = members.get("conn");
            frames.add(new WireTraceFrame(frames.size(), Direction.fromFileName((String) members.get("dir")),
                    connection == null ? 0 : ((Long) connection).intValue(), (String) members.get("frame")));
        }
        return new WireTrace(scenario, frames);
    }

    /**
     * Loads every recorded scenario.
     *
     * @return all traces, sorted by scenario name
     */
    public static List<WireTrace> loadAll() {
        return scenarios().stream().map(WireTrace::load).toList();
    }

    /**
     * Returns the scenario name.
     *
     * @return e.g. {@code auth-ok}
     */
    public String scenario() {
        return scenario;
    }

    /**
     * Returns all frames in order of arrival.
     *
     * @return the frames, unmodifiable
     */
    public List<WireTraceFrame> frames() {
        return frames;
    }

    /**
     * Returns the frames of one direction, all connections.
     *
     * @param direction the direction
     * @return the frames in order
     */
    public List<WireTraceFrame> frames(Direction direction) {
        return frames.stream().filter(frame -> frame.direction() == direction).toList();
    }

    /**
     * Returns the frames of one direction on one connection.
     *
     * @param direction the direction
     * @param connection the connection number (0 for traces without {@code conn})
     * @return the frames in order
     */
    public List<WireTraceFrame> frames(Direction direction, int connection) {
        return frames.stream()
                .filter(frame -> frame.direction() == direction && frame.connection() == connection)
                .toList();
    }

    /**
     * Returns the connection numbers that occur in the trace.
     *
     * @return distinct numbers in order of first appearance; {@code [0]} for single-connection traces
     */
    public List<Integer> connections() {
        return frames.stream().map(WireTraceFrame::connection).distinct().toList();
    }

    /**
     * Returns the byte stream one side sent on one connection: its frames concatenated.
     *
     * @param direction the direction
     * @param connection the connection number
     * @return the bytes exactly as relayed
     */
    public byte[] stream(Direction direction, int connection) {
        return concatenate(frames(direction, connection));
    }

    /**
     * Returns all frames of one direction concatenated, over all connections in trace order.
     *
     * @param direction the direction
     * @return the bytes (for multi-connection traces not one real stream, but still valid framing)
     */
    public byte[] stream(Direction direction) {
        return concatenate(frames(direction));
    }

    /**
     * Returns the scenario name.
     *
     * @return the scenario name
     */
    @Override
    public String toString() {
        return scenario;
    }

    private static byte[] concatenate(List<WireTraceFrame> frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (WireTraceFrame frame : frames) {
            out.writeBytes(frame.bytes());
        }
        return out.toByteArray();
    }
}
