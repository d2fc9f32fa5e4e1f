package io.drachtio.wire;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * A call detail record (protocol reference §6.3): {@code <id>|cdr:attempt|<source>|<time>},
 * {@code <id>|cdr:start|<source>|<time>|<role>} or {@code <id>|cdr:stop|<source>|<time>|<reason>},
 * each followed by CR LF and the SIP message that triggered it. No reply is expected.
 */
public final class CdrEvent extends AbstractServerMessage implements ServerMessage {

    private final CdrKind kind;
    private final Source source;

    /**
     * Creates a CDR event from its fields.
     *
     * @param fields the first-line fields, field 1 being a CDR type
     * @param sip the SIP message (not copied)
     * @throws DrachtioProtocolException when fields are missing or the source is unknown
     */
    CdrEvent(List<String> fields, byte[] sip) {
        super(fields, sip);
        this.kind = CdrKind.fromWireName(fields.get(1));
        if (kind == null) {
            throw reader.error("not a CDR type: " + reader.quoted(1));
        }
        reader.requireAtLeast(kind == CdrKind.ATTEMPT ? 4 : 5, "a " + kind.wireName() + " record");
        this.source = reader.source(2);
    }

    /**
     * Lays out a {@code cdr:attempt} record.
     *
     * @param id message id
     * @param source who produced the INVITE
     * @param time time of day, {@code HH:MM:SS.uuuuuu} (see {@link WireTime#format})
     * @param sip the INVITE
     * @return {@code <id>|cdr:attempt|<source>|<time>} + CR LF + SIP
     */
    public static CdrEvent attempt(String id, Source source, String time, byte[] sip) {
        return layout(CdrKind.ATTEMPT, sip, id, source, time);
    }

    /**
     * Lays out a {@code cdr:start} record.
     *
     * @param id message id
     * @param source who produced the 200
     * @param time time of day, {@code HH:MM:SS.uuuuuu}
     * @param role {@code uac}, {@code uas}, {@code proxy-uac} or {@code proxy-uas}
     * @param sip the 200
     * @return {@code <id>|cdr:start|<source>|<time>|<role>} + CR LF + SIP
     */
    public static CdrEvent start(String id, Source source, String time, String role, byte[] sip) {
        return layout(CdrKind.START, sip, id, source, time, Objects.requireNonNull(role, "role"));
    }

    /**
     * Lays out a {@code cdr:stop} record.
     *
     * @param id message id
     * @param source who produced the SIP message
     * @param time time of day, {@code HH:MM:SS.uuuuuu}
     * @param reason e.g. {@code normal-release}, {@code call-rejected}
     * @param sip the final response, BYE or CANCEL
     * @return {@code <id>|cdr:stop|<source>|<time>|<reason>} + CR LF + SIP
     */
    public static CdrEvent stop(String id, Source source, String time, String reason, byte[] sip) {
        return layout(CdrKind.STOP, sip, id, source, time, Objects.requireNonNull(reason, "reason"));
    }

    /**
     * Returns the kind of record (from field 1).
     *
     * @return the kind
     */
    public CdrKind kind() {
        return kind;
    }

    /**
     * Returns who produced the attached SIP message (field 2).
     *
     * @return the source
     */
    public Source source() {
        return source;
    }

    /**
     * Returns the raw time of day (field 3).
     *
     * @return {@code HH:MM:SS.uuuuuu}
     */
    public String time() {
        return fields().get(3);
    }

    /**
     * Parses {@link #time()}; parsing happens on each call.
     *
     * @return the time of day (UTC)
     * @throws DrachtioProtocolException when the time field is malformed
     */
    public LocalTime timeOfDay() {
        return WireTime.parse(time());
    }

    /**
     * Returns field 4: the role of a start record or the reason of a stop record.
     *
     * @return the detail, or {@code null} for an attempt record
     */
    public String detail() {
        return kind == CdrKind.ATTEMPT ? null : fields().get(4);
    }

    /**
     * Returns the role of a {@code cdr:start} record.
     *
     * @return {@code uac}, {@code uas}, {@code proxy-uac}, {@code proxy-uas}; {@code null} for
     *     other kinds
     */
    public String role() {
        return kind == CdrKind.START ? detail() : null;
    }

    /**
     * Returns the reason of a {@code cdr:stop} record.
     *
     * @return e.g. {@code normal-release}; {@code null} for other kinds
     */
    public String reason() {
        return kind == CdrKind.STOP ? detail() : null;
    }

    private static CdrEvent layout(CdrKind kind, byte[] sip, String id, Source source, String... tail) {
        String[] fields = new String[3 + tail.length];
        fields[0] = Objects.requireNonNull(id, "id");
        fields[1] = kind.wireName();
        fields[2] = source.wireName();
        System.arraycopy(tail, 0, fields, 3, tail.length);
        return new CdrEvent(FieldSyntax.layout(fields), Objects.requireNonNull(sip, "sip"));
    }
}
