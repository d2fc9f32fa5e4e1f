package io.drachtio.testserver.engine;

import io.drachtio.wire.Authenticate;
import io.drachtio.wire.HostPort;
import io.drachtio.wire.Ping;
import io.drachtio.wire.RemoveRoute;
import io.drachtio.wire.Reply;
import io.drachtio.wire.Route;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The connection-level commands (§5.1–5.4): {@code authenticate} ({@code OK} with the SIP
 * host-ports, version and local host-ports, or {@code NO|incorrect secret} and close; tags are
 * recorded either way), {@code route} (any verb, duplicates kept), {@code remove_route} (removes
 * every registration of the connection, whatever the verb — the real server's quirk) and
 * {@code ping} ({@code OK|pong}, unless pings are switched off for a liveness test).
 */
public final class SessionCommands {

    /** NO text for a wrong secret. */
    public static final String INCORRECT_SECRET = "incorrect secret";

    private final ControlPlane context;

    /**
     * Creates the handler.
     *
     * @param context the control state
     */
    public SessionCommands(ControlPlane context) {
        this.context = context;
    }

    /**
     * Handles {@code authenticate}.
     *
     * @param connection the connection
     * @param command    the command
     */
    public void authenticate(ControlConnection connection, Authenticate command) {
        connection.addTags(command.tags());
        if (!sameSecret(command.secret(), context.settings().secret())) {
            connection.sendAndClose(Reply.rejected(context.frames().nextId(), command.id(), INCORRECT_SECRET));
            return;
        }
        List<HostPort> hostports = new ArrayList<>();
        for (String transport : context.settings().sipTransports()) {
            hostports.add(new HostPort(transport, context.settings().sipHost(), context.settings().sipPort()));
        }
        connection.markAuthenticated();
        connection.send(Reply.authenticated(context.frames().nextId(), command.id(), hostports,
                context.settings().version(), hostports));
    }

    /**
     * Handles {@code route}.
     *
     * @param connection the connection
     * @param command    the command
     */
    public void route(ControlConnection connection, Route command) {
        context.routes().add(command.verb(), connection);
        connection.send(Reply.ok(context.frames().nextId(), command.id()));
    }

    /**
     * Handles {@code remove_route}.
     *
     * @param connection the connection
     * @param command    the command
     */
    public void removeRoute(ControlConnection connection, RemoveRoute command) {
        context.routes().removeAll(connection);
        connection.send(Reply.ok(context.frames().nextId(), command.id()));
    }

    /**
     * Handles {@code ping}.
     *
     * @param connection the connection
     * @param command    the command
     */
    public void ping(ControlConnection connection, Ping command) {
        if (context.answeringPings()) {
            connection.send(Reply.pong(context.frames().nextId(), command.id()));
        }
    }

    private static boolean sameSecret(String offered, String expected) {
        return MessageDigest.isEqual(offered.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
