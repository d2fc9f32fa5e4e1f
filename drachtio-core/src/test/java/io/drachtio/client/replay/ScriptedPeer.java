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
import javax.net.SocketFactory;

/**
 * A stand-in for drachtio-server on a real loopback socket that plays recorded traces: for each
 * connection one {@link Script}. It waits for each client→server frame and checks it against the
 * recorded one ({@link FrameComparison}), and writes each server→client frame as recorded, with the
 * message ids the client really used put into field 2 of replies. Runs of consecutive client frames
 * may arrive in any order. After a {@code NO} reply it closes the connection, as the real server
 * does; a script may also end by closing (to make the client reconnect).
 *
 * <p>It listens for the client (inbound mode) or connects to it (outbound mode). Plain blocking
 * sockets on a thread of its own: it shares no code with the client under test.
 */
final class ScriptedPeer implements AutoCloseable {

    /**
     * What the peer plays on one connection.
     *
     * @param frames       the frames, in recorded order
     * @param skipped      indices (into {@code frames}) of frames that are not played
     * @param extraAllowed first lines of client frames that are not in the script but acceptable;
     *                     they are answered {@code OK}
     * @param closeAtEnd   close the connection when the script is done instead of waiting for the client
     */
    record Script(List<WireTraceFrame> frames, Set<Integer> skipped, Predicate<String> extraAllowed,
            boolean closeAtEnd) {

        /** @return the whole list of frames, played as recorded, waiting for the client to close */
        static Script of(List<WireTraceFrame> frames) {
            return new Script(frames, Set.of(), line -> false, false);
        }

        /** @return the same script, closing the connection at its end */
        Script thenClose() {
            return new Script(frames, skipped, extraAllowed, true);
        }
    }

    private static final int READ_TIMEOUT_MILLIS = 10_000;

    private final ServerSocket server;
    private final List<Script> scripts;
    private final Map<String, String> ids = new HashMap<>();
    private String lastClientId;
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final List<String> extras = Collections.synchronizedList(new ArrayList<>());
    private final List<byte[]> received = Collections.synchronizedList(new ArrayList<>());
    private final List<byte[]> sent = Collections.synchronizedList(new ArrayList<>());
    private final CompletableFuture<Void> scriptDone = new CompletableFuture<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private volatile int connections;
    private volatile boolean closing;
    private volatile Socket socket;

    /**
     * @param script       the frames of one connection, in recorded order
     * @param skipped      indices (into {@code script}) of frames that are not played
     * @param extraAllowed first lines of client frames that are not in the script but acceptable;
     *                     they are answered {@code OK}
     */
    ScriptedPeer(List<WireTraceFrame> script, Set<Integer> skipped, Predicate<String> extraAllowed)
            throws IOException {
        this(new ServerSocket(0, 5, InetAddress.getLoopbackAddress()),
                List.of(new Script(script, skipped, extraAllowed, false)));
    }

    /**
     * Listens and plays one script per accepted connection, in order.
     *
     * @param server  the listening socket (plain or TLS)
     * @param scripts the scripts
     */
    ScriptedPeer(ServerSocket server, List<Script> scripts) {
        this.server = server;
        this.scripts = List.copyOf(scripts);
        start(() -> serve());
    }

    private ScriptedPeer(Script script, SocketFactory sockets, int clientPort) throws IOException {
        this.server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        this.scripts = List.of(script);
        start(() -> connectAndPlay(sockets, clientPort));
    }

    /**
     * Outbound mode: connects to the application's listener and plays the script there.
     *
     * @param clientPort the application's outbound listener port
     * @param script     the script
     * @return the running peer
     */
    static ScriptedPeer connectingTo(int clientPort, Script script) throws IOException {
        return new ScriptedPeer(script, SocketFactory.getDefault(), clientPort);
    }

    /**
     * Outbound mode over TLS (or any other socket factory).
     *
     * @param sockets    makes the socket to the application
     * @param clientPort the application's outbound listener port
     * @param script     the script
     * @return the running peer
     */
    static ScriptedPeer connectingTo(SocketFactory sockets, int clientPort, Script script) throws IOException {
        return new ScriptedPeer(script, sockets, clientPort);
    }

    private static void start(Runnable body) {
        Thread thread = new Thread(body, "scripted-drachtio-peer");
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

    /** @return the payloads the peer sent (ids substituted), in order */
    List<byte[]> sent() {
        return List.copyOf(sent);
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
            for (int i = 0; i < scripts.size(); i++) {
                Socket client = server.accept();
                connections++;
                play(client, scripts.get(i), i == scripts.size() - 1);
            }
            scriptDone.complete(null);
        } catch (Exception e) {
            failed(e);
        } finally {
            closed.complete(null);
            acceptLateConnections();
        }
    }

    private void connectAndPlay(SocketFactory sockets, int clientPort) {
        try {
            Socket client = sockets.createSocket(InetAddress.getLoopbackAddress(), clientPort);
            connections++;
            play(client, scripts.get(0), true);
            scriptDone.complete(null);
        } catch (Exception e) {
            failed(e);
        } finally {
            closed.complete(null);
        }
    }

    private void failed(Exception e) {
        if (!closing) {
            problems.add("peer failed: " + e);
        }
        scriptDone.completeExceptionally(e);
    }

    private void play(Socket client, Script script, boolean last) throws IOException {
        socket = client;
        client.setSoTimeout(READ_TIMEOUT_MILLIS);
        client.setTcpNoDelay(true);
        InputStream in = client.getInputStream();
        OutputStream out = client.getOutputStream();
        boolean open = play(in, out, script);
        if (open && !script.closeAtEnd()) {
            if (last) {
                scriptDone.complete(null);
            }
            drain(in, out, script);
        }
        client.close();
    }

    /** @return {@code false} when the peer closed the connection itself (after a NO) */
    private boolean play(InputStream in, OutputStream out, Script current) throws IOException {
        List<WireTraceFrame> script = current.frames();
        Set<Integer> skipped = current.skipped();
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
                expect(run, in, out, current.extraAllowed());
            } else {
                byte[] payload = substituteIds(frame.payload());
                sent.add(payload);
                write(out, payload);
                i++;
                if (isNo(payload)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void expect(List<WireTraceFrame> run, InputStream in, OutputStream out, Predicate<String> extraAllowed)
            throws IOException {
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
                lastClientId = FrameComparison.firstLine(actual).split("\\|", -1)[0];
                ids.put(match.fields()[0], lastClientId);
            } else if (extraAllowed.test(FrameComparison.firstLine(actual))) {
                answerOk(out, actual);
            } else {
                problems.add("unexpected frame '" + FrameComparison.firstLine(actual) + "': " + differences);
                throw new IOException("unexpected frame from the client: " + FrameComparison.firstLine(actual));
            }
        }
    }

    /** After the script: accepted extras are answered, anything else is a problem; ends at EOF. */
    private void drain(InputStream in, OutputStream out, Script script) throws IOException {
        while (true) {
            byte[] actual;
            try {
                actual = readFrame(in);
            } catch (IOException e) {
                return; // the client closed the connection (EOF or reset) after the script: fine
            }
            received.add(actual);
            if (script.extraAllowed().test(FrameComparison.firstLine(actual))) {
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
        // a reply to a command of another recording (a composed script) answers the latest command
        String actualId = ids.getOrDefault(head[2], lastClientId);
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
        closing = true;
        Socket current = socket;
        if (current != null) {
            current.close();
        }
        server.close();
    }
}
