package io.drachtio.testserver.engine;

import io.drachtio.testserver.stack.ClientSipMessage;
import io.drachtio.wire.Authenticate;
import io.drachtio.wire.ClientCommand;
import io.drachtio.wire.CommandRejectedException;
import io.drachtio.wire.Ping;
import io.drachtio.wire.ProxyCommand;
import io.drachtio.wire.Reply;
import io.drachtio.wire.RemoveRoute;
import io.drachtio.wire.Route;
import io.drachtio.wire.SipCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dispatch every drachtio-compatible server shares: the connection-level commands go to
 * {@link SessionCommands}; {@code proxy}, {@code sip} responses and {@code sip} requests go to the
 * subclass (the test server's simulated network, the embedded server's SIP stack). A command that
 * cannot be carried out is answered {@code NOK|Server error: <reason>}; a refused one {@code NO} and
 * the connection closes.
 */
public abstract class CommandDispatch implements ControlCommandHandler {

    /** Prefix of the NOK text when the server cannot carry out a command. */
    public static final String UNKNOWN_ERROR = "Server error: ";

    private static final Logger LOG = LoggerFactory.getLogger(CommandDispatch.class);

    private final ControlPlane plane;
    private final SessionCommands session;

    /**
     * Creates the dispatch.
     *
     * @param plane the control-protocol state
     */
    protected CommandDispatch(ControlPlane plane) {
        this.plane = plane;
        this.session = new SessionCommands(plane);
    }

    @Override
    public Connections connections() {
        return plane.connections();
    }

    @Override
    public void onCommand(ControlConnection connection, ClientCommand command) {
        try {
            if (admits(connection, command)) {
                dispatch(connection, command);
            }
        } catch (RuntimeException e) {
            LOG.warn("{}: {} failed", connection.name(), command, e);
            connection.send(Reply.failed(plane.frames().nextId(), command.id(), UNKNOWN_ERROR + e.getMessage()));
        }
    }

    @Override
    public void onRejected(ControlConnection connection, CommandRejectedException rejection) {
        connection.sendAndClose(rejection.reply(plane.frames().nextId()));
    }

    /**
     * Decides whether a command is carried out at all; the default admits every command (as
     * drachtio-server does).
     *
     * @param connection the connection
     * @param command    the command
     * @return {@code false} when the subclass refused it (and replied)
     */
    protected boolean admits(ControlConnection connection, ClientCommand command) {
        return true;
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
            proxy(connection, proxy);
        } else if (command instanceof SipCommand sip) {
            ClientSipMessage message = ClientSipMessage.parse(sip.sip());
            if (message.isResponse()) {
                respond(connection, sip, message);
            } else {
                request(connection, sip, message);
            }
        }
    }

    /**
     * Handles {@code proxy}.
     *
     * @param connection the connection
     * @param command    the command
     */
    protected abstract void proxy(ControlConnection connection, ProxyCommand command);

    /**
     * Handles a {@code sip} command carrying a response.
     *
     * @param connection the connection
     * @param command    the command
     * @param message    its SIP part, parsed
     */
    protected abstract void respond(ControlConnection connection, SipCommand command, ClientSipMessage message);

    /**
     * Handles a {@code sip} command carrying a request.
     *
     * @param connection the connection
     * @param command    the command
     * @param message    its SIP part, parsed
     */
    protected abstract void request(ControlConnection connection, SipCommand command, ClientSipMessage message);
}
