package io.drachtio.testserver.stack;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The headers drachtio-server's SIP stack knows by name (§10.3), in the order the stack writes
 * them (§10.7: the order of the stack's message structure; the declaration order of this enum).
 * Everything declared before {@link #CONTENT_LENGTH} is written before it; client headers the
 * stack does not know come right after {@code Content-Length}; the {@linkplain #isExtension()
 * extension headers} at the end of this enum come after those.
 */
public enum KnownHeader {

    /** Via. */
    VIA("Via", HeaderStyle.APPEND, false),
    /** Route. */
    ROUTE("Route", HeaderStyle.APPEND_ADDRESS, false),
    /** Record-Route. */
    RECORD_ROUTE("Record-Route", HeaderStyle.APPEND_ADDRESS, false),
    /** Max-Forwards. */
    MAX_FORWARDS("Max-Forwards", HeaderStyle.SINGLE, true),
    /** Proxy-Require. */
    PROXY_REQUIRE("Proxy-Require", HeaderStyle.LIST, true),
    /** From. */
    FROM("From", HeaderStyle.SINGLE_ADDRESS, true),
    /** To. */
    TO("To", HeaderStyle.SINGLE_ADDRESS, true),
    /** Call-ID. */
    CALL_ID("Call-ID", HeaderStyle.SINGLE, true),
    /** CSeq. */
    CSEQ("CSeq", HeaderStyle.SINGLE, true),
    /** Contact. */
    CONTACT("Contact", HeaderStyle.APPEND_ADDRESS, true),
    /** RSeq. */
    RSEQ("RSeq", HeaderStyle.SINGLE, false),
    /** RAck. */
    RACK("RAck", HeaderStyle.SINGLE, true),
    /** Request-Disposition. */
    REQUEST_DISPOSITION("Request-Disposition", HeaderStyle.LIST, true),
    /** Accept-Contact. */
    ACCEPT_CONTACT("Accept-Contact", HeaderStyle.APPEND, true),
    /** Reject-Contact. */
    REJECT_CONTACT("Reject-Contact", HeaderStyle.APPEND, true),
    /** Expires. */
    EXPIRES("Expires", HeaderStyle.SINGLE, true),
    /** Date. */
    DATE("Date", HeaderStyle.SINGLE, true),
    /** Retry-After. */
    RETRY_AFTER("Retry-After", HeaderStyle.SINGLE, true),
    /** Timestamp. */
    TIMESTAMP("Timestamp", HeaderStyle.SINGLE, true),
    /** Min-Expires. */
    MIN_EXPIRES("Min-Expires", HeaderStyle.SINGLE, true),
    /** Subject. */
    SUBJECT("Subject", HeaderStyle.SINGLE, true),
    /** Priority. */
    PRIORITY("Priority", HeaderStyle.SINGLE, true),
    /** Call-Info. */
    CALL_INFO("Call-Info", HeaderStyle.APPEND, true),
    /** Organization. */
    ORGANIZATION("Organization", HeaderStyle.SINGLE, true),
    /** Server. */
    SERVER("Server", HeaderStyle.SINGLE, true),
    /** User-Agent. */
    USER_AGENT("User-Agent", HeaderStyle.SINGLE, true),
    /** In-Reply-To. */
    IN_REPLY_TO("In-Reply-To", HeaderStyle.LIST, true),
    /** Accept. */
    ACCEPT("Accept", HeaderStyle.LIST, true),
    /** Accept-Encoding. */
    ACCEPT_ENCODING("Accept-Encoding", HeaderStyle.LIST, true),
    /** Accept-Language. */
    ACCEPT_LANGUAGE("Accept-Language", HeaderStyle.LIST, true),
    /** Allow. */
    ALLOW("Allow", HeaderStyle.LIST, true),
    /** Require. */
    REQUIRE("Require", HeaderStyle.LIST, true),
    /** Supported. */
    SUPPORTED("Supported", HeaderStyle.LIST, true),
    /** Unsupported. */
    UNSUPPORTED("Unsupported", HeaderStyle.LIST, true),
    /** Event. */
    EVENT("Event", HeaderStyle.SINGLE, true),
    /** Allow-Events. */
    ALLOW_EVENTS("Allow-Events", HeaderStyle.LIST, true),
    /** Subscription-State. */
    SUBSCRIPTION_STATE("Subscription-State", HeaderStyle.SINGLE, true),
    /** Proxy-Authenticate. */
    PROXY_AUTHENTICATE("Proxy-Authenticate", HeaderStyle.AUTH, true),
    /** Proxy-Authentication-Info. */
    PROXY_AUTHENTICATION_INFO("Proxy-Authentication-Info", HeaderStyle.APPEND, true),
    /** Proxy-Authorization. */
    PROXY_AUTHORIZATION("Proxy-Authorization", HeaderStyle.AUTH, true),
    /** Authorization. */
    AUTHORIZATION("Authorization", HeaderStyle.AUTH, true),
    /** WWW-Authenticate. */
    WWW_AUTHENTICATE("WWW-Authenticate", HeaderStyle.AUTH, true),
    /** Authentication-Info. */
    AUTHENTICATION_INFO("Authentication-Info", HeaderStyle.APPEND, true),
    /** Error-Info. */
    ERROR_INFO("Error-Info", HeaderStyle.APPEND, true),
    /** Warning. */
    WARNING("Warning", HeaderStyle.APPEND, true),
    /** Refer-To. */
    REFER_TO("Refer-To", HeaderStyle.SINGLE_ADDRESS, true),
    /** Referred-By. */
    REFERRED_BY("Referred-By", HeaderStyle.SINGLE_ADDRESS, true),
    /** Replaces. */
    REPLACES("Replaces", HeaderStyle.SINGLE, true),
    /** Session-Expires. */
    SESSION_EXPIRES("Session-Expires", HeaderStyle.SINGLE, true),
    /** Min-SE. */
    MIN_SE("Min-SE", HeaderStyle.SINGLE, true),
    /** Path. */
    PATH("Path", HeaderStyle.APPEND_ADDRESS, true),
    /** Service-Route. */
    SERVICE_ROUTE("Service-Route", HeaderStyle.APPEND_ADDRESS, true),
    /** Reason. */
    REASON("Reason", HeaderStyle.APPEND, true),
    /** Security-Client. */
    SECURITY_CLIENT("Security-Client", HeaderStyle.APPEND, true),
    /** Security-Server. */
    SECURITY_SERVER("Security-Server", HeaderStyle.APPEND, true),
    /** Security-Verify. */
    SECURITY_VERIFY("Security-Verify", HeaderStyle.APPEND, true),
    /** Privacy. */
    PRIVACY("Privacy", HeaderStyle.SINGLE, true),
    /** SIP-ETag. */
    SIP_ETAG("SIP-ETag", HeaderStyle.SINGLE, true),
    /** SIP-If-Match. */
    SIP_IF_MATCH("SIP-If-Match", HeaderStyle.SINGLE, true),
    /** MIME-Version. */
    MIME_VERSION("MIME-Version", HeaderStyle.SINGLE, true),
    /** Content-Type. */
    CONTENT_TYPE("Content-Type", HeaderStyle.SINGLE, true),
    /** Content-Encoding. */
    CONTENT_ENCODING("Content-Encoding", HeaderStyle.LIST, true),
    /** Content-Language. */
    CONTENT_LANGUAGE("Content-Language", HeaderStyle.LIST, true),
    /** Content-Disposition. */
    CONTENT_DISPOSITION("Content-Disposition", HeaderStyle.SINGLE, true),
    /** Content-Length: always computed by the server. */
    CONTENT_LENGTH("Content-Length", HeaderStyle.SINGLE, false),
    /** Refer-Sub (stack extension header). */
    REFER_SUB("Refer-Sub", HeaderStyle.SINGLE, true),
    /** Alert-Info (stack extension header). */
    ALERT_INFO("Alert-Info", HeaderStyle.APPEND, true),
    /** Reply-To (stack extension header). */
    REPLY_TO("Reply-To", HeaderStyle.SINGLE_ADDRESS, true),
    /** P-Asserted-Identity (stack extension header). */
    P_ASSERTED_IDENTITY("P-Asserted-Identity", HeaderStyle.APPEND_ADDRESS, true),
    /** P-Preferred-Identity (stack extension header). */
    P_PREFERRED_IDENTITY("P-Preferred-Identity", HeaderStyle.APPEND_ADDRESS, true),
    /** Remote-Party-ID (stack extension header). */
    REMOTE_PARTY_ID("Remote-Party-ID", HeaderStyle.APPEND_ADDRESS, true);

    private static final Map<String, KnownHeader> BY_LOWER_NAME = new HashMap<>();

    static {
        for (KnownHeader header : values()) {
            BY_LOWER_NAME.put(header.wireName.toLowerCase(Locale.ROOT), header);
        }
    }

    private final String wireName;
    private final HeaderStyle style;
    private final boolean clientSettable;

    KnownHeader(String wireName, HeaderStyle style, boolean clientSettable) {
        this.wireName = wireName;
        this.style = style;
        this.clientSettable = clientSettable;
    }

    /**
     * Looks a header name up the way drachtio-server does: case-insensitively, full names only
     * (compact forms such as {@code i} or {@code f} are not recognised, §10.1).
     *
     * @param name a header name as a client wrote it
     * @return the known header, or {@code null} when the stack does not know the name
     */
    public static KnownHeader lookup(String name) {
        return BY_LOWER_NAME.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Returns the name as the stack writes it.
     *
     * @return the standard spelling, e.g. {@code Call-ID}, {@code RAck}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Returns how the stack stores and re-encodes the header.
     *
     * @return the style
     */
    public HeaderStyle style() {
        return style;
    }

    /**
     * Tells whether a client-supplied value is used; {@code Via}, {@code Route},
     * {@code Record-Route}, {@code RSeq} and {@code Content-Length} from a client are silently
     * dropped (§10.2).
     *
     * @return {@code false} for headers only the server writes
     */
    public boolean isClientSettable() {
        return clientSettable;
    }

    /**
     * Tells whether this is one of the stack's extension headers, written after the unknown
     * (custom) headers.
     *
     * @return {@code true} for the headers declared after {@link #CONTENT_LENGTH}
     */
    public boolean isExtension() {
        return ordinal() > CONTENT_LENGTH.ordinal();
    }
}
