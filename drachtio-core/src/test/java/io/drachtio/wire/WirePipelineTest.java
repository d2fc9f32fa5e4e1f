package io.drachtio.wire;

import static io.drachtio.wire.Framing.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.wire.trace.Direction;
import io.drachtio.wire.trace.WireTrace;
import io.drachtio.wire.trace.WireTraceFrame;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both sides of the codec in real pipelines: embedded channels, then a loopback TCP connection. */
class WirePipelineTest {

    private static final String SECRET = "cymru";
    private static final long GUARD_SECONDS = 10;

    private static EventLoopGroup group;

    @BeforeAll
    static void startEventLoop() {
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    }

    @AfterAll
    static void stopEventLoop() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Test
    void clientSideReplaysARecordedConversation() {
        WireTrace trace = WireTrace.load("uas-invite-486");
        EmbeddedChannel client = new EmbeddedChannel();
        WirePipeline.client(client.pipeline(), WireLimits.DEFAULT_MAX_FRAME_LENGTH);
        client.pipeline().addLast(ProtocolErrorHandler.INSTANCE);

        for (WireTraceFrame frame : trace.frames()) {
            if (frame.direction() == Direction.C2S) {
                client.writeOutbound(ClientCommandParser.parse(frame.payload()));
                ByteBuf written = client.readOutbound();
                assertThat(ByteBufUtil.getBytes(written)).isEqualTo(frame.bytes());
                written.release();
            } else {
                client.writeInbound(Unpooled.wrappedBuffer(frame.bytes()));
                ServerMessage message = client.readInbound();
                assertThat(message).isEqualTo(ServerMessageParser.parse(frame.payload()));
            }
        }
        assertThat(client.finishAndReleaseAll()).isFalse();
    }

    @Test
    void serverSideReplaysARecordedConversation() {
        WireTrace trace = WireTrace.load("proxy-serial");
        EmbeddedChannel server = new EmbeddedChannel();
        WirePipeline.server(server.pipeline(), 99_999);

        for (WireTraceFrame frame : trace.frames()) {
            if (frame.direction() == Direction.C2S) {
                server.writeInbound(Unpooled.wrappedBuffer(frame.bytes()));
                assertThat((Object) server.readInbound()).isEqualTo(ClientCommandParser.parse(frame.payload()));
            } else {
                server.writeOutbound(ServerMessageParser.parse(frame.payload()));
                ByteBuf written = server.readOutbound();
                assertThat(ByteBufUtil.getBytes(written)).isEqualTo(frame.bytes());
                written.release();
            }
        }
        assertThat(server.finishAndReleaseAll()).isFalse();
    }

    @Test
    void clientAndServerTalkOverLoopbackTcp() throws Exception {
        Channel listener = startFakeServer();
        BlockingQueue<ServerMessage> received = new LinkedBlockingQueue<>();
        Channel client = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .handler(pipeline(channel -> {
                    WirePipeline.client(channel.pipeline(), WireLimits.DEFAULT_MAX_FRAME_LENGTH);
                    channel.pipeline().addLast(new Collector(received), ProtocolErrorHandler.INSTANCE);
                }))
                .connect(listener.localAddress()).sync().channel();
        try {
            byte[] bigRequest = utf8("MESSAGE sip:bob@127.0.0.1 SIP/2.0\r\nSubject: Zoë Ærø ☎\r\n\r\n" + "☎".repeat(3_000));
            client.write(new Authenticate("c1", SECRET, List.of("alpha")));
            client.write(new Route("c2", "invite"));
            client.write(new Ping("c3"));
            client.writeAndFlush(new SipCommand("c4", null, null, null, bigRequest)).sync();

            Reply authenticated = (Reply) next(received);
            assertThat(authenticated.commandId()).isEqualTo("c1");
            assertThat(authenticated.hostports()).containsExactly(HostPort.parse("udp/127.0.0.1:5060"));
            assertThat(((Reply) next(received)).commandId()).isEqualTo("c2");
            assertThat(((Reply) next(received)).pong()).isEqualTo("pong");
            Reply sent = (Reply) next(received);
            assertThat(sent.commandId()).isEqualTo("c4");
            assertThat(sent.transactionId()).isEqualTo("txn-c4");
            assertThat(sent.sip()).isEqualTo(bigRequest);
            SipEvent response = (SipEvent) next(received);
            assertThat(response.transactionId()).isEqualTo("txn-c4");

            client.writeAndFlush(Unpooled.wrappedBuffer(utf8("justonefield"))).sync();
            Reply rejected = (Reply) next(received);
            assertThat(rejected.commandId()).isEqualTo("justonefield");
            assertThat(rejected.failureText()).isEqualTo(CommandRejectedException.INVALID_MESSAGE_FORMAT);
            assertThat(client.closeFuture().await(GUARD_SECONDS, TimeUnit.SECONDS)).as("server closed the connection").isTrue();
        } finally {
            client.close().sync();
            listener.close().sync();
        }
    }

    @Test
    void aFramingErrorOnTheServerClosesTheConnection() throws Exception {
        Channel listener = startFakeServer();
        Channel client = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .handler(pipeline(channel -> WirePipeline.client(channel.pipeline(), 1000)))
                .connect(listener.localAddress()).sync().channel();
        try {
            // 6 digits: more than the 99 999 bytes this server accepts, refused before the payload
            client.pipeline().firstContext().writeAndFlush(Unpooled.wrappedBuffer(utf8("123456#"))).sync();
            assertThat(client.closeFuture().await(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
        } finally {
            client.close().sync();
            listener.close().sync();
        }
    }

    private static Channel startFakeServer() throws InterruptedException {
        return new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(pipeline(channel -> {
                    WirePipeline.server(channel.pipeline(), 99_999);
                    channel.pipeline().addLast(new FakeServer(), ProtocolErrorHandler.INSTANCE);
                }))
                .bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
    }

    private static ServerMessage next(BlockingQueue<ServerMessage> received) throws InterruptedException {
        ServerMessage message = received.poll(GUARD_SECONDS, TimeUnit.SECONDS);
        assertThat(message).as("a message arrived").isNotNull();
        return message;
    }

    private static ChannelInitializer<SocketChannel> pipeline(java.util.function.Consumer<SocketChannel> setup) {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(SocketChannel channel) {
                setup.accept(channel);
            }
        };
    }

    /** Collects what the client receives. */
    private static final class Collector extends SimpleChannelInboundHandler<ServerMessage> {

        private final BlockingQueue<ServerMessage> received;

        Collector(BlockingQueue<ServerMessage> received) {
            this.received = received;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ServerMessage message) {
            received.add(message);
        }
    }

    /** A minimal server built only from the codec's layout factories. */
    private static final class FakeServer extends SimpleChannelInboundHandler<ClientCommand> {

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ClientCommand command) {
            String id = MessageIds.next();
            if (command instanceof Authenticate authenticate) {
                List<HostPort> hostports = List.of(HostPort.parse("udp/127.0.0.1:5060"));
                ctx.writeAndFlush(SECRET.equals(authenticate.secret())
                        ? Reply.authenticated(id, command.id(), hostports, "v0.9.10", hostports)
                        : Reply.rejected(id, command.id(), "incorrect secret"));
            } else if (command instanceof Ping) {
                ctx.writeAndFlush(Reply.pong(id, command.id()));
            } else if (command instanceof SipCommand sip) {
                MessageMeta sent = MessageMeta.of(Source.APPLICATION, sip.sip().length, "udp", "127.0.0.1", 5060, LocalTime.now());
                String transactionId = "txn-" + command.id();
                ctx.write(Reply.requestSent(id, command.id(), sent, transactionId, sip.sip()));
                MessageMeta received = MessageMeta.of(Source.NETWORK, 12, "udp", "127.0.0.1", 5070, LocalTime.now());
                ctx.writeAndFlush(SipEvent.of(MessageIds.next(), received, transactionId, null, utf8("SIP/2.0 200 OK\r\n\r\n")));
            } else {
                ctx.writeAndFlush(Reply.ok(id, command.id()));
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (cause instanceof CommandRejectedException rejection) {
                ctx.writeAndFlush(rejection.reply(MessageIds.next())).addListener(future -> ctx.close());
            } else {
                ctx.fireExceptionCaught(cause);
            }
        }
    }
}
