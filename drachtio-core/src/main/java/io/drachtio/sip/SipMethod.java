package io.drachtio.sip;

/**
 * Names of the SIP methods defined by RFC 3261 and its extensions. Methods are case-sensitive
 * tokens; any other token is a valid (unknown) method too.
 */
public final class SipMethod {

    /** INVITE (RFC 3261). */
    public static final String INVITE = "INVITE";
    /** ACK (RFC 3261). */
    public static final String ACK = "ACK";
    /** BYE (RFC 3261). */
    public static final String BYE = "BYE";
    /** CANCEL (RFC 3261). */
    public static final String CANCEL = "CANCEL";
    /** OPTIONS (RFC 3261). */
    public static final String OPTIONS = "OPTIONS";
    /** REGISTER (RFC 3261). */
    public static final String REGISTER = "REGISTER";
    /** INFO (RFC 6086). */
    public static final String INFO = "INFO";
    /** PRACK (RFC 3262). */
    public static final String PRACK = "PRACK";
    /** UPDATE (RFC 3311). */
    public static final String UPDATE = "UPDATE";
    /** MESSAGE (RFC 3428). */
    public static final String MESSAGE = "MESSAGE";
    /** SUBSCRIBE (RFC 6665). */
    public static final String SUBSCRIBE = "SUBSCRIBE";
    /** NOTIFY (RFC 6665). */
    public static final String NOTIFY = "NOTIFY";
    /** REFER (RFC 3515). */
    public static final String REFER = "REFER";
    /** PUBLISH (RFC 3903). */
    public static final String PUBLISH = "PUBLISH";

    private SipMethod() {
    }
}
