package io.drachtio.wire;

/**
 * Something on a drachtio connection broke the wire protocol: a malformed frame, a malformed
 * message, or a command that the real server would mangle.
 *
 * <p>The message says what was wrong ({@link #reason()}) and, where a frame is involved, names it
 * with a short excerpt ({@link #frameExcerpt()}) in which the secret of an {@code authenticate}
 * command is replaced by {@code ****}.
 */
public class DrachtioProtocolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final String frameExcerpt;

    /**
     * Creates an exception that does not name a frame.
     *
     * @param reason what was wrong
     */
    public DrachtioProtocolException(String reason) {
        this(reason, null, null);
    }

    /**
     * Creates an exception naming the frame it is about.
     *
     * @param reason what was wrong
     * @param frameExcerpt a short, already masked excerpt of the frame, or {@code null}
     */
    public DrachtioProtocolException(String reason, String frameExcerpt) {
        this(reason, frameExcerpt, null);
    }

    /**
     * Creates an exception naming the frame it is about, with the exception that revealed it.
     *
     * @param reason what was wrong
     * @param frameExcerpt a short, already masked excerpt of the frame, or {@code null}
     * @param cause the underlying exception, or {@code null}
     */
    public DrachtioProtocolException(String reason, String frameExcerpt, Throwable cause) {
        super(frameExcerpt == null ? reason : reason + " in frame [" + frameExcerpt + "]", cause);
        this.reason = reason;
        this.frameExcerpt = frameExcerpt;
    }

    /**
     * Returns what was wrong, without the frame excerpt.
     *
     * @return the reason, never {@code null}
     */
    public String reason() {
        return reason;
    }

    /**
     * Returns the masked excerpt of the offending frame.
     *
     * @return the excerpt, or {@code null} when the error is not about one frame
     */
    public String frameExcerpt() {
        return frameExcerpt;
    }
}
