package io.drachtio.testserver;

import io.drachtio.sip.SipHeader;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipRequestBuilder;
import io.drachtio.testserver.stack.SipEndpoint;
import io.drachtio.testserver.stack.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A new request from a simulated caller on the network, built like a SIP test tool builds it
 * (Via with a fresh branch, From with a tag, To, Call-ID, CSeq 1, Contact for dialog-creating
 * methods, Max-Forwards 70, then extra headers, Content-Type and Content-Length). Obtain one
 * with {@link DrachtioTestServer#request(String, String)}; every setter returns this builder.
 *
 * <pre>{@code
 * NetworkTransaction call = server.request("INVITE", "sip:1000@127.0.0.1:5060").sdp().send();
 * }</pre>
 */
public final class NetworkRequest {

    /** A minimal audio offer used by {@link #sdp()}. */
    public static final String DEFAULT_SDP = "v=0\r\no=- 1000 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\n"
            + "t=0 0\r\nm=audio 40000 RTP/AVP 0\r\n";

    private final SimulatedNetwork network;
    private final Tokens tokens;
    private final String method;
    private final String requestUri;
    private final List<SipHeader> headers = new ArrayList<>();
    private SipEndpoint caller;
    private String from;
    private String to;
    private String callId;
    private long cseq = 1;
    private String contentType;
    private String body;

    NetworkRequest(SimulatedNetwork network, Tokens tokens, SipEndpoint caller, String method, String requestUri) {
        this.network = network;
        this.tokens = tokens;
        this.caller = caller;
        this.method = method.toUpperCase(Locale.ROOT);
        this.requestUri = Objects.requireNonNull(requestUri, "requestUri");
    }

    /**
     * Sets where the caller is (its Via sent-by and the meta address the application sees).
     *
     * @param protocol {@code udp} or {@code tcp}
     * @param host     the host
     * @param port     the port
     * @return this builder
     */
    public NetworkRequest fromAddress(String protocol, String host, int port) {
        this.caller = new SipEndpoint(protocol, host, port);
        return this;
    }

    /**
     * Sets the From header (a tag is added when it has none).
     *
     * @param nameAddr e.g. {@code "Alice" <sip:alice@example.com>}
     * @return this builder
     */
    public NetworkRequest from(String nameAddr) {
        this.from = nameAddr;
        return this;
    }

    /**
     * Sets the To header (default: the Request-URI in angle brackets).
     *
     * @param nameAddr the To value
     * @return this builder
     */
    public NetworkRequest to(String nameAddr) {
        this.to = nameAddr;
        return this;
    }

    /**
     * Sets the Call-ID (default: a random UUID).
     *
     * @param value the Call-ID
     * @return this builder
     */
    public NetworkRequest callId(String value) {
        this.callId = value;
        return this;
    }

    /**
     * Sets the CSeq number (default 1).
     *
     * @param number the number
     * @return this builder
     */
    public NetworkRequest cseq(long number) {
        this.cseq = number;
        return this;
    }

    /**
     * Adds a header line. A Contact header (also in its compact form {@code m}) replaces the Contact
     * an INVITE, SUBSCRIBE or REGISTER otherwise gets ({@code <sip:caller@host:port>}), e.g. for
     * {@code Contact: *} or several contacts in a REGISTER.
     *
     * @param name  the name
     * @param value the value
     * @return this builder
     */
    public NetworkRequest header(String name, String value) {
        headers.add(new SipHeader(name, value));
        return this;
    }

    /**
     * Offers reliable provisional responses ({@code Supported: 100rel}).
     *
     * @return this builder
     */
    public NetworkRequest supports100rel() {
        return header("Supported", "100rel");
    }

    /**
     * Sets a body.
     *
     * @param type the Content-Type
     * @param text the body text
     * @return this builder
     */
    public NetworkRequest body(String type, String text) {
        this.contentType = Objects.requireNonNull(type, "type");
        this.body = Objects.requireNonNull(text, "text");
        return this;
    }

    /**
     * Sets an SDP body.
     *
     * @param sdp the SDP
     * @return this builder
     */
    public NetworkRequest sdp(String sdp) {
        return body("application/sdp", sdp);
    }

    /**
     * Sets the {@link #DEFAULT_SDP default SDP offer} as body.
     *
     * @return this builder
     */
    public NetworkRequest sdp() {
        return sdp(DEFAULT_SDP);
    }

    private boolean hasHeader(String name, String compactName) {
        for (SipHeader header : headers) {
            if (header.name().equalsIgnoreCase(name) || header.name().equalsIgnoreCase(compactName)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Builds the request without sending it.
     *
     * @return the request
     */
    public SipRequest build() {
        String identity = "sip:caller@" + caller.hostPort();
        SipRequestBuilder builder = SipRequest.builder(method, requestUri)
                .header("Via", caller.viaProtocol() + " " + caller.hostPort() + ";branch=" + tokens.branch())
                .header("From", withTag(from != null ? from : "<" + identity + ">"))
                .header("To", to != null ? to : "<" + requestUri + ">")
                .header("Call-ID", callId != null ? callId : tokens.uuid())
                .header("CSeq", cseq + " " + method);
        if (("INVITE".equals(method) || "SUBSCRIBE".equals(method) || "REGISTER".equals(method))
                && !hasHeader("Contact", "m")) {
            builder.header("Contact", "<" + identity + ">");
        }
        builder.header("Max-Forwards", "70");
        for (SipHeader header : headers) {
            builder.header(header.name(), header.value());
        }
        if (body != null) {
            builder.header("Content-Type", contentType).body(body);
        }
        return builder.build();
    }

    /**
     * Builds the request and sends it to the server.
     *
     * @return the transaction, to follow the responses
     */
    public NetworkTransaction send() {
        return network.send(build().toBytes(), null);
    }

    /**
     * Builds the request and delivers it to one connection, bypassing the route table (as the
     * server does on an outbound connection, §7.3).
     *
     * @param connection the connection
     * @return the transaction
     */
    public NetworkTransaction sendTo(AppConnection connection) {
        return network.send(build().toBytes(), Objects.requireNonNull(connection, "connection"));
    }

    private String withTag(String nameAddr) {
        return nameAddr.contains(";tag=") ? nameAddr : nameAddr + ";tag=" + tokens.tag();
    }
}
