package io.drachtio.wire.trace;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One recorded frame of a wire trace.
 *
 * @param index position of the frame in its trace file, from 0
 * @param direction who sent it
 * @param connection the {@code conn} number of the trace file, 0 when the file has none
 * @param frame the whole frame as text, {@code <length>#<payload>}
 */
public record WireTraceFrame(int index, Direction direction, int connection, String frame) {

    /**
     * Returns the frame's bytes as they were on the wire.
     *
     * @return the UTF-8 bytes of {@link #frame()}
     */
    public byte[] bytes() {
        return frame.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Returns the length prefix of the frame.
     *
     * @return the number before {@code #}
     */
    public int declaredLength() {
        return Integer.parseInt(frame.substring(0, frame.indexOf('#')));
    }

    /**
     * Returns the payload as text.
     *
     * @return everything after the first {@code #}
     */
    public String payloadText() {
        return frame.substring(frame.indexOf('#') + 1);
    }

    /**
     * Returns the payload bytes.
     *
     * @return the UTF-8 bytes of {@link #payloadText()}
     */
    public byte[] payload() {
        return payloadText().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Returns the first line of the payload.
     *
     * @return the payload up to the first CR LF (or all of it)
     */
    public String firstLine() {
        String payload = payloadText();
        int crlf = payload.indexOf("\r\n");
        return crlf < 0 ? payload : payload.substring(0, crlf);
    }

    /**
     * Returns the first-line fields, empty ones kept.
     *
     * @return the fields
     */
    public String[] fields() {
        return firstLine().split("\\|", -1);
    }

    /**
     * Returns the SIP part of the payload.
     *
     * @return the bytes after the first CR LF, empty when there is none
     */
    public byte[] sip() {
        byte[] payload = payload();
        for (int i = 0; i + 1 < payload.length; i++) {
            if (payload[i] == '\r' && payload[i + 1] == '\n') {
                return Arrays.copyOfRange(payload, i + 2, payload.length);
            }
        }
        return new byte[0];
    }

    /**
     * Describes the frame for test names and assertion messages.
     *
     * @return index, direction, connection and the start of the first line
     */
    @Override
    public String toString() {
        String line = firstLine();
        return "#" + index + " " + direction.fileName() + (connection == 0 ? "" : " conn " + connection) + " "
                + (line.length() > 90 ? line.substring(0, 90) + "..." : line);
    }
}
