package io.drachtio.spring.it;

import io.drachtio.sip.SipMessageParser;
import io.drachtio.sip.SipResponse;
import io.drachtio.wire.Authenticate;
import io.drachtio.wire.ClientCommand;
import io.drachtio.wire.HostPort;
import io.drachtio.wire.MessageIds;
import io.drachtio.wire.MessageMeta;
import io.drachtio.wire.Ping;
import io.drachtio.wire.RemoveRoute;
import io.drachtio.wire.Reply;
import io.drachtio.wire.Route;
import io.drachtio.wire.SipCommand;
import io.drachtio.wire.SipEvent;
import io.drachtio.wire.Source;
import io.drachtio.wire.WirePipeline;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal drachtio-server peer for the starter's end-to-end tests, over a real loopback socket and the
 * real wire codec: accepts the client's connection, authenticates it, acknowledges routes, delivers SIP
 * requests the test writes, and records the responses the application sends (echoing each as the real
 * server's R2 reply). Everything else of drachtio-server is out of scope here.
 */
final class ScriptedDrachtioPeer implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 5;

    private final String secret;
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final Channel server;
    private final Map<String, BlockingQueue<SipResponse>> responses = new ConcurrentHashMap<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final AtomicInteger transactions = new AtomicInteger();
    private volatile Channel client;

    ScriptedDrachtioPeer(String secret) throws InterruptedException {
        this.secret = secret;
        this.server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        WirePipeline.server(channel.pipeline(), 1 << 20);
                        channel.pipeline().addLast(new Commands());
                    }
                }).bind("127.0.0.1", 0).sync().channel();
    }

    int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /** @return what the client sent and when it closed, in order (routes, responses, close) */
    List<String> log() {
        return log;
    }

    /**
     * Delivers a new request to the application, as drachtio-server does for a routed verb.
     *
     * @param sip the SIP request text (CRLF line ends)
     * @return the transaction id the application answers on
     */
    String deliver(String sip) {
        String transactionId = "txn-" + transactions.incrementAndGet();
        responses.put(transactionId, new LinkedBlockingQueue<>());
        byte[] bytes = sip.getBytes(StandardCharsets.UTF_8);
        MessageMeta meta = MessageMeta.of(Source.NETWORK, bytes.length, "udp", "10.0.0.7", 5062, LocalTime.now());
        awaitClient().writeAndFlush(SipEvent.newRequest(MessageIds.next(), meta, transactionId, "127.0.0.1", 5060, bytes));
        return transactionId;
    }

    /**
     * @param transactionId a delivered request's transaction id
     * @return the next response the application sent for it
     */
    SipResponse awaitResponse(String transactionId) throws InterruptedException {
        SipResponse response = responses.get(transactionId).poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (response == null) {
            throw new AssertionError("no response to " + transactionId + " within " + TIMEOUT_SECONDS + " s; seen: " + log);
        }
        return response;
    }

    /**
     * @param transactionId a delivered request's transaction id
     * @return {@code true} when no response arrives within the given time
     */
    boolean noResponse(String transactionId, long millis) throws InterruptedException {
        return responses.get(transactionId).poll(millis, TimeUnit.MILLISECONDS) == null;
    }

    private Channel awaitClient() {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (client == null && System.nanoTime() < end) {
            Thread.onSpinWait();
        }
        if (client == null) {
            throw new AssertionError("the application did not connect");
        }
        return client;
    }

    @Override
    public void close() throws InterruptedException {
        server.close().sync();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    }

    private final class Commands extends SimpleChannelInboundHandler<ClientCommand> {

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            log.add("error " + cause);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            log.add("closed");
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ClientCommand command) {
            if (command instanceof Authenticate auth) {
                if (secret.equals(auth.secret())) {
                    client = ctx.channel();
                    ctx.writeAndFlush(Reply.authenticated(MessageIds.next(), auth.id(),
                            List.of(new HostPort("udp", "127.0.0.1", 5060)), "v0.9.10-1-g9c2dd4cb6a", List.of()));
                } else {
                    ctx.writeAndFlush(Reply.rejected(MessageIds.next(), auth.id(), "incorrect secret"));
                }
            } else if (command instanceof Route route) {
                log.add("route " + route.verb());
                ctx.writeAndFlush(Reply.ok(MessageIds.next(), route.id()));
            } else if (command instanceof RemoveRoute remove) {
                log.add("remove_route " + remove.verb());
                ctx.writeAndFlush(Reply.ok(MessageIds.next(), remove.id()));
            } else if (command instanceof Ping ping) {
                ctx.writeAndFlush(Reply.pong(MessageIds.next(), ping.id()));
            } else if (command instanceof SipCommand sip) {
                SipResponse response = SipMessageParser.parseResponse(sip.sip());
                log.add("response " + response.status() + " " + sip.transactionId());
                MessageMeta meta = MessageMeta.of(Source.APPLICATION, sip.sip().length, "udp", "10.0.0.7", 5062,
                        LocalTime.now());
                ctx.writeAndFlush(Reply.responseSent(MessageIds.next(), sip.id(), meta, sip.transactionId(), null,
                        sip.sip()));
                responses.get(sip.transactionId()).add(response);
            } else {
                ctx.writeAndFlush(Reply.rejected(MessageIds.next(), command.id(), "Unknown message type"));
            }
        }
    }
}
