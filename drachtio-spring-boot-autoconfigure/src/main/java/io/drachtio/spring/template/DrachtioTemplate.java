package io.drachtio.spring.template;

import io.drachtio.client.ClientTransaction;
import io.drachtio.client.DrachtioClient;
import io.drachtio.client.DrachtioConnection;
import io.drachtio.client.IncomingRequest;
import io.drachtio.client.OutgoingRequest;
import io.drachtio.client.ProxyOptions;
import io.drachtio.client.ProxyResult;
import io.drachtio.client.ReceivedResponse;
import io.drachtio.client.SentRequest;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * Sends SIP from anywhere in the application (UAC requests, requests inside dialogs, CANCEL, ACK,
 * PRACK) and proxies requests. Requests go through the default connection, or through the server
 * named with {@link #server(String)}; requests in a dialog and proxying always go back through the
 * connection the dialog or request came from.
 *
 * <pre>{@code
 * ReceivedResponse answer = template.exchange(OutgoingRequest.builder("OPTIONS", "sip:gw@10.0.0.9").build())
 *         .block(Duration.ofSeconds(5));
 * template.server("b").request(OutgoingRequest.builder("MESSAGE", "sip:bob@example.com")
 *         .body("text/plain", "hi").build());
 * }</pre>
 */
public class DrachtioTemplate {

    private final DrachtioClient client;
    private final String serverName;

    /** @param client the client to send through (its default connection) */
    public DrachtioTemplate(DrachtioClient client) {
        this(client, null);
    }

    private DrachtioTemplate(DrachtioClient client, String serverName) {
        this.client = Objects.requireNonNull(client, "client");
        this.serverName = serverName;
    }

    /**
     * @param name a configured server name ({@code drachtio.servers[].name})
     * @return a template that sends through that server
     */
    public DrachtioTemplate server(String name) {
        return new DrachtioTemplate(client, Objects.requireNonNull(name, "name"));
    }

    /** @return the client underneath */
    public DrachtioClient client() {
        return client;
    }

    /**
     * @return the connection this template sends through
     * @throws IllegalStateException when there is no such connection (unknown name, or none open)
     */
    public DrachtioConnection connection() {
        DrachtioConnection connection = serverName == null ? client.defaultConnection() : client.connection(serverName);
        if (connection == null) {
            throw new IllegalStateException(serverName == null ? "no drachtio connection is available"
                    : "no drachtio server named '" + serverName + "' (known: " + names() + ")");
        }
        return connection;
    }

    private String names() {
        StringBuilder names = new StringBuilder();
        for (DrachtioConnection connection : client.connections()) {
            names.append(names.length() == 0 ? "" : ", ").append(connection.name());
        }
        return names.toString();
    }

    /**
     * Sends a request through this template's connection (out of dialog, or in a dialog of that connection).
     *
     * @param request the request
     * @return its transaction (the request is written at once)
     */
    public ClientTransaction request(OutgoingRequest request) {
        return connection().request(request);
    }

    /**
     * @param request the request
     * @return the final response
     */
    public Mono<ReceivedResponse> exchange(OutgoingRequest request) {
        return request(request).finalResponse();
    }

    /**
     * Sends a request inside the dialog of a request the application received, through the connection
     * that request came from.
     *
     * @param dialogRequest a request of the dialog (it names the connection)
     * @param request       the request, with the dialog id set ({@link OutgoingRequest#inDialog})
     * @return its transaction
     */
    public ClientTransaction requestInDialog(IncomingRequest dialogRequest, OutgoingRequest request) {
        return dialogRequest.connection().request(request);
    }

    /**
     * @param request a received request not yet answered
     * @param options where and how to proxy it
     * @return the outcome
     */
    public Mono<ProxyResult> proxy(IncomingRequest request, ProxyOptions options) {
        return request.proxy(options);
    }

    /**
     * @param invite an INVITE this application sent
     * @return the server's echo of the CANCEL
     */
    public Mono<SentRequest> cancel(ClientTransaction invite) {
        return invite.cancel();
    }

    /**
     * @param invite an INVITE answered with a 2xx
     * @param body   the ACK body (late offer answer), or {@code null}
     * @return the server's echo of the ACK
     */
    public Mono<SentRequest> ack(ClientTransaction invite, byte[] body) {
        return invite.ack(body);
    }

    /**
     * @param invite              the INVITE
     * @param reliableProvisional the reliable 1xx to acknowledge
     * @param body                the PRACK body, or {@code null}
     * @return the PRACK's transaction
     */
    public ClientTransaction prack(ClientTransaction invite, ReceivedResponse reliableProvisional, byte[] body) {
        return invite.prack(reliableProvisional, body);
    }
}
