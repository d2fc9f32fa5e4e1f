package io.drachtio.spring.actuate.metrics;

/**
 * Names of the meters and tags of a drachtio application (all listed with their units in
 * {@code docs/observability.md}).
 */
public final class DrachtioMeterNames {

    /** Counter of frames exchanged with the server; tags {@code connection}, {@code direction}. */
    public static final String WIRE_FRAMES = "drachtio.wire.frames";
    /** Counter of bytes exchanged with the server; tags {@code connection}, {@code direction}. */
    public static final String WIRE_BYTES = "drachtio.wire.bytes";
    /** Counter of delivered requests; tags {@code connection}, {@code method}. */
    public static final String REQUESTS_RECEIVED = "drachtio.requests.received";
    /** Counter of responses sent to delivered requests; tags {@code connection}, {@code method}, {@code status.class}. */
    public static final String RESPONSES_SENT = "drachtio.responses.sent";
    /** Counter of ended proxy operations; tags {@code connection}, {@code outcome}, {@code status.class}. */
    public static final String PROXY_COMPLETED = "drachtio.proxy.completed";
    /** Counter of requests the application sent; tags {@code connection}, {@code method}. */
    public static final String UAC_REQUESTS = "drachtio.uac.requests";
    /** Counter of responses to requests the application sent; tags {@code connection}, {@code method}, {@code status}. */
    public static final String UAC_RESPONSES = "drachtio.uac.responses";
    /** Counter of reconnect attempts; tag {@code connection}. */
    public static final String RECONNECTS = "drachtio.reconnects";
    /** Timer of ping round trips; tag {@code connection}. */
    public static final String PING = "drachtio.ping";
    /** Gauge of connections per state; tags {@code connection}, {@code state}. */
    public static final String CONNECTIONS = "drachtio.connections";
    /** Gauge of incoming transactions delivered but not yet finally answered, proxied or cancelled. */
    public static final String TRANSACTIONS_IN_FLIGHT = "drachtio.transactions.in.flight";

    /** Tag: the connection's name (accepted outbound connections: the listener's name). */
    public static final String TAG_CONNECTION = "connection";
    /** Tag: {@code in} (from the server) or {@code out} (to the server). */
    public static final String TAG_DIRECTION = "direction";
    /** Tag: the SIP method, {@code OTHER} for non-standard methods. */
    public static final String TAG_METHOD = "method";
    /** Tag: {@code 1xx} … {@code 6xx}, {@code NONE} when there was no final response. */
    public static final String TAG_STATUS_CLASS = "status.class";
    /** Tag: the response status code. */
    public static final String TAG_STATUS = "status";
    /** Tag: {@code connected}, {@code rejected} or {@code unanswered}. */
    public static final String TAG_OUTCOME = "outcome";
    /** Tag: the connection state ({@code READY}, {@code RECONNECTING}, …). */
    public static final String TAG_STATE = "state";

    private DrachtioMeterNames() {
    }
}
