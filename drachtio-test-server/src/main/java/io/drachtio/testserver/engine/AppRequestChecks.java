package io.drachtio.testserver.engine;

import io.drachtio.testserver.stack.ClientLayouts;
import io.drachtio.testserver.stack.ClientSipMessage;
import io.drachtio.testserver.stack.Destinations;
import io.drachtio.wire.SipCommand;
import java.util.Set;

/**
 * The checks drachtio-server makes on a request command before it builds the request (§5.5.2–5.5.3),
 * each giving the {@code NOK} text of the refusal or {@code null} when the request may go out. Shared
 * by the test server and the embedded server.
 */
public final class AppRequestChecks {

    /** The methods the server's stack knows; any other is refused. */
    public static final Set<String> METHODS = Set.of("INVITE", "ACK", "CANCEL", "BYE", "OPTIONS", "REGISTER",
            "INFO", "PRACK", "UPDATE", "MESSAGE", "SUBSCRIBE", "NOTIFY", "REFER", "PUBLISH");

    private AppRequestChecks() {
    }

    /** What a {@code sip} command carrying a request asks for (§5.5). */
    public enum Kind {
        /** A request inside the dialog the command names. */
        IN_DIALOG,
        /** A new request outside any dialog. */
        OUT_OF_DIALOG,
        /** A CANCEL of the application's INVITE with the command's transaction id. */
        CANCEL,
        /** A non-CANCEL request with a transaction id and no dialog id: ignored, as by drachtio-server. */
        IGNORED
    }

    /**
     * Tells what a request command asks for.
     *
     * @param command the command
     * @param method  the request's upper-case method
     * @return the kind
     */
    public static Kind kind(SipCommand command, String method) {
        if (command.dialogId() != null) {
            return Kind.IN_DIALOG;
        }
        if (command.transactionId() == null) {
            return Kind.OUT_OF_DIALOG;
        }
        return "CANCEL".equals(method) ? Kind.CANCEL : Kind.IGNORED;
    }

    /**
     * Checks a request outside a dialog.
     *
     * @param message  the client's request
     * @param method   its upper-case method
     * @param routeUrl the command's route URL, or {@code null}/empty
     * @param sipHost  the server's SIP host
     * @param sipPort  the server's SIP port
     * @return the refusal text, or {@code null}
     */
    public static String outOfDialog(ClientSipMessage message, String method, String routeUrl, String sipHost,
            int sipPort) {
        String uri = message.requestUri();
        if (!METHODS.contains(method)) {
            return "invalid or missing method supplied on start line: " + message.startLine();
        }
        if (Destinations.of(routeUrl != null && !routeUrl.isEmpty() ? routeUrl : uri) == null) {
            return "invalid request-uri: " + message.startLine();
        }
        if (Destinations.pointsAt(uri, sipHost, sipPort)) {
            return AppRequests.TO_MYSELF;
        }
        return ClientLayouts.lacksContentType(message) ? AppRequests.MISSING_CONTENT_TYPE : null;
    }

    /**
     * Checks a request inside a dialog that exists.
     *
     * @param message the client's request
     * @param method  its upper-case method
     * @return the refusal text, or {@code null}
     */
    public static String inDialog(ClientSipMessage message, String method) {
        if (!METHODS.contains(method)) {
            return "Server error: invalid or missing method supplied on start line: " + message.startLine();
        }
        if ("PRACK".equals(method) && !message.has("RAck")) {
            return AppRequests.PRACK_WITHOUT_RACK;
        }
        return ClientLayouts.lacksContentType(message) ? "Server error: " + AppRequests.MISSING_CONTENT_TYPE : null;
    }
}
