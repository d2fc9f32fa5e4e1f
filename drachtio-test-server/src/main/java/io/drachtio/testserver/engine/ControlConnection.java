package io.drachtio.testserver.engine;

import io.drachtio.wire.ServerMessage;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One control connection of an application to the emulated server, with what the server knows
 * about it: whether it authenticated, its tags and its {@code route} registrations.
 */
public final class ControlConnection {

    /**
     * Name of the pass-through handler at the transport end of every control pipeline; raw bytes
     * are written from its context so that they skip the framing.
     */
    public static final String RAW_OUTPUT = "testServerRawOutput";

    private final int number;
    private final Channel channel;
    private final boolean outbound;
    private final List<String> tags = new ArrayList<>();
    private final List<String> routes = new ArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final CountDownLatch authenticatedLatch = new CountDownLatch(1);
    private volatile boolean authenticated;

    /**
     * Creates the state of a newly accepted (or opened) connection.
     *
     * @param number   a sequence number, unique within the server
     * @param channel  the Netty channel
     * @param outbound {@code true} when the server opened the connection (§7.3)
     */
    public ControlConnection(int number, Channel channel, boolean outbound) {
        this.number = number;
        this.channel = channel;
        this.outbound = outbound;
        channel.closeFuture().addListener(future -> closed.countDown());
    }

    /**
     * Returns the sequence number.
     *
     * @return the number, starting at 1
     */
    public int number() {
        return number;
    }

    /**
     * Returns the name used in logs and failure messages.
     *
     * @return e.g. {@code connection#2 from 127.0.0.1:51234}
     */
    public String name() {
        return "connection#" + number + (outbound ? " to " : " from ") + remoteAddress();
    }

    /**
     * Tells whether the server opened this connection (outbound mode).
     *
     * @return {@code true} for a server-initiated connection
     */
    public boolean isOutbound() {
        return outbound;
    }

    /**
     * Returns the application's address.
     *
     * @return {@code host:port}
     */
    public String remoteAddress() {
        SocketAddress address = channel.remoteAddress();
        if (address instanceof InetSocketAddress inet) {
            return inet.getAddress().getHostAddress() + ":" + inet.getPort();
        }
        return String.valueOf(address);
    }

    /**
     * Tells whether the connection is still open.
     *
     * @return {@code true} while open
     */
    public boolean isOpen() {
        return channel.isActive() && closed.getCount() > 0;
    }

    /**
     * Tells whether the application authenticated successfully.
     *
     * @return {@code true} after a successful {@code authenticate}
     */
    public boolean isAuthenticated() {
        return authenticated;
    }

    /** Records a successful {@code authenticate}. */
    void markAuthenticated() {
        authenticated = true;
        authenticatedLatch.countDown();
    }

    /**
     * Returns the tags received with {@code authenticate} (they accumulate over repeated
     * {@code authenticate}s, like on the real server).
     *
     * @return a snapshot of the tags
     */
    public synchronized List<String> tags() {
        return List.copyOf(tags);
    }

    /**
     * Returns the {@code route} registrations in the order received, duplicates included.
     *
     * @return a snapshot of the verbs
     */
    public synchronized List<String> routes() {
        return List.copyOf(routes);
    }

    synchronized void addTags(List<String> newTags) {
        tags.addAll(newTags);
    }

    synchronized void addRoute(String verb) {
        routes.add(verb);
    }

    synchronized void clearRoutes() {
        routes.clear();
    }

    /**
     * Sends a message.
     *
     * @param message the message
     */
    public void send(ServerMessage message) {
        if (channel.isActive()) {
            channel.writeAndFlush(message, channel.voidPromise());
        }
    }

    /**
     * Sends a message, then closes the connection (after a {@code NO} reply).
     *
     * @param message the message
     */
    public void sendAndClose(ServerMessage message) {
        channel.writeAndFlush(message).addListener(ChannelFutureListener.CLOSE);
    }

    /**
     * Sends a payload through the framing (the wire encoder adds the length prefix).
     *
     * @param payload the payload bytes
     */
    public void sendPayload(byte[] payload) {
        channel.writeAndFlush(Unpooled.wrappedBuffer(payload.clone()), channel.voidPromise());
    }

    /**
     * Writes bytes as they are, bypassing the framing (for malformed-input tests). They still go
     * through TLS when the connection uses it.
     *
     * @param bytes the bytes
     */
    public void sendRaw(byte[] bytes) {
        ChannelHandlerContext raw = channel.pipeline().context(RAW_OUTPUT);
        if (raw != null) {
            raw.writeAndFlush(Unpooled.wrappedBuffer(bytes.clone()), raw.voidPromise());
        }
    }

    /** Closes the connection. */
    public void close() {
        channel.close();
    }

    /**
     * Waits until the connection is closed.
     *
     * @param timeoutMillis how long to wait
     * @return {@code true} when it closed in time
     */
    public boolean awaitClosed(long timeoutMillis) {
        return await(closed, timeoutMillis);
    }

    /**
     * Waits until the application authenticated.
     *
     * @param timeoutMillis how long to wait
     * @return {@code true} when it authenticated in time
     */
    public boolean awaitAuthenticated(long timeoutMillis) {
        return await(authenticatedLatch, timeoutMillis);
    }

    /**
     * Returns the Netty channel.
     *
     * @return the channel
     */
    public Channel channel() {
        return channel;
    }

    @Override
    public String toString() {
        return name() + (authenticated ? " authenticated" : "") + " tags=" + tags() + " routes=" + routes()
                + (isOpen() ? "" : " closed");
    }

    private static boolean await(CountDownLatch latch, long timeoutMillis) {
        try {
            return latch.await(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
