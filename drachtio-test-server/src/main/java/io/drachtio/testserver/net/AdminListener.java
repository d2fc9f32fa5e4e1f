package io.drachtio.testserver.net;

import io.drachtio.testserver.engine.ControlCommandHandler;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * The admin (control) port of the test server, and the outbound connections it can open to
 * listening applications (§7.3). All channels run on one event loop.
 */
public final class AdminListener {

    private static final int PROBE_TIMEOUT_MILLIS = 200;

    private final EventLoopGroup group;
    private final ControlCommandHandler engine;
    private final SslContext serverTls;
    private final int maxFrameLength;
    private final Duration timeout;
    private Channel serverChannel;

    /**
     * Creates the listener (not yet bound).
     *
     * @param group          a single-threaded event loop group
     * @param engine         the handler of the decoded commands
     * @param serverTls      the server-side TLS context, or {@code null} for plain TCP
     * @param maxFrameLength the largest accepted frame
     * @param timeout        how long binding and connecting may take
     */
    public AdminListener(EventLoopGroup group, ControlCommandHandler engine, SslContext serverTls, int maxFrameLength,
            Duration timeout) {
        this.group = group;
        this.engine = engine;
        this.serverTls = serverTls;
        this.maxFrameLength = maxFrameLength;
        this.timeout = timeout;
    }

    /**
     * Starts listening.
     *
     * @param address the address to bind; port 0 picks a free port
     * @return the bound address
     * @throws IllegalStateException when binding fails
     */
    public synchronized InetSocketAddress bind(InetSocketAddress address) {
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(group, group)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childHandler(new ControlPipeline(engine, serverTls, maxFrameLength, false));
        ChannelFuture bound = bootstrap.bind(address).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            throw new IllegalStateException("cannot listen on " + address, bound.cause());
        }
        serverChannel = bound.channel();
        return (InetSocketAddress) serverChannel.localAddress();
    }

    /**
     * Stops listening; open connections stay open. Returns once new connections are really
     * refused: Netty deregisters a closed server channel in a later task and the JDK closes a
     * selector-registered socket only at a select after that, so the port is probed until a
     * connection attempt is refused (or the timeout passes).
     */
    public synchronized void unbind() {
        if (serverChannel == null) {
            return;
        }
        InetSocketAddress address = (InetSocketAddress) serverChannel.localAddress();
        serverChannel.close().awaitUninterruptibly();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (stillAccepting(address) && System.nanoTime() < deadline) {
            serverChannel.eventLoop().submit(() -> { }).awaitUninterruptibly();
        }
        serverChannel = null;
    }

    /**
     * Tells whether the port is bound.
     *
     * @return {@code true} while listening
     */
    public synchronized boolean isListening() {
        return serverChannel != null && serverChannel.isActive();
    }

    private static boolean stillAccepting(InetSocketAddress address) {
        try (Socket probe = new Socket()) {
            probe.connect(address, PROBE_TIMEOUT_MILLIS);
            return probe.getLocalPort() != address.getPort();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Opens a connection to an application that listens for the server (outbound mode).
     *
     * @param address   the application's address
     * @param clientTls the client-side TLS context, or {@code null} for plain TCP
     * @return the connected channel
     * @throws IllegalStateException when the connection cannot be made
     */
    public Channel connect(InetSocketAddress address, SslContext clientTls) {
        Bootstrap bootstrap = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) timeout.toMillis())
                .handler(new ControlPipeline(engine, clientTls, maxFrameLength, true));
        ChannelFuture connected = bootstrap.connect(address).awaitUninterruptibly();
        if (!connected.isSuccess()) {
            throw new IllegalStateException("cannot connect to the application at " + address, connected.cause());
        }
        return connected.channel();
    }
}
