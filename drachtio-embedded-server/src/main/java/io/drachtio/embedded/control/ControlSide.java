package io.drachtio.embedded.control;

import io.drachtio.testserver.stack.ClientSipMessage;
import io.drachtio.embedded.sip.SipCore;
import io.drachtio.embedded.sip.ua.TransactionUser;
import io.drachtio.testserver.engine.Cdrs;
import io.drachtio.testserver.engine.CommandDispatch;
import io.drachtio.testserver.engine.ControlConnection;
import io.drachtio.testserver.engine.ControlPlane;
import io.drachtio.wire.ProxyCommand;
import io.drachtio.wire.SipCommand;

/**
 * The embedded server's control side: the connection-level commands are the test server's
 * ({@link CommandDispatch}); {@code sip} and {@code proxy} go to the SIP stack; the stack's events reach
 * the applications through {@link #transactionUser()}. Runs on the SIP stack's event loop.
 */
public final class ControlSide extends CommandDispatch {

    private final AppAnswers answers;
    private final AppSends sends;
    private final AppProxies proxies;
    private final NetworkEvents events;

    /**
     * Creates the control side over a running SIP stack.
     *
     * @param plane the control-protocol state (settings, connections, routes, frames)
     * @param core  the SIP stack's operations
     */
    public ControlSide(ControlPlane plane, SipCore core) {
        super(plane);
        ControlParts parts = new ControlParts(plane, core, new Owners(), new Cdrs(plane));
        this.answers = new AppAnswers(parts);
        this.sends = new AppSends(parts);
        this.proxies = new AppProxies(parts);
        this.events = new NetworkEvents(parts);
    }

    /**
     * Returns what the SIP stack reports to: the translation of network events into {@code sip} events.
     *
     * @return the transaction user
     */
    public TransactionUser transactionUser() {
        return events;
    }

    @Override
    protected void proxy(ControlConnection connection, ProxyCommand command) {
        proxies.proxy(connection, command);
    }

    @Override
    protected void respond(ControlConnection connection, SipCommand command, ClientSipMessage message) {
        answers.respond(connection, command, message);
    }

    @Override
    protected void request(ControlConnection connection, SipCommand command, ClientSipMessage message) {
        sends.request(connection, command, message);
    }
}
