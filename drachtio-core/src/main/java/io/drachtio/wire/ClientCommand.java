package io.drachtio.wire;

/**
 * A command an application sends to drachtio-server (protocol reference §5). Every command starts
 * with a message id chosen by the client (field 0) that the server echoes in field 2 of its
 * {@link Reply}; {@link MessageIds#next()} makes suitable ones.
 *
 * <p>Encoded by {@link ClientCommandEncoder}, parsed on the server side by
 * {@link ClientCommandParser}; {@link WireLimits#check(ClientCommand)} refuses commands the real
 * server would mangle.
 */
public sealed interface ClientCommand permits Authenticate, Route, RemoveRoute, Ping, SipCommand, ProxyCommand {

    /**
     * Returns the client-chosen message id (field 0).
     *
     * @return the id
     */
    String id();
}
