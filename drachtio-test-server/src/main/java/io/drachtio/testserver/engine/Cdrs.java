package io.drachtio.testserver.engine;

import io.drachtio.wire.CdrEvent;
import io.drachtio.wire.CdrKind;
import io.drachtio.wire.Source;
import io.drachtio.wire.WireTime;

/**
 * Emits CDR messages (§6.3): each record goes to ONE connection registered for its kind
 * ({@code route|cdr:attempt} …), chosen round robin; without a registered connection the record is
 * not sent.
 */
public final class Cdrs {

    /** Start role: the application answered a call from the network. */
    public static final String ROLE_UAS = "uas";
    /** Start role: the far end answered a call the application placed. */
    public static final String ROLE_UAC = "uac";
    /** Start role: a proxy target answered. */
    public static final String ROLE_PROXY_UAC = "proxy-uac";
    /** Start role: the server forwarded a target's answer to the caller. */
    public static final String ROLE_PROXY_UAS = "proxy-uas";
    /** Stop reason: a BYE ended the call. */
    public static final String NORMAL_RELEASE = "normal-release";
    /** Stop reason: the call was answered with a final non-2xx response. */
    public static final String CALL_REJECTED = "call-rejected";
    /** Stop reason: the caller cancelled. */
    public static final String CALL_CANCELED = "call-canceled";
    /** Stop reason: the server ended the call on its own (used here for the ACK timeout). */
    public static final String SYSTEM_INITIATED = "system-initiated-termination";

    private final ControlPlane context;

    /**
     * Creates the emitter.
     *
     * @param context the control state
     */
    public Cdrs(ControlPlane context) {
        this.context = context;
    }

    /**
     * Emits {@code cdr:attempt}.
     *
     * @param source who produced the SIP message
     * @param sip    the INVITE
     */
    public void attempt(Source source, byte[] sip) {
        emit(CdrKind.ATTEMPT, source, null, sip);
    }

    /**
     * Emits {@code cdr:start}.
     *
     * @param source who produced the SIP message
     * @param role   the role, e.g. {@link #ROLE_UAS}
     * @param sip    the 200 OK
     */
    public void start(Source source, String role, byte[] sip) {
        emit(CdrKind.START, source, role, sip);
    }

    /**
     * Emits {@code cdr:stop}.
     *
     * @param source who produced the SIP message
     * @param reason the reason, e.g. {@link #NORMAL_RELEASE}
     * @param sip    the final response, BYE or CANCEL
     */
    public void stop(Source source, String reason, byte[] sip) {
        emit(CdrKind.STOP, source, reason, sip);
    }

    /**
     * Emits any CDR to a connection registered for its kind.
     *
     * @param kind   attempt, start or stop
     * @param source who produced the SIP message
     * @param detail the role (start), the reason (stop), ignored for attempt
     * @param sip    the SIP message
     * @return {@code true} when a registered connection got it
     */
    public boolean emit(CdrKind kind, Source source, String detail, byte[] sip) {
        ControlConnection connection = context.routes().pick(kind.wireName());
        if (connection == null) {
            return false;
        }
        String id = context.frames().nextId();
        String time = WireTime.format(context.frames().now());
        CdrEvent event = switch (kind) {
            case ATTEMPT -> CdrEvent.attempt(id, source, time, sip);
            case START -> CdrEvent.start(id, source, time, detail, sip);
            case STOP -> CdrEvent.stop(id, source, time, detail, sip);
        };
        connection.send(event);
        return true;
    }
}
