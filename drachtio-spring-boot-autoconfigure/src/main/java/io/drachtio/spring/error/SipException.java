package io.drachtio.spring.error;

/**
 * Thrown by a handler (or a filter, or an argument that cannot be bound) to answer the request with a
 * given final status and reason phrase, e.g. {@code throw new SipException(486, "Busy Here")}.
 */
public class SipException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String reason;

    /**
     * @param status a final status, 300–699
     * @param reason the reason phrase; {@code null} for the standard one
     * @throws IllegalArgumentException for another status or a reason containing CR or LF
     */
    public SipException(int status, String reason) {
        this(status, reason, null);
    }

    /**
     * @param status a final status, 300–699
     * @param reason the reason phrase; {@code null} for the standard one
     * @param cause  the underlying error
     * @throws IllegalArgumentException for another status or a reason containing CR or LF
     */
    public SipException(int status, String reason, Throwable cause) {
        super(status + (reason != null ? " " + reason : ""), cause);
        if (status < 300 || status > 699) {
            throw new IllegalArgumentException("a SipException needs a final error status 300-699, got " + status);
        }
        if (reason != null && (reason.indexOf('\r') >= 0 || reason.indexOf('\n') >= 0)) {
            throw new IllegalArgumentException("a reason phrase must not contain CR or LF");
        }
        this.status = status;
        this.reason = reason;
    }

    /** @return the status to answer with */
    public int status() {
        return status;
    }

    /** @return the reason phrase, or {@code null} for the standard one */
    public String reason() {
        return reason;
    }
}
