package io.drachtio.wire;

import java.util.List;
import java.util.Objects;

/**
 * A {@code response} frame: the server's reply to a client command (protocol reference §6.1),
 * {@code <id>|response|<commandId>|<status>[|<data>...]}, matched to the command by
 * {@link #commandId()}.
 *
 * <p>The typed accessors read the layouts of §6.1; which layout applies is decided by the command
 * the reply answers, which the client knows. Layouts R1, R2 and R3 are recognised from their
 * fields ({@code Msg sent:} in field 11 or 13, {@code continue} in field 12) and carry a
 * {@link #meta()}, parsed and validated when the reply is created. The static factories build every
 * layout exactly as the real server does, for a fake server.
 */
public final class Reply extends AbstractServerMessage implements ServerMessage {

    /** Field 1 of every reply. */
    public static final String TYPE = "response";

    private static final String MSG_SENT = "Msg sent:";
    private static final String CONTINUE = "continue";
    private static final String DONE = "done";
    private static final String PONG = "pong";

    private final ReplyStatus status;
    private final boolean responseSent;
    private final boolean requestSent;
    private final MessageMeta meta;

    /**
     * Creates a reply from its fields, validating the status and, for R1/R2/R3, the meta block.
     *
     * @param fields the first-line fields, field 1 being {@code response}
     * @param sip the SIP part (not copied)
     * @throws DrachtioProtocolException when fewer than 4 fields or a malformed meta block
     */
    Reply(List<String> fields, byte[] sip) {
        super(fields, sip);
        reader.requireAtLeast(4, "a response");
        this.status = ReplyStatus.of(fields.get(3));
        boolean ok = status == ReplyStatus.OK;
        this.responseSent = ok && reader.is(13, MSG_SENT);
        this.requestSent = ok && !responseSent && reader.is(11, MSG_SENT);
        this.meta = responseSent || requestSent || (ok && reader.is(12, CONTINUE)) ? reader.meta(4) : null;
    }

    /**
     * R0: {@code OK} to {@code route} or {@code remove_route}.
     *
     * @param id message id of the reply
     * @param commandId id of the command answered
     * @return {@code <id>|response|<commandId>|OK}
     */
    public static Reply ok(String id, String commandId) {
        return of(id, commandId, "OK");
    }

    /**
     * R0p: {@code OK|pong} to {@code ping}.
     *
     * @param id message id of the reply
     * @param commandId id of the ping
     * @return {@code <id>|response|<commandId>|OK|pong}
     */
    public static Reply pong(String id, String commandId) {
        return of(id, commandId, "OK", PONG);
    }

    /**
     * RA: successful {@code authenticate}. Fields missing in old servers are left out: without a
     * version and local host-ports only field 4 is written, without local host-ports fields 4–5.
     *
     * @param id message id of the reply
     * @param commandId id of the authenticate command
     * @param hostports the SIP transports (field 4), any order
     * @param version the server version (field 5), e.g. {@code v0.9.10}, or {@code null}
     * @param localHostports the transports with local addresses (field 6), may be empty
     * @return {@code <id>|response|<commandId>|OK|<hostports>|<version>|<localHostports>}
     */
    public static Reply authenticated(String id, String commandId, List<HostPort> hostports, String version,
            List<HostPort> localHostports) {
        String hp = HostPort.formatList(hostports);
        if (localHostports.isEmpty()) {
            return version == null ? of(id, commandId, "OK", hp) : of(id, commandId, "OK", hp, version);
        }
        return of(id, commandId, "OK", hp, version, HostPort.formatList(localHostports));
    }

    /**
     * R1: a request the client sent went out.
     *
     * @param id message id of the reply
     * @param commandId id of the {@code sip} command
     * @param meta meta block of the request as sent (source {@code application})
     * @param transactionId the transaction id the server gave the request
     * @param sip the request as sent
     * @return {@code ...|OK|<meta6>|<transactionId>|Msg sent:|} + CR LF + SIP
     */
    public static Reply requestSent(String id, String commandId, MessageMeta meta, String transactionId, byte[] sip) {
        return withMeta(id, commandId, meta, sip, Objects.requireNonNull(transactionId, "transactionId"), MSG_SENT, "");
    }

    /**
     * R2: a response the client sent went out.
     *
     * @param id message id of the reply
     * @param commandId id of the {@code sip} command
     * @param meta meta block of the response as sent; use {@link MessageMeta#withoutProtocol()}
     *     when the request answered was not an INVITE
     * @param transactionId the transaction id of the request answered
     * @param dialogId the dialog id, or {@code null} for none (empty field)
     * @param sip the response as sent
     * @return {@code ...|OK|<meta6>|<transactionId>|<dialogId>||Msg sent:|} + CR LF + SIP
     */
    public static Reply responseSent(String id, String commandId, MessageMeta meta, String transactionId,
            String dialogId, byte[] sip) {
        return withMeta(id, commandId, meta, sip, Objects.requireNonNull(transactionId, "transactionId"), dialogId,
                "", MSG_SENT, "");
    }

    /**
     * R3: a final response a proxy target sent, reported while the {@code proxy} operation runs.
     *
     * @param id message id of the reply
     * @param commandId id of the {@code proxy} command
     * @param meta meta block of the response received (source {@code network})
     * @param sip the response as received
     * @return {@code ...|OK|<meta6>|||continue} + CR LF + SIP
     */
    public static Reply proxyContinue(String id, String commandId, MessageMeta meta, byte[] sip) {
        return withMeta(id, commandId, meta, sip, "", "", CONTINUE);
    }

    /**
     * R4: end of a {@code proxy} operation.
     *
     * @param id message id of the reply
     * @param commandId id of the {@code proxy} command
     * @return {@code <id>|response|<commandId>|OK|done}
     */
    public static Reply proxyDone(String id, String commandId) {
        return of(id, commandId, "OK", DONE);
    }

    /**
     * E1: synchronous failure; the real server closes the connection after it.
     *
     * @param id message id of the reply
     * @param commandId id of the command answered
     * @param text the reason, e.g. {@code incorrect secret}
     * @return {@code <id>|response|<commandId>|NO|<text>}
     */
    public static Reply rejected(String id, String commandId, String text) {
        return of(id, commandId, "NO", text);
    }

    /**
     * E2: asynchronous failure of a {@code sip} or {@code proxy} command.
     *
     * @param id message id of the reply
     * @param commandId id of the command answered
     * @param text the reason, e.g. {@code Response not sent due to unknown transaction}
     * @return {@code <id>|response|<commandId>|NOK|<text>}
     */
    public static Reply failed(String id, String commandId, String text) {
        return of(id, commandId, "NOK", text);
    }

    /**
     * Returns the id of the command this reply answers (field 2).
     *
     * @return the command id; for {@code NO|Invalid message format} the whole offending first line
     */
    public String commandId() {
        return fields().get(2);
    }

    /**
     * Returns the status (field 3).
     *
     * @return the status; anything but {@link ReplyStatus#OK} is a failure
     */
    public ReplyStatus status() {
        return status;
    }

    /**
     * Returns the raw status text (field 3), useful for {@link ReplyStatus#OTHER}.
     *
     * @return the status text
     */
    public String statusText() {
        return fields().get(3);
    }

    /**
     * Tells whether the command succeeded.
     *
     * @return {@code true} for status {@code OK}
     */
    public boolean isOk() {
        return status == ReplyStatus.OK;
    }

    /**
     * Tells whether more replies follow for the same command (R3: field 12 is {@code continue}).
     *
     * @return {@code true} while a proxy operation is still running
     */
    public boolean isContinue() {
        return reader.is(12, CONTINUE);
    }

    /**
     * Tells whether this is the end of a proxy operation (R4, {@code OK|done}).
     *
     * @return {@code true} for {@code OK|done}
     */
    public boolean isDone() {
        return isOk() && reader.is(4, DONE);
    }

    /**
     * Returns the failure text (field 4) of a failed command.
     *
     * @return the text ({@code ""} when absent), or {@code null} when the status is {@code OK}
     */
    public String failureText() {
        return isOk() ? null : reader.text(4);
    }

    /**
     * Returns the meta block (fields 4–9) of R1, R2 and R3 replies.
     *
     * @return the meta block, or {@code null} for other layouts
     */
    public MessageMeta meta() {
        return meta;
    }

    /**
     * Returns the transaction id (field 10) of R1 and R2 replies.
     *
     * @return the transaction id, or {@code null} for other layouts
     */
    public String transactionId() {
        return responseSent || requestSent ? reader.text(10) : null;
    }

    /**
     * Returns the dialog id (field 11) of an R2 reply: this is where a UAS learns it. In R1 field
     * 11 is the constant {@code Msg sent:}, so R1 has none.
     *
     * @return the dialog id, or {@code null} when the field is empty or the layout is not R2
     */
    public String dialogId() {
        return responseSent ? reader.textOrNull(11) : null;
    }

    /**
     * Returns the {@code pong} of a reply to {@code ping} (R0p).
     *
     * @return {@code "pong"}, or {@code null} when this is not a pong
     */
    public String pong() {
        return isOk() && reader.is(4, PONG) ? PONG : null;
    }

    /**
     * Returns the SIP transports of a successful {@code authenticate} reply (field 4), parsed on
     * each call. Select entries by protocol, not by position.
     *
     * @return the entries, empty for a failure or when the field is absent
     * @throws DrachtioProtocolException when field 4 is not a host-port list
     */
    public List<HostPort> hostports() {
        return hostportList(4);
    }

    /**
     * Returns the server version of a successful {@code authenticate} reply (field 5).
     *
     * @return e.g. {@code v0.9.10-1-g9c2dd4cb6a}, or {@code null} when absent (servers before
     *     v0.8.2) or for a failure
     */
    public String serverVersion() {
        return isOk() ? reader.textOrNull(5) : null;
    }

    /**
     * Returns the transports with their local addresses of a successful {@code authenticate}
     * reply (field 6), parsed on each call.
     *
     * @return the entries, empty when absent (servers before v0.8.27) or for a failure
     * @throws DrachtioProtocolException when field 6 is not a host-port list
     */
    public List<HostPort> localHostports() {
        return hostportList(6);
    }

    private List<HostPort> hostportList(int index) {
        if (!isOk()) {
            return List.of();
        }
        try {
            return HostPort.parseList(reader.text(index));
        } catch (DrachtioProtocolException e) {
            throw reader.error("field " + index + ": " + e.reason());
        }
    }

    private static Reply of(String id, String commandId, String... data) {
        String[] fields = new String[3 + data.length];
        fields[0] = Objects.requireNonNull(id, "id");
        fields[1] = TYPE;
        fields[2] = Objects.requireNonNull(commandId, "commandId");
        System.arraycopy(data, 0, fields, 3, data.length);
        return new Reply(FieldSyntax.layout(fields), WirePayload.NO_SIP);
    }

    private static Reply withMeta(String id, String commandId, MessageMeta meta, byte[] sip, String... tail) {
        String[] fields = new String[10 + tail.length];
        fields[0] = Objects.requireNonNull(id, "id");
        fields[1] = TYPE;
        fields[2] = Objects.requireNonNull(commandId, "commandId");
        fields[3] = "OK";
        meta.writeTo(fields, 4);
        System.arraycopy(tail, 0, fields, 10, tail.length);
        return new Reply(FieldSyntax.layout(fields), Objects.requireNonNull(sip, "sip"));
    }
}
