package io.drachtio.client.replay;

import io.drachtio.wire.trace.Direction;
import io.drachtio.wire.trace.WireTraceFrame;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A stand-in for drachtio-server on a real loopback socket that plays one connection of a recorded
 * trace: it waits for each client→server frame and checks it against the recorded one
 * ({@link FrameComparison}), and writes each server→client frame as recorded, with the message ids
 * the client really used put into field 2 of replies. Runs of consecutive client frames may arrive
 * in any order. After a {@code NO} reply it closes the connection, as the real server does.
 *
 * <p>Plain blocking sockets on a thread of its own: it shares no code with the client under test.
 */
final class ScriptedPeer implements AutoCloseable {

    private static final int READ_TIMEOUT_MILLIS = 10_000;

    private final ServerSocket server;
    private final List<WireTraceFrame> script;
    private final Set<Integer> skipped;
    private final Predicate<String> extraAllowed;
    private final Map<String, String> ids = new HashMap<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final List<String> extras = Collections.synchronizedList(new ArrayList<>());
    private final List<byte[]> received = Collections.synchronizedList(new ArrayList<>());
    private final CompletableFuture<Void> scriptDone = new CompletableFuture<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private volatile int connections;
    private volatile Socket socket;

    /**
     * @param script       the frames of one connection, in recorded order
     * @param skipped      indices (into {@code script}) of frames that are not played
     * @param extraAllowed first lines of client frames that are not in the script but acceptable;
     *                     they are answered {@code OK}
     */
    ScriptedPeer(List<WireTraceFrame> script, Set<Integer> skipped, Predicate<String> extraAllowed)
            throws IOException {
        this.server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        this.script = List.copyOf(script);
        this.skipped = Set.copyOf(skipped);
        this.extraAllowed = extraAllowed;
        Thread thread = new Thread(this::serve, "scripted-drachtio-peer");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Waits until every scripted frame was exchanged; fails with the problems seen otherwise. */
    void awaitScript() throws Exception {
        try {
            scriptDone.get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("script not completed; problems: " + problems + "; received: " + receivedText(),
                    e);
        }
    }

    /** Waits until the client closed the connection (or the peer closed it after a NO). */
    void awaitClosed() throws Exception {
        closed.get(20, TimeUnit.SECONDS);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /** @return first lines of accepted client frames that were not in the script */
    List<String> extras() {
        return List.copyOf(extras);
    }

    /** @return how many TCP connections the client opened */
    int connections() {
        return connections;
    }

    /** @return the payloads the client sent, in order */
    List<byte[]> received() {
        return List.copyOf(received);
    }

    private String receivedText() {
        List<String> out = new ArrayList<>();
        for (byte[] payload : received()) {
            out.add(FrameComparison.firstLine(payload));
        }
        return out.toString();
    }

    private void serve() {
        try {
            Socket client = server.accept();
            connections++;
            socket = client;
            client.setSoTimeout(READ_TIMEOUT_MILLIS);
            client.setTcpNoDelay(true);
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            boolean open = play(in, out);
            scriptDone.complete(null);
            if (open) {
                drain(in, out);
            }
            client.close();
        } catch (Exception e) {
            problems.add("peer failed: " + e);
            scriptDone.completeExceptionally(e);
        } finally {
            closed.complete(null);
            acceptLateConnections();
        }
    }

    /** @return {@code false} when the peer closed the connection itself (after a NO) */
    private boolean play(InputStream in, OutputStream out) throws IOException {
        int i = 0;
        while (i < script.size()) {
            if (skipped.contains(i)) {
                i++;
                continue;
            }
            WireTraceFrame frame = script.get(i);
            if (frame.direction() == Direction.C2S) {
                List<WireTraceFrame> run = new ArrayList<>();
                while (i < script.size() && (skipped.contains(i) || script.get(i).direction() == Direction.C2S)) {
                    if (!skipped.contains(i)) {
                        run.add(script.get(i));
                    }
                    i++;
                }
                expect(run, in, out);
            } else {
                byte[] payload = substituteIds(frame.payload());
                write(out, payload);
                i++;
                if (isNo(payload)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void expect(List<WireTraceFrame> run, InputStream in, OutputStream out) throws IOException {
        List<WireTraceFrame> open = new ArrayList<>(run);
        while (!open.isEmpty()) {
            byte[] actual = readFrame(in);
            received.add(actual);
            WireTraceFrame match = null;
            List<String> differences = new ArrayList<>();
            for (WireTraceFrame candidate : open) {
                String difference = FrameComparison.difference(candidate.payload(), actual);
                if (difference == null) {
                    match = candidate;
                    break;
                }
                differences.add("vs recorded frame " + candidate.index() + ": " + difference);
            }
            if (match != null) {
                open.remove(match);
                ids.put(match.fields()[0], FrameComparison.firstLine(actual).split("\\|", -1)[0]);
            } else if (extraAllowed.test(FrameComparison.firstLine(actual))) {
                answerOk(out, actual);
            } else {
                problems.add("unexpected frame '" + FrameComparison.firstLine(actual) + "': " + differences);
                throw new IOException("unexpected frame from the client: " + FrameComparison.firstLine(actual));
            }
        }
    }

    /** After the script: accepted extras are answered, anything else is a problem; ends at EOF. */
    private void drain(InputStream in, OutputStream out) throws IOException {
        while (true) {
            byte[] actual;
            try {
                actual = readFrame(in);
            } catch (EOFException | SocketTimeoutException e) {
                return;
            }
            received.add(actual);
            if (extraAllowed.test(FrameComparison.firstLine(actual))) {
                answerOk(out, actual);
            } else {
                problems.add("frame after the end of the script: " + FrameComparison.firstLine(actual));
            }
        }
    }

    private void answerOk(OutputStream out, byte[] actual) throws IOException {
        String line = FrameComparison.firstLine(actual);
        extras.add(line);
        String id = line.substring(0, line.indexOf('|'));
        write(out, (UUID.randomUUID() + "|response|" + id + "|OK").getBytes(StandardCharsets.UTF_8));
    }

    private byte[] substituteIds(byte[] payload) {
        String text = new String(payload, StandardCharsets.UTF_8);
        String[] head = text.split("\r\n", 2)[0].split("\\|", -1);
        if (head.length < 3 || !head[1].equals("response")) {
            return payload;
        }
        String actualId = ids.get(head[2]);
        if (actualId == null) {
            return payload;
        }
        int start = head[0].length() + 1 + head[1].length() + 1;
        return (text.substring(0, start) + actualId + text.substring(start + head[2].length()))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isNo(byte[] payload) {
        String[] head = FrameComparison.firstLine(payload).split("\\|", -1);
        return head.length > 3 && head[1].equals("response") && head[3].equals("NO");
    }

    private static void write(OutputStream out, byte[] payload) throws IOException {
        out.write((payload.length + "#").getBytes(StandardCharsets.US_ASCII));
        out.write(payload);
        out.flush();
    }

    private static byte[] readFrame(InputStream in) throws IOException {
        int length = 0;
        int b;
        while ((b = in.read()) != '#') {
            if (b < 0) {
                throw new EOFException("connection closed");
            }
            if (b < '0' || b > '9') {
                throw new IOException("bad length prefix byte " + b);
            }
            length = length * 10 + (b - '0');
        }
        byte[] payload = in.readNBytes(length);
        if (payload.length < length) {
            throw new EOFException("connection closed inside a frame");
        }
        return payload;
    }

    /** Counts (and closes) connections after the scripted one, so a test can see there was no retry. */
    private void acceptLateConnections() {
        try {
            server.setSoTimeout(200);
            while (!server.isClosed()) {
                try (Socket late = server.accept()) {
                    connections++;
                } catch (SocketTimeoutException e) {
                    // keep waiting until closed
                }
            }
        } catch (IOException e) {
            // closed
        }
    }

    @Override
    public void close() throws IOException {
        Socket current = socket;
        if (current != null) {
            current.close();
        }
        server.close();
    }
}
