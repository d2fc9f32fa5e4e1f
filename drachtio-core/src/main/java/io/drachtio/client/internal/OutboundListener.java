package io.drachtio.client.internal;

import io.drachtio.client.OutboundOptions;
import io.netty.channel.ChannelOption;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.tcp.TcpServer;

/**
 * Listens for connections that drachtio servers open in outbound mode; each accepted connection
 * becomes an {@link OutboundConnection} named {@code <listener name>#<n>}.
 */
final class OutboundListener {

    private static final Logger LOG = LoggerFactory.getLogger(OutboundListener.class);

    private final OutboundOptions options;
    private final TcpServer tcpServer;
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile DisposableServer server;

    OutboundListener(OutboundOptions options, ClientContext context, Consumer<OutboundConnection> onReady,
            Consumer<OutboundConnection> onClosed) {
        this.options = options;
        TcpServer tcp = TcpServer.create()
                .host(options.host())
                .port(options.port())
                .childOption(ChannelOption.TCP_NODELAY, true)
                .doOnChannelInit((observer, channel, address) -> {
                    OutboundConnection connection = new OutboundConnection(
                            options.name() + "#" + accepted.incrementAndGet(), options, context, onReady, onClosed);
                    ConnectionPipeline.install(channel, options.maxFrameLength(),
                            new Session(channel, connection, context, options.replyTimeout()));
                })
                .doOnConnection(connection -> {
                    Session session = Session.of(connection.channel());
                    ((OutboundConnection) session.connection()).begin(session);
                })
                .handle((inbound, outbound) -> ConnectionPipeline.reading(inbound));
        if (options.sslContext() != null) {
            tcp = tcp.secure(spec -> spec.sslContext(options.sslContext()));
        }
        this.tcpServer = tcp;
    }

    /** @return completes once listening */
    Mono<Void> start() {
        return tcpServer.bind().doOnNext(bound -> {
            server = bound;
            LOG.info("outbound listener {} listening on {}{}", options.name(), bound.address(),
                    options.sslContext() != null ? " (TLS)" : "");
        }).then();
    }

    /** @return the bound address, or {@code null} before {@link #start()} completed */
    InetSocketAddress address() {
        DisposableServer bound = server;
        return bound == null ? null : (InetSocketAddress) bound.address();
    }

    /** Stops listening (open connections are closed by their owner). */
    void stop() {
        DisposableServer bound = server;
        if (bound != null) {
            bound.dispose();
        }
    }
}
