package io.drachtio.testserver.stack;

/**
 * How the SIP stack of drachtio-server stores and re-encodes a well-known header it was given.
 */
public enum HeaderStyle {

    /** One value; a later line replaces an earlier one; the value is written as given. */
    SINGLE,

    /** One value that is a name-addr (From, To, Refer-To …); written in bracket form. */
    SINGLE_ADDRESS,

    /** A comma-separated token list; several lines merge into one, written with {@code ", "}. */
    LIST,

    /** Each value is its own header line, in the order given; written as given. */
    APPEND,

    /** Each value is its own header line and a name-addr (Contact, P-Asserted-Identity …). */
    APPEND_ADDRESS,

    /** Each line is one credential or challenge whose parameters are re-joined with {@code ", "}. */
    AUTH
}
