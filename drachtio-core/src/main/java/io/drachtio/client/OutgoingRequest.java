package io.drachtio.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A request the application wants the server to send (UAC): out of dialog (new), or inside an
 * existing dialog when a dialog id is given. Immutable; build with {@link #builder(String, String)}.
 *
 * <p>The server fills Via, Max-Forwards, From (with tag), To, Call-ID, CSeq and Contact unless the
 * request supplies them (reference §8.3); {@code @localhost} in From/To/Contact is replaced by the
 * server's address. For in-dialog requests a Request-URI of {@code sip:placeholder} means "the
 * dialog's remote target".
 *
 * @param method      the method, e.g. {@code INVITE}
 * @param requestUri  the Request-URI
 * @param headers     headers to send, in order
 * @param body        the body (empty array for none)
 * @param routeUrl    next hop for this request only (outbound proxy), or {@code null}
 * @param dialogId    the dialog to send it in, or {@code null} for a new out-of-dialog request
 * @param credentials credentials to answer one 401/407 challenge with, or {@code null}
 */
public record OutgoingRequest(String method, String requestUri, List<Header> headers, byte[] body,
        String routeUrl, String dialogId, Credentials credentials) {

    /** The Request-URI that makes the server use the dialog's remote target. */
    public static final String PLACEHOLDER_URI = "sip:placeholder";

    /**
     * One header line.
     *
     * @param name  header name as it should be sent
     * @param value header value
     */
    public record Header(String name, String value) {
        /** Validates the values. */
        public Header {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Validates and copies. */
    public OutgoingRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(requestUri, "requestUri");
        headers = headers == null ? List.of() : List.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /**
     * @param method     the method
     * @param requestUri the Request-URI
     * @return a builder
     */
    public static Builder builder(String method, String requestUri) {
        return new Builder(method, requestUri);
    }

    /**
     * @param method   the method
     * @param dialogId the dialog
     * @return a builder for a request inside that dialog, addressed to the dialog's remote target
     */
    public static Builder inDialog(String method, String dialogId) {
        return new Builder(method, PLACEHOLDER_URI).dialogId(dialogId);
    }

    /**
     * @param name header name (case-insensitive)
     * @return the first value of that header, or {@code null}
     */
    public String header(String name) {
        for (Header h : headers) {
            if (h.name().equalsIgnoreCase(name)) {
                return h.value();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "OutgoingRequest[" + method + " " + requestUri + (dialogId != null ? " in " + dialogId : "") + "]";
    }

    /** Builder of {@link OutgoingRequest}. */
    public static final class Builder {
        private final String method;
        private final String requestUri;
        private final List<Header> headers = new ArrayList<>();
        private byte[] body = new byte[0];
        private String routeUrl;
        private String dialogId;
        private Credentials credentials;

        private Builder(String method, String requestUri) {
            this.method = method;
            this.requestUri = requestUri;
        }

        /** @param name header name @param value header value @return this builder */
        public Builder header(String name, String value) {
            headers.add(new Header(name, value));
            return this;
        }

        /** @param body the body bytes @return this builder */
        public Builder body(byte[] body) {
            this.body = body == null ? new byte[0] : body.clone();
            return this;
        }

        /** @param body the body as UTF-8 text @return this builder */
        public Builder body(String body) {
            return body(body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        }

        /**
         * @param contentType value of the Content-Type header
         * @param body        the body as UTF-8 text
         * @return this builder
         */
        public Builder body(String contentType, String body) {
            header("Content-Type", contentType);
            return body(body);
        }

        /** @param routeUrl next hop for this request only @return this builder */
        public Builder routeUrl(String routeUrl) {
            this.routeUrl = routeUrl;
            return this;
        }

        /** @param dialogId dialog to send the request in @return this builder */
        public Builder dialogId(String dialogId) {
            this.dialogId = dialogId;
            return this;
        }

        /** @param username user name @param password password @return this builder */
        public Builder credentials(String username, String password) {
            this.credentials = new Credentials(username, password);
            return this;
        }

        /** @return the request */
        public OutgoingRequest build() {
            return new OutgoingRequest(method, requestUri, headers, body, routeUrl, dialogId, credentials);
        }
    }
}
