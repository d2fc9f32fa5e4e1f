package io.drachtio.client.internal;

import io.drachtio.client.AuthenticationFailedException;
import io.drachtio.client.ServerInfo;
import io.drachtio.wire.Authenticate;
import io.drachtio.wire.Reply;
import io.drachtio.wire.Route;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What a new session does before it carries traffic: {@code authenticate} (the server's reply says
 * who it is) and, on inbound connections, one {@code route} per wanted verb.
 */
final class Handshake {

    private Handshake() {
    }

    /**
     * @param session the new session
     * @param secret  the shared secret (never logged)
     * @param tags    the connection's tags
     * @return what the server said about itself; {@link AuthenticationFailedException} when it refused
     */
    static Mono<ServerInfo> authenticate(Session session, String secret, List<String> tags) {
        return session.call(new Authenticate(session.newId(), secret, tags), "authenticate",
                new ReplyMapper<ServerInfo>() {
                    @Override
                    public ServerInfo ok(Reply reply) {
                        return new ServerInfo(reply.hostports(), reply.serverVersion(), reply.localHostports());
                    }

                    @Override
                    public RuntimeException failed(Reply reply, String connection, String command) {
                        return new AuthenticationFailedException(connection, reply.failureText());
                    }
                });
    }

    /**
     * Registers verbs; the commands go out at once, one after another, and the result completes when
     * every one was acknowledged.
     *
     * @param session the session
     * @param verbs   the verbs (lower-case methods, CDR kinds)
     * @return completion
     */
    static Mono<Void> route(Session session, List<String> verbs) {
        return Flux.fromIterable(verbs)
                .flatMap(verb -> session.call(new Route(session.newId(), verb), "route", reply -> verb))
                .then();
    }
}
