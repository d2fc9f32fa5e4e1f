package io.drachtio.embedded.sip;

import io.drachtio.embedded.sip.dialog.Dialog;
import io.drachtio.embedded.sip.dialog.DialogTerminationReason;
import io.drachtio.embedded.sip.time.EventLoopScheduler;
import io.drachtio.embedded.sip.transaction.ServerTransaction;
import io.drachtio.embedded.sip.transport.IdGenerator;
import io.drachtio.embedded.sip.transport.LocalEndpoint;
import io.drachtio.embedded.sip.transport.NettyTransport;
import io.drachtio.embedded.sip.transport.ReceivedMessage;
import io.drachtio.embedded.sip.ua.TransactionUser;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A running SIP stack: UDP and TCP sockets on one Netty event loop, which also runs the
 * {@link SipCore} and all its timers; DNS lookups on a separate daemon thread pool.
 *
 * <pre>{@code
 * try (SipStack stack = SipStack.start(SipStackSettings.loopbackFreePorts(), myTransactionUser)) {
 *     int port = stack.udpAddress().getPort();
 *     stack.core().sendRequest(options, null, listener);
 * }
 * }</pre>
 */
public final class SipStack implements AutoCloseable {

    private final EventLoopGroup group;
    private final ExecutorService resolverThreads;
    private final NettyTransport transport;
    private final SipCore core;

    private SipStack(EventLoopGroup group, ExecutorService resolverThreads, NettyTransport transport, SipCore core) {
        this.group = group;
        this.resolverThreads = resolverThreads;
        this.transport = transport;
        this.core = core;
    }

    /**
     * Binds the sockets and starts the stack. Blocks until bound; do not call on an event loop.
     *
     * @param settings addresses, limits and timers
     * @param tu       the transaction user
     * @return the running stack
     * @throws io.drachtio.embedded.sip.transport.TransportException when a port cannot be bound
     */
    public static SipStack start(SipStackSettings settings, TransactionUser tu) {
        return start(settings, core -> tu);
    }

    /**
     * Binds the sockets and starts the stack with a transaction user that needs the core itself (to
     * answer what it is told). The factory runs once, before any message reaches the core. Blocks until
     * bound; do not call on an event loop.
     *
     * @param settings  addresses, limits and timers
     * @param tuFactory makes the transaction user from the stack's core
     * @return the running stack
     * @throws io.drachtio.embedded.sip.transport.TransportException when a port cannot be bound
     */
    public static SipStack start(SipStackSettings settings, Function<SipCore, TransactionUser> tuFactory) {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("drachtio-sip", true),
                NioIoHandler.newFactory());
        ExecutorService resolverThreads = Executors.newCachedThreadPool(new DefaultThreadFactory("drachtio-sip-dns", true));
        EventLoopScheduler scheduler = new EventLoopScheduler(group.next());
        CoreHolder holder = new CoreHolder();
        NettyTransport transport = new NettyTransport(group, settings.transport(),
                holder::deliver, new IdGenerator());
        try {
            transport.start();
        } catch (RuntimeException bindFailure) {
            transport.close();
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS).syncUninterruptibly();
            resolverThreads.shutdownNow();
            throw bindFailure;
        }
        LocalEndpoint local = new LocalEndpoint(advertised(settings.transport().host()), transport.udpAddress().getPort(),
                transport.tcpAddress().getPort());
        LateTransactionUser tu = new LateTransactionUser();
        SipCore core = new SipCore(scheduler, transport, local, settings.timers(), resolverThreads, tu);
        tu.target = tuFactory.apply(core);
        holder.core = core;
        return new SipStack(group, resolverThreads, transport, core);
    }

    private static String advertised(String host) {
        return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /**
     * Returns the stack's operations for the transaction user.
     *
     * @return the core
     */
    public SipCore core() {
        return core;
    }

    /**
     * Returns the event loop group (one thread) the sockets, the core and its timers run on; a control
     * side can run its own channels on it to share that thread.
     *
     * @return the group
     */
    public EventLoopGroup eventLoopGroup() {
        return group;
    }

    /**
     * Returns the bound UDP address.
     *
     * @return the address
     */
    public InetSocketAddress udpAddress() {
        return transport.udpAddress();
    }

    /**
     * Returns the bound TCP address.
     *
     * @return the address
     */
    public InetSocketAddress tcpAddress() {
        return transport.tcpAddress();
    }

    /**
     * Returns the advertised host and bound ports.
     *
     * @return the local endpoint
     */
    public LocalEndpoint localEndpoint() {
        return core.localEndpoint();
    }

    /** Closes the sockets and stops the event loop and resolver threads; pending timers are dropped. */
    @Override
    public void close() {
        transport.close();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        resolverThreads.shutdownNow();
    }

    /** Lets the transport reach the core created after the sockets were bound. */
    private static final class CoreHolder {
        private volatile SipCore core;

        /** Delivers a message to the core; drops it in the instant between binding and core creation. */
        void deliver(io.drachtio.embedded.sip.transport.ReceivedMessage message) {
            SipCore ready = core;
            if (ready != null) {
                ready.inbound().onMessage(message);
            }
        }
    }

    /** Passes the stack's callbacks to a transaction user made after the core (set before any message arrives). */
    private static final class LateTransactionUser implements TransactionUser {
        // set before the volatile write of CoreHolder.core that lets the first message in: no volatile needed
        private TransactionUser target;

        @Override
        public void onRequest(ServerTransaction transaction, Dialog dialog) {
            target.onRequest(transaction, dialog);
        }

        @Override
        public void onAck(ServerTransaction invite, Dialog dialog, ReceivedMessage ack) {
            target.onAck(invite, dialog, ack);
        }

        @Override
        public void onCancel(ServerTransaction invite, ReceivedMessage cancel) {
            target.onCancel(invite, cancel);
        }

        @Override
        public void onAckTimeout(ServerTransaction invite, Dialog dialog) {
            target.onAckTimeout(invite, dialog);
        }

        @Override
        public void onDialogTerminated(Dialog dialog, DialogTerminationReason reason) {
            target.onDialogTerminated(dialog, reason);
        }
    }
}
