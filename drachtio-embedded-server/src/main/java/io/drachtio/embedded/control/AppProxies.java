package io.drachtio.embedded.control;

import io.drachtio.embedded.sip.proxy.ProxyListener;
import io.drachtio.embedded.sip.proxy.ProxyOperation;
import io.drachtio.embedded.sip.proxy.ProxyOptions;
import io.drachtio.embedded.sip.transaction.ServerTransaction;
import io.drachtio.embedded.sip.transport.ReceivedMessage;
import io.drachtio.sip.SipHeader;
import io.drachtio.sip.SipResponse;
import io.drachtio.testserver.engine.Cdrs;
import io.drachtio.testserver.engine.ControlConnection;
import io.drachtio.testserver.engine.ProxyTimeouts;
import io.drachtio.testserver.stack.ClientSipMessage;
import io.drachtio.testserver.stack.HeaderLine;
import io.drachtio.wire.ProxyCommand;
import io.drachtio.wire.Reply;
import io.drachtio.wire.Source;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code proxy} command (§5.6, §9): the delivered request is handed to the stack's proxy core with
 * the command's destinations, record-routing, redirect following, fork mode, provisional timeout and
 * extra headers. Every final response of a target is reported with an R3 {@code continue} reply and the
 * end with R4 {@code done} (when {@code fullResponse}; otherwise {@code done} at once), and the proxy
 * CDRs are emitted.
 */
final class AppProxies {

    /** Prefix of the NOK text for a transaction that cannot be proxied. */
    static final String UNKNOWN_TRANSACTION = "Unknown transaction id: ";

    private final ControlParts parts;

    AppProxies(ControlParts parts) {
        this.parts = parts;
    }

    void proxy(ControlConnection connection, ProxyCommand command) {
        String transactionId = command.transactionId();
        ServerTransaction upstream = parts.core().serverTransaction(transactionId);
        SipResponse answered = upstream == null ? null : upstream.lastResponse();
        if (upstream == null || parts.owners().delivery(transactionId) == null
                || answered != null && answered.status() > 100) {
            parts.fail(connection, command.id(), UNKNOWN_TRANSACTION + transactionId);
            return;
        }
        ProxyOptions options;
        try {
            options = options(command);
        } catch (IllegalArgumentException invalid) {
            parts.fail(connection, command.id(), invalid.getMessage());
            return;
        }
        parts.owners().release(transactionId);
        parts.core().proxy(upstream, options, new Reporter(connection, command)).whenComplete((operation, error) -> {
            if (error != null) {
                parts.fail(connection, command.id(), error.getMessage());
            } else if (!command.fullResponse()) {
                connection.send(Reply.proxyDone(parts.plane().frames().nextId(), command.id()));
            }
        });
    }

    private static ProxyOptions options(ProxyCommand command) {
        List<SipHeader> headers = new ArrayList<>();
        if (command.sip().length > 0) {
            for (HeaderLine line : ClientSipMessage.parse(command.sip()).headers()) {
                headers.add(new SipHeader(line.name(), line.value()));
            }
        }
        Duration timeout = ProxyTimeouts.parse(command.provisionalTimeout());
        return new ProxyOptions(command.destinations(), command.remainInDialog(), command.followRedirects(),
                command.simultaneous(), timeout == null ? 0 : timeout.toMillis(), headers);
    }

    /** Reports one operation to the application that asked for it. */
    private final class Reporter implements ProxyListener {
        private final ControlConnection connection;
        private final ProxyCommand command;

        Reporter(ControlConnection connection, ProxyCommand command) {
            this.connection = connection;
            this.command = command;
        }

        @Override
        public void onFinalResponse(ProxyOperation operation, String target, ReceivedMessage response) {
            byte[] sip = response.message().toBytes();
            if (response.response().status() < 300) {
                parts.cdrs().start(Source.NETWORK, Cdrs.ROLE_PROXY_UAC, sip);
            } else {
                parts.cdrs().stop(Source.NETWORK, Cdrs.CALL_REJECTED, sip);
            }
            if (command.fullResponse() && connection.isOpen()) {
                connection.send(Reply.proxyContinue(parts.plane().frames().nextId(), command.id(),
                        parts.networkMeta(response), sip));
            }
        }

        @Override
        public void onDone(ProxyOperation operation, SipResponse forwarded) {
            if (forwarded.status() >= 200 && forwarded.status() < 300) {
                parts.cdrs().start(Source.APPLICATION, Cdrs.ROLE_PROXY_UAS, forwarded.toBytes());
            }
            if (command.fullResponse() && connection.isOpen()) {
                connection.send(Reply.proxyDone(parts.plane().frames().nextId(), command.id()));
            }
        }
    }
}
