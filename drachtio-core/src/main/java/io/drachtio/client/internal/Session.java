package io.drachtio.client.internal;

import io.drachtio.client.CdrRecord;
import io.drachtio.client.ConnectionLostException;
import io.drachtio.client.DrachtioClientException;
import io.drachtio.client.ReplyTimeoutException;
import io.drachtio.sip.SipMessage;
import io.drachtio.sip.SipMessageParser;
import io.drachtio.sip.SipParseException;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.wire.CdrEvent;
import io.drachtio.wire.ClientCommand;
import io.drachtio.wire.ClientCommandEncoder;
import io.drachtio.wire.DrachtioProtocolException;
import io.drachtio.wire.MessageIds;
import io.drachtio.wire.Ping;
import io.drachtio.wire.Reply;
import io.drachtio.wire.ServerMessage;
import io.drachtio.wire.SipEvent;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.util.AttributeKey;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * One TCP (or TLS) connection to a drachtio server, from the first byte to its close: sends
 * commands and matches their replies, routes the server's {@code sip} messages to the UAS and UAC
 * state, hands CDRs on, and when the channel closes fails everything still pending on it with
 * {@link ConnectionLostException}.
 *
 * <p>Thread model: all session state is confined to the channel's event loop. Methods that may be
 * called from other threads hop onto the loop first; handlers and listeners are called on it.
 */
final class Session {

    private static final Logger LOG = LoggerFactory.getLogger(Session.class);
    private static final AttributeKey<Session> KEY = AttributeKey.valueOf(Session.class, "drachtio.session");

    private final Channel channel;
    private final BaseConnection connection;
    private final ClientContext context;
    private final Duration replyTimeout;
    private final CommandCorrelator correlator = new CommandCorrelator();
    private final UacRouter uac;
    private final IncomingTransactions incoming;
    private final List<Consumer<String>> closeListeners = new ArrayList<>();
    private volatile boolean closed;
    private volatile String closeReason;
    private PingMonitor pingMonitor;

    Session(Channel channel, BaseConnection connection, ClientContext context, Duration replyTimeout) {
        this.channel = channel;
        this.connection = connection;
        this.context = context;
        this.replyTimeout = replyTimeout;
        this.uac = new UacRouter(this);
        this.incoming = new IncomingTransactions(this);
        channel.attr(KEY).set(this);
    }

    /**
     * @param channel a channel set up by {@link ConnectionPipeline}
     * @return its session
     */
    static Session of(Channel channel) {
        return channel.attr(KEY).get();
    }

    /** @return the connection's name */
    String name() {
        return connection.name();
    }

    BaseConnection connection() {
        return connection;
    }

    ClientContext context() {
        return context;
    }

    Channel channel() {
        return channel;
    }

    UacRouter uac() {
        return uac;
    }

    IncomingTransactions incoming() {
        return incoming;
    }

    /** @return {@code true} until the channel closed */
    boolean isOpen() {
        return !closed && channel.isActive();
    }

    /** @return a fresh message id for a command */
    String newId() {
        return MessageIds.next();
    }

    /**
     * Runs a task on the event loop (at once when already on it).
     *
     * @param task       the task
     * @param ifRejected run instead when the event loop no longer takes tasks
     */
    void execute(Runnable task, Runnable ifRejected) {
        EventLoop loop = channel.eventLoop();
        if (loop.inEventLoop()) {
            task.run();
            return;
        }
        try {
            loop.execute(task);
        } catch (RejectedExecutionException e) {
            ifRejected.run();
        }
    }

    /**
     * Sends a command whose single reply becomes the result, with the connection's reply timeout.
     * The command is written at once, whether the result is subscribed or not.
     *
     * @param command     the command
     * @param commandName its name, for errors
     * @param mapper      turns the reply into the result
     * @param <T>         the result type
     * @return the result (replayed to late subscribers)
     */
    <T> Mono<T> call(ClientCommand command, String commandName, ReplyMapper<T> mapper) {
        return call(command, commandName, mapper, replyTimeout);
    }

    /**
     * Like {@link #call(ClientCommand, String, ReplyMapper)} with an explicit timeout.
     *
     * @param command     the command
     * @param commandName its name, for errors
     * @param mapper      turns the reply into the result
     * @param timeout     how long to wait for the reply
     * @param <T>         the result type
     * @return the result
     */
    <T> Mono<T> call(ClientCommand command, String commandName, ReplyMapper<T> mapper, Duration timeout) {
        Sinks.One<T> sink = Sinks.one();
        send(command, commandName, new SingleReplyListener<>(sink, mapper, name(), commandName), mapper::beforeWrite,
                timeout);
        return sink.asMono();
    }

    /**
     * Sends a command. On the event loop: checks it against the wire limits and encodes it in the same
     * pass (refused commands are never written), registers the listener, runs {@code beforeWrite},
     * writes the payload.
     *
     * @param command     the command
     * @param commandName its name, for errors
     * @param listener    receives the replies or the failure
     * @param beforeWrite runs right before the write
     * @param timeout     reply timeout, or {@code null} for none (proxy operations)
     */
    void send(ClientCommand command, String commandName, ReplyListener listener, Runnable beforeWrite,
            Duration timeout) {
        execute(() -> write(command, commandName, listener, beforeWrite, timeout),
                () -> listener.onFailure(lost("sending '" + commandName + "'")));
    }

    private void write(ClientCommand command, String commandName, ReplyListener listener, Runnable beforeWrite,
            Duration timeout) {
        ByteBuf payload;
        try {
            payload = ClientCommandEncoder.encodeChecked(command, channel.alloc());
        } catch (DrachtioProtocolException e) {
            listener.onFailure(e);
            return;
        }
        if (closed || !channel.isActive()) {
            payload.release();
            listener.onFailure(lost("sending '" + commandName + "'"));
            return;
        }
        String id = command.id();
        ScheduledFuture<?> timer = timeout == null ? null : channel.eventLoop().schedule(
                () -> correlator.fail(id, new ReplyTimeoutException(name(), commandName, timeout)),
                timeout.toNanos(), TimeUnit.NANOSECONDS);
        correlator.register(id, commandName, listener, timer);
        beforeWrite.run();
        channel.writeAndFlush(payload).addListener(done -> {
            if (done.isSuccess()) {
                listener.written();
            } else {
                correlator.fail(id, writeFailure(commandName, done.cause()));
            }
        });
    }

    private DrachtioClientException writeFailure(String commandName, Throwable cause) {
        if (cause instanceof ClosedChannelException || !channel.isActive()) {
            return lost("sending '" + commandName + "'");
        }
        return new DrachtioClientException("could not send '" + commandName + "' to drachtio server (" + name()
                + "): " + cause, cause);
    }

    /**
     * @param detail what was pending
     * @return the error for an operation that the closed connection ended
     */
    ConnectionLostException lost(String detail) {
        return new ConnectionLostException(name(), detail);
    }

    /**
     * Pings the server.
     *
     * @param timeout how long to wait for the pong
     * @return the round-trip time
     */
    Mono<Duration> ping(Duration timeout) {
        return call(new Ping(newId()), "ping", new RoundTrip(), timeout);
    }

    /** Measures a ping's round trip from the write to the reply. */
    private final class RoundTrip implements ReplyMapper<Duration> {
        private long started;

        @Override
        public void beforeWrite() {
            started = System.nanoTime();
        }

        @Override
        public Duration ok(Reply reply) {
            Duration roundTrip = Duration.ofNanos(System.nanoTime() - started);
            context.observer().notify(o -> o.pingCompleted(name(), roundTrip));
            return roundTrip;
        }
    }

    /**
     * Starts pinging the server periodically; a missing pong closes the connection.
     *
     * @param interval time between pings
     * @param timeout  how long a pong may take
     */
    void startPings(Duration interval, Duration timeout) {
        execute(() -> {
            if (!closed) {
                pingMonitor = new PingMonitor(this, interval, timeout);
                pingMonitor.start();
            }
        }, () -> { });
    }

    /** Called by the pipeline for every decoded message, on the event loop. */
    void onMessage(ServerMessage message) {
        try {
            if (message instanceof Reply reply) {
                correlator.dispatch(reply);
            } else if (message instanceof SipEvent event) {
                onSipEvent(event);
            } else if (message instanceof CdrEvent cdr) {
                onCdr(cdr);
            } else {
                LOG.warn("drachtio server ({}) sent a message of unknown type; ignored (id {})", name(), message.id());
            }
        } catch (RuntimeException e) {
            LOG.error("failed to process a message from drachtio server ({}); the connection stays open", name(), e);
        }
    }

    private void onSipEvent(SipEvent event) {
        SipMessage message = parse(event);
        if (message instanceof SipResponse response) {
            uac.onResponse(event, response);
        } else if (message instanceof SipRequest request) {
            incoming.onRequest(event, request);
        }
    }

    private void onCdr(CdrEvent cdr) {
        SipMessage message = parse(cdr);
        if (message != null) {
            context.cdrs().dispatch(new CdrRecord(cdr.kind(), WireValues.source(cdr.source()), cdr.time(),
                    WireValues.detail(cdr), message, name()));
        }
    }

    private SipMessage parse(ServerMessage source) {
        try {
            return SipMessageParser.parse(source.sip());
        } catch (SipParseException e) {
            LOG.warn("drachtio server ({}) sent an unreadable {}: {}; dropped", name(), describe(source),
                    e.getMessage());
            return null;
        }
    }

    /** @return what a message's SIP part is, for a warning (built only when one is logged) */
    private static String describe(ServerMessage source) {
        if (source instanceof SipEvent event) {
            return "sip message (transaction " + event.transactionId() + ")";
        }
        return ((CdrEvent) source).kind().wireName() + " record";
    }

    /**
     * Remembers the first error seen on the channel as the reason of its close.
     *
     * @param cause the error
     */
    void recordError(Throwable cause) {
        if (closeReason == null) {
            closeReason = cause.getMessage() != null ? cause.getMessage() : cause.toString();
        }
    }

    /**
     * Closes the channel.
     *
     * @param reason why, for the logs and the {@code Disconnected} event
     */
    void close(String reason) {
        if (closeReason == null) {
            closeReason = reason;
        }
        channel.close();
    }

    /**
     * @param listener called once with the close reason when the channel closed (at once when it already has)
     */
    void whenClosed(Consumer<String> listener) {
        execute(() -> {
            if (closed) {
                listener.accept(closeReason());
            } else {
                closeListeners.add(listener);
            }
        }, () -> listener.accept(closeReason()));
    }

    private String closeReason() {
        return closeReason != null ? closeReason : "closed by the drachtio server";
    }

    /** Called by the pipeline when the channel closed, on the event loop: fails everything pending. */
    void onClosed() {
        if (closed) {
            return;
        }
        closed = true;
        if (pingMonitor != null) {
            pingMonitor.stop();
        }
        correlator.failAll(command -> lost("waiting for the reply to '" + command + "'"));
        uac.connectionLost();
        incoming.connectionLost();
        String reason = closeReason();
        for (Consumer<String> listener : closeListeners) {
            listener.accept(reason);
        }
        closeListeners.clear();
    }
}
