package io.drachtio.testserver.engine;

import io.drachtio.testserver.stack.ClientSipMessage;
import io.drachtio.testserver.stack.FarEndMessages;
import io.drachtio.wire.Authenticate;
import io.drachtio.wire.ClientCommand;
import io.drachtio.wire.CommandRejectedException;
import io.drachtio.wire.Ping;
import io.drachtio.wire.ProxyCommand;
import io.drachtio.wire.RemoveRoute;
import io.drachtio.wire.Reply;
import io.drachtio.wire.Route;
import io.drachtio.wire.SipCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulated drachtio-server: dispatches each client command to the part that handles it and
 * gives the test API access to the parts that simulate the network. Runs on the server's event
 * loop.
 */
public final class ServerEngine implements ControlCommandHandler {

    /** Prefix of the NOK text when the emulated server cannot carry out a command. */
    public static final String UNKNOWN_ERROR = "Server error: ";

    private static final Logger LOG = LoggerFactory.getLogger(ServerEngine.class);

    /** NO text for a command before {@code authenticate} when authentication is enforced. */
    public static final String AUTHENTICATION_REQUIRED = "authentication required";

    private final ServerContext context;
    private final SessionCommands session;
    private final AppResponses responses;
    private final AppRequests requests;
    private final Proxying proxying;
    private final NetworkIngress ingress;
    private final FarEnd farEnd;
    private final Cdrs cdrs;
    private final Teardown teardown;
    private final FarEndMessages messages;

    /**
     * Wires the parts together.
     *
     * @param context the server state
     */
    public ServerEngine(ServerContext context) {
        this.context = context;
        this.messages = new FarEndMessages(context.tokens());
        this.cdrs = new Cdrs(context.control());
        this.teardown = new Teardown(context, cdrs);
        this.session = new SessionCommands(context.control());
        this.responses = new AppResponses(context, cdrs, teardown);
        this.farEnd = new FarEnd(context, cdrs, messages);
        this.requests = new AppRequests(context, cdrs, farEnd);
        this.proxying = new Proxying(context, cdrs, messages);
        this.ingress = new NetworkIngress(context, cdrs, teardown, new Relay(context, cdrs, messages), proxying);
    }

    /**
     * Handles one command from a connection. A command the emulated server cannot carry out (for
     * example a SIP part it cannot read) is answered {@code NOK|Server error: <reason>}.
     *
     * @param connection the connection
     * @param command    the command
     */
    @Override
    public void onCommand(ControlConnection connection, ClientCommand command) {
        try {
            dispatch(connection, command);
        } catch (RuntimeException e) {
            LOG.warn("{}: {} failed", connection.name(), command, e);
            connection.send(Reply.failed(context.frames().nextId(), command.id(), UNKNOWN_ERROR + e.getMessage()));
        }
    }

    private void dispatch(ControlConnection connection, ClientCommand command) {
        if (context.settings().requireAuthentication() && !connection.isAuthenticated()
                && !(command instanceof Authenticate)) {
            connection.sendAndClose(Reply.rejected(context.frames().nextId(), command.id(), AUTHENTICATION_REQUIRED));
            return;
        }
        if (command instanceof Authenticate authenticate) {
            session.authenticate(connection, authenticate);
        } else if (command instanceof Route route) {
            session.route(connection, route);
        } else if (command instanceof RemoveRoute removeRoute) {
            session.removeRoute(connection, removeRoute);
        } else if (command instanceof Ping ping) {
            session.ping(connection, ping);
        } else if (command instanceof ProxyCommand proxy) {
            proxying.proxy(connection, proxy);
        } else if (command instanceof SipCommand sip) {
            if (ClientSipMessage.parse(sip.sip()).isResponse()) {
                responses.respond(connection, sip);
            } else {
                requests.request(connection, sip);
            }
        }
    }

    /**
     * Handles a command the real server refuses with {@code NO}: the reply, then closing.
     *
     * @param connection the connection
     * @param rejection  the rejection from the command parser
     */
    @Override
    public void onRejected(ControlConnection connection, CommandRejectedException rejection) {
        connection.sendAndClose(rejection.reply(context.frames().nextId()));
    }

    @Override
    public Connections connections() {
        return context.connections();
    }

    /** @return the shared server state */
    public ServerContext context() {
        return context;
    }

    /** @return the handler of requests from the simulated network */
    public NetworkIngress ingress() {
        return ingress;
    }

    /** @return the simulated far ends */
    public FarEnd farEnd() {
        return farEnd;
    }

    /** @return the CDR emitter */
    public Cdrs cdrs() {
        return cdrs;
    }

    /** @return the server-initiated BYE */
    public Teardown teardown() {
        return teardown;
    }

    /** @return the far end message factory */
    public FarEndMessages messages() {
        return messages;
    }
}
