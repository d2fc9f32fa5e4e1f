package io.drachtio.embedded.control;

import io.drachtio.embedded.sip.SipCore;
import io.drachtio.embedded.sip.ua.TransactionUser;
import io.drachtio.testserver.engine.Cdrs;
import io.drachtio.testserver.engine.Connections;
import io.drachtio.testserver.engine.ControlCommandHandler;
import io.drachtio.testserver.engine.ControlConnection;
import io.drachtio.testserver.engine.ControlPlane;
import io.drachtio.testserver.engine.ServerEngine;
import io.drachtio.testserver.engine.SessionCommands;
import io.drachtio.testserver.stack.ClientSipMessage;
import io.drachtio.wire.Authenticate;
import io.drachtio.wire.ClientCommand;
import io.drachtio.wire.CommandRejectedException;
import io.drachtio.wire.Ping;
import io.drachtio.wire.ProxyCommand;
import io.drachtio.wire.RemoveRoute;
import io.drachtio.wire.Route;
import io.drachtio.wire.SipCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's control side: dispatches each command of an application connection —
 * {@code authenticate}, {@code route}, {@code remove_route}, {@code ping} to the test server's session
 * commands, {@code sip} and {@code proxy} to the SIP stack — and tells the stack's events to the
 * applications through {@link #transactionUser()}. Runs on the SIP stack's event loop.
 */
public final class ControlSide implements ControlCommandHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ControlSide.class);

    private final ControlParts parts;
    private final SessionCommands session;
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
        this.parts = new ControlParts(plane, core, new Owners(), new Cdrs(plane));
        this.session = new SessionCommands(plane);
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
    public Connections connections() {
        return parts.plane().connections();
    }

    @Override
    public void onCommand(ControlConnection connection, ClientCommand command) {
        try {
            dispatch(connection, command);
        } catch (RuntimeException e) {
            LOG.warn("{}: {} failed", connection.name(), command, e);
            parts.fail(connection, command.id(), ServerEngine.UNKNOWN_ERROR + e.getMessage());
        }
    }

    private void dispatch(ControlConnection connection, ClientCommand command) {
        if (command instanceof Authenticate authenticate) {
            session.authenticate(connection, authenticate);
        } else if (command instanceof Route route) {
            session.route(connection, route);
        } else if (command instanceof RemoveRoute removeRoute) {
            session.removeRoute(connection, removeRoute);
        } else if (command instanceof Ping ping) {
            session.ping(connection, ping);
        } else if (command instanceof ProxyCommand proxy) {
            proxies.proxy(connection, proxy);
        } else if (command instanceof SipCommand sip) {
            if (ClientSipMessage.parse(sip.sip()).isResponse()) {
                answers.respond(connection, sip);
            } else {
                sends.request(connection, sip);
            }
        }
    }

    @Override
    public void onRejected(ControlConnection connection, CommandRejectedException rejection) {
        connection.sendAndClose(rejection.reply(parts.plane().frames().nextId()));
    }
}
