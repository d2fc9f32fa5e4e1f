package io.drachtio.testserver.engine;

import io.drachtio.testserver.TestClock;
import io.drachtio.testserver.await.Inbox;
import io.drachtio.testserver.stack.ClientHeaders;
import io.drachtio.testserver.stack.SipEndpoint;
import io.drachtio.testserver.stack.Tokens;
import java.time.Duration;

/**
 * Everything the parts of the emulated server share: settings, clock, identifiers, the tables of
 * connections, routes, transactions and dialogs, the frame helper, and the inboxes the test API
 * reads (requests put on the network, proxy operations).
 */
public final class ServerContext {

    private final ServerSettings settings;
    private final TestClock clock;
    private final Tokens tokens;
    private final EventLoopRunner loop;
    private final ControlPlane control;
    private final Transactions transactions = new Transactions();
    private final Dialogs dialogs = new Dialogs();
    private final Inbox<OutgoingTransaction> networkRequests = new Inbox<>("requests sent to the network");
    private final Inbox<ProxyRun> proxyRuns = new Inbox<>("proxy operations");
    private final ProxyTargets proxyTargets = new ProxyTargets();

    /**
     * Creates the shared state.
     *
     * @param settings the configuration
     * @param clock    the test clock
     * @param tokens   the identifier generator
     * @param loop     the event loop owning the state
     */
    public ServerContext(ServerSettings settings, TestClock clock, Tokens tokens, EventLoopRunner loop) {
        this.settings = settings;
        this.clock = clock;
        this.tokens = tokens;
        this.loop = loop;
        this.control = new ControlPlane(settings, clock);
    }

    /** @return the configuration */
    public ServerSettings settings() {
        return settings;
    }

    /** @return the test clock */
    public TestClock clock() {
        return clock;
    }

    /** @return the identifier generator */
    public Tokens tokens() {
        return tokens;
    }

    /** @return the runner of the owning event loop */
    public EventLoopRunner loop() {
        return loop;
    }

    /** @return the network-independent control state (connections, routes, frames) */
    public ControlPlane control() {
        return control;
    }

    /** @return the control connections */
    public Connections connections() {
        return control.connections();
    }

    /** @return the route registrations */
    public RouteTable routes() {
        return control.routes();
    }

    /** @return the transactions */
    public Transactions transactions() {
        return transactions;
    }

    /** @return the dialog table */
    public Dialogs dialogs() {
        return dialogs;
    }

    /** @return the frame helper */
    public Frames frames() {
        return control.frames();
    }

    /** @return every request the server put on the simulated network */
    public Inbox<OutgoingTransaction> networkRequests() {
        return networkRequests;
    }

    /** @return the proxy operations started by applications */
    public Inbox<ProxyRun> proxyRuns() {
        return proxyRuns;
    }

    /** @return what simulated proxy targets answer */
    public ProxyTargets proxyTargets() {
        return proxyTargets;
    }

    /** @return whether {@code ping} is answered */
    public boolean answeringPings() {
        return control.answeringPings();
    }

    /**
     * Switches answering {@code ping} on or off (for liveness tests).
     *
     * @param answer {@code false} to leave pings unanswered
     */
    public void answerPings(boolean answer) {
        control.answerPings(answer);
    }

    /**
     * Forgets everything the simulated network is in the middle of — dialogs, transactions, proxy
     * scripts, the requests and proxy operations the test has not taken, the connections it has not
     * awaited — and answers pings again. Connections and their routes stay. Runs on the event loop.
     */
    public void reset() {
        dialogs.clear();
        transactions.clear();
        proxyTargets.clear();
        networkRequests.clear();
        proxyRuns.clear();
        control.connections().opened().clear();
        control.answerPings(true);
    }

    /**
     * Returns the server's own SIP address for a transport.
     *
     * @param protocol the transport
     * @return the endpoint
     */
    public SipEndpoint local(String protocol) {
        return settings.sipEndpoint(protocol);
    }

    /**
     * Returns the address reported in the meta block of a request the server sent (R1,
     * unsolicited BYE): over UDP the server's own SIP address, over TCP the peer's (§4.4).
     *
     * @param farEnd where the request went
     * @return the address to report
     */
    public SipEndpoint reportedAddressOfRequestTo(SipEndpoint farEnd) {
        return control.reportedAddressOfRequestTo(farEnd);
    }

    /**
     * Returns the header rules for messages sent over a transport.
     *
     * @param protocol the transport
     * @return the rules
     */
    public ClientHeaders clientHeaders(String protocol) {
        return new ClientHeaders(local(protocol));
    }

    /**
     * Schedules work on the test clock; when it falls due it runs on the event loop (the clock's
     * caller waits for it).
     *
     * @param delay when, relative to now on the test clock
     * @param work  what to run
     * @return the timer
     */
    public TestClock.Timer schedule(Duration delay, Runnable work) {
        return clock.schedule(delay, () -> loop.run(work));
    }
}
