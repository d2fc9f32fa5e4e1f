package io.drachtio.testserver;

import io.drachtio.wire.FrameDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A raw control-protocol client for tests: a plain blocking socket that writes frames as given
 * and cuts the server's byte stream into payloads with the real {@link FrameDecoder}.
 */
final class RawControlClient implements AutoCloseable {

    private static final int READ_TIMEOUT_MILLIS = 5_000;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final EmbeddedChannel decoder = new EmbeddedChannel(new FrameDecoder(1 << 20));

    private RawControlClient(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        socket.setTcpNoDelay(true);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    static RawControlClient connect(int port) {
        try {
            return new RawControlClient(new Socket("127.0.0.1", port));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot connect to the test server on port " + port, e);
        }
    }

    /** Sends a payload as one frame with its UTF-8 byte length as prefix. */
    void send(String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        sendRaw((bytes.length + "#" + payload).getBytes(StandardCharsets.UTF_8));
    }

    void sendRaw(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the test server", e);
        }
    }

    /** Reads the next payload; fails on timeout or end of stream. */
    String readPayload() {
        byte[] buffer = new byte[8192];
        while (true) {
            ByteBuf payload = decoder.readInbound();
            if (payload != null) {
                try {
                    return payload.toString(StandardCharsets.UTF_8);
                } finally {
                    payload.release();
                }
            }
            int read;
            try {
                read = in.read(buffer);
            } catch (SocketTimeoutException e) {
                throw new AssertionError("no frame from the server within " + READ_TIMEOUT_MILLIS + " ms", e);
            } catch (IOException e) {
                throw new AssertionError("the server connection failed while a frame was expected", e);
            }
            if (read < 0) {
                throw new AssertionError("the server closed the connection while a frame was expected");
            }
            decoder.writeInbound(Unpooled.copiedBuffer(buffer, 0, read));
        }
    }

    /** Tells whether the server closes the connection before sending anything else. */
    boolean closedByServer() {
        if (decoder.inboundMessages().size() > 0) {
            return false;
        }
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        decoder.finishAndReleaseAll();
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
