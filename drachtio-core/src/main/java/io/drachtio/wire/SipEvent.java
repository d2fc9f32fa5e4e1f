package io.drachtio.wire;

import java.util.List;
import java.util.Objects;

/**
 * A server-to-client {@code sip} frame: a SIP request or response the server hands to the
 * application (protocol reference §6.2):
 * {@code <id>|sip|<meta6>|<transactionId>|<dialogId>|[<receivedOnAddress>|<receivedOnPort>|]}
 * + CR LF + SIP message.
 *
 * <p>New out-of-dialog requests have 13 fields (with the receivedOn address and port of the
 * listening transport); everything else has 11. The meta block is parsed and validated when the
 * event is created. The static factories build each layout as the real server does.
 */
public final class SipEvent extends AbstractServerMessage implements ServerMessage {

    /** Field 1 of every SIP event. */
    public static final String TYPE = "sip";

    /** The transaction id of requests the server generated on its own (§6.2.6). */
    public static final String UNSOLICITED = "unsolicited";

    private final MessageMeta meta;
    private final Integer receivedOnPort;

    /**
     * Creates a SIP event from its fields, validating meta block and receivedOn port.
     *
     * @param fields the first-line fields, field 1 being {@code sip}
     * @param sip the SIP message (not copied)
     * @throws DrachtioProtocolException when fields are missing or malformed
     */
    SipEvent(List<String> fields, byte[] sip) {
        super(fields, sip);
        reader.requireAtLeast(10, "a sip message");
        this.meta = reader.meta(2);
        if (reader.text(8).isEmpty()) {
            throw reader.error("field 8 (transaction id) of a sip message is empty");
        }
        this.receivedOnPort = reader.text(10).isEmpty() ? null : reader.port(11, "receivedOn port");
    }

    /**
     * Lays out a new out-of-dialog request from the network (§6.2.1): 13 fields, empty dialog id,
     * receivedOn address and port, empty field 12.
     *
     * @param id message id
     * @param meta meta block (source {@code network})
     * @param transactionId the fresh transaction id the client answers on
     * @param receivedOnAddress the server's local SIP address the request arrived on
     * @param receivedOnPort the server's local SIP port the request arrived on
     * @param sip the request
     * @return {@code <id>|sip|<meta6>|<transactionId>||<address>|<port>|} + CR LF + SIP
     */
    public static SipEvent newRequest(String id, MessageMeta meta, String transactionId, String receivedOnAddress,
            int receivedOnPort, byte[] sip) {
        return layout(id, meta, transactionId, null, sip,
                Objects.requireNonNull(receivedOnAddress, "receivedOnAddress"), Integer.toString(receivedOnPort), "");
    }

    /**
     * Lays out any other SIP message (§6.2.2–6.2.4): in-dialog requests, CANCEL, ACK, responses to
     * the client's requests; 11 fields. For a delivered ACK pass a meta block
     * {@link MessageMeta#withoutProtocol() without protocol}, as the real server does.
     *
     * @param id message id
     * @param meta meta block
     * @param transactionId transaction id
     * @param dialogId dialog id, or {@code null} for an empty field
     * @param sip the SIP message
     * @return {@code <id>|sip|<meta6>|<transactionId>|<dialogId>|} + CR LF + SIP
     */
    public static SipEvent of(String id, MessageMeta meta, String transactionId, String dialogId, byte[] sip) {
        return layout(id, meta, transactionId, dialogId, sip, "");
    }

    /**
     * Lays out a request the server generated on its own, e.g. the BYE after an ACK timeout
     * (§6.2.6): transaction id {@value #UNSOLICITED}.
     *
     * @param id message id
     * @param meta meta block (source {@code application})
     * @param dialogId the dialog the request ends
     * @param sip the request as sent
     * @return {@code <id>|sip|<meta6>|unsolicited|<dialogId>|} + CR LF + SIP
     */
    public static SipEvent unsolicited(String id, MessageMeta meta, String dialogId, byte[] sip) {
        return of(id, meta, UNSOLICITED, dialogId, sip);
    }

    /**
     * Returns the meta block (fields 2–7).
     *
     * @return the meta block, never {@code null}
     */
    public MessageMeta meta() {
        return meta;
    }

    /**
     * Returns the transaction id (field 8): the one to answer a request on, or the id of the
     * client's own request a response belongs to.
     *
     * @return the transaction id, never empty; {@value #UNSOLICITED} for server-generated requests
     */
    public String transactionId() {
        return reader.text(8);
    }

    /**
     * Returns the dialog id (field 9).
     *
     * @return the dialog id, or {@code null} when the field is empty (new requests, CANCEL before
     *     any response, responses to out-of-dialog non-INVITE requests)
     */
    public String dialogId() {
        return reader.textOrNull(9);
    }

    /**
     * Returns the server's local address a new request arrived on (field 10).
     *
     * @return the address, or {@code null} when the message is not a new request
     */
    public String receivedOnAddress() {
        return receivedOnPort == null ? null : reader.text(10);
    }

    /**
     * Returns the server's local port a new request arrived on (field 11).
     *
     * @return the port, or {@code null} when the message is not a new request
     */
    public Integer receivedOnPort() {
        return receivedOnPort;
    }

    /**
     * Returns the optional session token (field 12); drachtio-server v0.9.10 always leaves it empty.
     *
     * @return the token, or {@code null} when absent or empty
     */
    public String sessionToken() {
        return reader.textOrNull(12);
    }

    /**
     * Tells whether the server generated this request itself (transaction id {@value #UNSOLICITED}).
     * The client must not answer it.
     *
     * @return {@code true} for unsolicited requests
     */
    public boolean isUnsolicited() {
        return UNSOLICITED.equals(transactionId());
    }

    private static SipEvent layout(String id, MessageMeta meta, String transactionId, String dialogId, byte[] sip,
            String... tail) {
        String[] fields = new String[10 + tail.length];
        fields[0] = Objects.requireNonNull(id, "id");
        fields[1] = TYPE;
        meta.writeTo(fields, 2);
        fields[8] = Objects.requireNonNull(transactionId, "transactionId");
        fields[9] = dialogId;
        System.arraycopy(tail, 0, fields, 10, tail.length);
        return new SipEvent(FieldSyntax.layout(fields), Objects.requireNonNull(sip, "sip"));
    }
}
