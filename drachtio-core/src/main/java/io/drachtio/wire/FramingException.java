package io.drachtio.wire;

/**
 * The byte stream of a connection does not follow {@code <decimal length>#<payload>} framing, or a
 * frame is longer than allowed. After this the stream cannot be resynchronised; the connection has
 * to be closed.
 */
public class FramingException extends DrachtioProtocolException {

    private static final long serialVersionUID = 1L;

    private final long streamOffset;

    /**
     * Creates a framing exception.
     *
     * @param reason what was wrong with the length prefix
     * @param prefixExcerpt the bytes of the length prefix read so far, escaped for printing
     * @param streamOffset offset, from the start of the connection's inbound stream, of the byte
     *     at which the error was detected
     */
    public FramingException(String reason, String prefixExcerpt, long streamOffset) {
        super(reason + " at stream offset " + streamOffset, prefixExcerpt);
        this.streamOffset = streamOffset;
    }

    /**
     * Returns the position of the offending byte in the connection's inbound stream.
     *
     * @return offset counted in bytes from the first byte received
     */
    public long streamOffset() {
        return streamOffset;
    }
}
