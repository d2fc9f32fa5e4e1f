package io.drachtio.sip;

/**
 * Thrown when bytes or a header value are not valid SIP. It is the only exception that parsing
 * ({@link SipMessageParser}) and the parsed views of a {@link SipMessage} let escape for bad input.
 *
 * <p>{@link #offset()} says where the problem was found: a byte offset from the start of the message
 * for message parsing, or a character position inside the header value for the parsed views
 * ({@code -1} when no position applies). {@link #reason()} says what is wrong, in words.
 */
public final class SipParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int offset;
    private final String reason;

    /**
     * Creates an exception for a problem in a message.
     *
     * @param offset byte offset from the start of the message, or {@code -1} if not applicable
     * @param reason what is wrong
     */
    public SipParseException(int offset, String reason) {
        this(offset >= 0 ? "Invalid SIP message at byte " + offset + ": " + reason : "Invalid SIP message: " + reason,
                offset, reason);
    }

    private SipParseException(String message, int offset, String reason) {
        super(message);
        this.offset = offset;
        this.reason = reason;
    }

    /**
     * Creates an exception for a problem inside one value (a header value, a URI, a parameter).
     *
     * @param what what was being parsed, such as {@code "Via"} or {@code "URI"}
     * @param position character position inside the value, or {@code -1} if not applicable
     * @param reason what is wrong
     * @return the exception, to be thrown by the caller
     */
    public static SipParseException inValue(String what, int position, String reason) {
        String message = position >= 0
                ? "Invalid " + what + " at position " + position + ": " + reason
                : "Invalid " + what + ": " + reason;
        return new SipParseException(message, position, what + ": " + reason);
    }

    /**
     * Returns where the problem was found.
     *
     * @return a byte offset in the message, a character position in a value, or {@code -1}
     */
    public int offset() {
        return offset;
    }

    /**
     * Returns what is wrong, without the position prefix of {@link #getMessage()}.
     *
     * @return the reason, never {@code null}
     */
    public String reason() {
        return reason;
    }
}
