package io.drachtio.embedded.sip.transport;

import io.drachtio.sip.SipMessage;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;

/**
 * The UDP and TCP sockets of the stack on Netty: listens on both, frames TCP streams, hands every
 * accepted message to an {@link InboundMessageListener}, and sends messages to destinations, reusing
 * open TCP connections. All channels run on the event loop group given, which should have one thread:
 * the stack's scheduler thread.
 */
public final class NettyTransport implements MessageSender, AutoCloseable {

    private final EventLoopGroup group;
    private final TransportSettings settings;
    private final InboundProcessor processor;
    private final ConnectionTable connections = new ConnectionTable();
    private Channel udpChannel;
    private Channel tcpChannel;

    /**
     * Creates a transport; nothing is bound until {@link #start()}.
     *
     * @param group    the event loop group for every socket
     * @param settings the addresses and limits
     * @param listener receives accepted messages (on the event loop)
     * @param ids      generates the tags of 400 responses to malformed requests
     */
    public NettyTransport(EventLoopGroup group, TransportSettings settings, InboundMessageListener listener,
                          IdGenerator ids) {
        this.group = group;
        this.settings = settings;
        this.processor = new InboundProcessor(listener, new MalformedMessageHandler(this, ids));
    }

    /**
     * Binds the UDP and TCP listeners. With both ports 0 the TCP listener first tries the port UDP got.
     *
     * @throws TransportException when a port cannot be bound
     */
    public void start() {
        udpChannel = bind(new Bootstrap().group(group).channel(NioDatagramChannel.class)
                // Netty reads 2048-byte datagrams by default: one byte over the limit reveals a larger one
                .option(ChannelOption.RECVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(settings.maxMessageSize() + 1))
                .handler(new DatagramHandler(processor, settings.maxMessageSize()))
                .bind(settings.host(), settings.udpPort()), "UDP", settings.udpPort());
        int tcpPort = settings.tcpPort();
        if (tcpPort == 0 && settings.udpPort() == 0) {
            tcpPort = udpAddress().getPort();
            ChannelFuture samePort = serverBootstrap().bind(settings.host(), tcpPort).awaitUninterruptibly();
            if (samePort.isSuccess()) {
                tcpChannel = samePort.channel();
                return;
            }
            tcpPort = 0;
        }
        tcpChannel = bind(serverBootstrap().bind(settings.host(), tcpPort), "TCP", tcpPort);
    }

    private ServerBootstrap serverBootstrap() {
        return new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(streamInitializer());
    }

    private ChannelInitializer<SocketChannel> streamInitializer() {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(SocketChannel channel) {
                channel.pipeline().addLast(new ContentLengthFrameDecoder(settings.maxMessageSize()),
                        new StreamHandler(processor, connections));
            }
        };
    }

    private Channel bind(ChannelFuture future, String what, int port) {
        future.awaitUninterruptibly();
        if (!future.isSuccess()) {
            throw new TransportException("Cannot bind " + what + " " + settings.host() + ":" + port, future.cause());
        }
        return future.channel();
    }

    /**
     * Returns the bound UDP address.
     *
     * @return the local UDP address (the real port when 0 was asked for)
     */
    public InetSocketAddress udpAddress() {
        return (InetSocketAddress) udpChannel.localAddress();
    }

    /**
     * Returns the bound TCP address.
     *
     * @return the local TCP listen address
     */
    public InetSocketAddress tcpAddress() {
        return (InetSocketAddress) tcpChannel.localAddress();
    }

    /**
     * Returns the listen address of a transport.
     *
     * @param transport UDP or TCP
     * @return the bound address
     */
    public InetSocketAddress address(Transport transport) {
        return transport == Transport.UDP ? udpAddress() : tcpAddress();
    }

    @Override
    public CompletableFuture<Void> send(SipMessage message, Destination destination) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        try {
            write(message.toBytes(), destination, result);
        } catch (RuntimeException stopped) {
            complete(result, stopped, destination);
        }
        return result;
    }

    private void write(byte[] bytes, Destination destination, CompletableFuture<Void> result) {
        if (destination.transport() == Transport.UDP) {
            udpChannel.writeAndFlush(new DatagramPacket(Unpooled.wrappedBuffer(bytes), destination.address()))
                    .addListener(write -> complete(result, write.cause(), destination));
            return;
        }
        connections.connection(destination.address(), this::connect).addListener((ChannelFuture connected) -> {
            if (!connected.isSuccess()) {
                complete(result, connected.cause(), destination);
                return;
            }
            connected.channel().writeAndFlush(Unpooled.wrappedBuffer(bytes))
                    .addListener(write -> complete(result, write.cause(), destination));
        });
    }

    private ChannelFuture connect(InetSocketAddress remote) {
        return new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000)
                .handler(streamInitializer())
                .connect(remote);
    }

    private static void complete(CompletableFuture<Void> result, Throwable cause, Destination destination) {
        if (cause == null) {
            result.complete(null);
        } else {
            result.completeExceptionally(new TransportException("Cannot send to " + destination, cause));
        }
    }

    /** Closes the listeners and every TCP connection; the event loop group is left to its owner. */
    @Override
    public void close() {
        connections.closeAll();
        if (udpChannel != null) {
            udpChannel.close().awaitUninterruptibly();
        }
        if (tcpChannel != null) {
            tcpChannel.close().awaitUninterruptibly();
        }
    }
}
