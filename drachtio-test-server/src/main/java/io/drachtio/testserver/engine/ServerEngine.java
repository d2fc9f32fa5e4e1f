package io.drachtio.testserver.engine;

import io.drachtio.testserver.stack.ClientSipMessage;
import io.drachtio.testserver.stack.FarEndMessages;
import io.drachtio.wire.Authenticate;
import io.drachtio.wire.ClientCommand;
import io.drachtio.wire.ProxyCommand;
import io.drachtio.wire.Reply;
import io.drachtio.wire.SipCommand;

/**
 * The emulated drachtio-server: dispatches each client command to the part that handles it and
 * gives the test API access to the parts that simulate the network. Runs on the server's event
 * loop.
 */
public final class ServerEngine extends CommandDispatch {

    /** Prefix of the NOK text when the emulated server cannot carry out a command. */
    public static final String UNKNOWN_ERROR = CommandDispatch.UNKNOWN_ERROR;

    /** NO text for a command before {@code authenticate} when authentication is enforced. */
    public static final String AUTHENTICATION_REQUIRED = "authentication required";

    private final ServerContext context;
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
        super(context.control());
        this.context = context;
        this.messages = new FarEndMessages(context.tokens());
        this.cdrs = new Cdrs(context.control());
        this.teardown = new Teardown(context, cdrs);
        this.responses = new AppResponses(context, cdrs, teardown);
        this.farEnd = new FarEnd(context, cdrs, messages);
        this.requests = new AppRequests(context, cdrs, farEnd);
        this.proxying = new Proxying(context, cdrs, messages);
        this.ingress = new NetworkIngress(context, cdrs, teardown, new Relay(context, cdrs, messages), proxying);
    }

    @Override
    protected boolean admits(ControlConnection connection, ClientCommand command) {
        if (context.settings().requireAuthentication() && !connection.isAuthenticated()
                && !(command instanceof Authenticate)) {
            connection.sendAndClose(Reply.rejected(context.frames().nextId(), command.id(), AUTHENTICATION_REQUIRED));
            return false;
        }
        return true;
    }

    @Override
    protected void proxy(ControlConnection connection, ProxyCommand command) {
        proxying.proxy(connection, command);
    }

    @Override
    protected void respond(ControlConnection connection, SipCommand command, ClientSipMessage message) {
        responses.respond(connection, command, message);
    }

    @Override
    protected void request(ControlConnection connection, SipCommand command, ClientSipMessage message) {
        requests.request(connection, command, message);
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
