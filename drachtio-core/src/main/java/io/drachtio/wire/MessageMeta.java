package io.drachtio.wire;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The six-field meta block that drachtio-server puts in front of every SIP message it reports
 * (protocol reference §4.4): {@code source|bytes|protocol|address|port|time}.
 *
 * @param source who produced the SIP message
 * @param bytes the size the server reports for the SIP message (informational; for a delivered
 *     request it is the size as received, before the server re-encoded the top Via)
 * @param protocol {@code udp}, {@code tcp}, {@code tls}, {@code unknown}, or {@link #NO_PROTOCOL
 *     the empty string}: the real server leaves it empty in every R2 reply to a response to a
 *     non-INVITE request and in every delivered ACK. Kept as received, never {@code null}.
 * @param address remote (or, for application requests over UDP, the server's own) IP address,
 *     without brackets
 * @param port the port that goes with {@code address}
 * @param time the raw time of day, {@code HH:MM:SS.uuuuuu} UTC; see {@link #timeOfDay()}
 */
public record MessageMeta(Source source, int bytes, String protocol, String address, int port, String time) {

    /** The empty protocol field of R2 replies to non-INVITE responses and of delivered ACKs. */
    public static final String NO_PROTOCOL = "";

    /**
     * Creates a meta block.
     *
     * @param source see {@link #source()}
     * @param bytes see {@link #bytes()}
     * @param protocol see {@link #protocol()}
     * @param address see {@link #address()}
     * @param port see {@link #port()}
     * @param time see {@link #time()}
     * @throws NullPointerException when a component is {@code null}
     * @throws IllegalArgumentException when {@code bytes} is negative or {@code port} is not 0–65535
     */
    public MessageMeta {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(time, "time");
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must not be negative: " + bytes);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /**
     * Creates a meta block with the time formatted as the server does.
     *
     * @param source who produced the SIP message
     * @param bytes size of the SIP message in bytes
     * @param protocol transport name, or {@link #NO_PROTOCOL}
     * @param address IP address
     * @param port port
     * @param time time of day (UTC)
     * @return the meta block
     */
    public static MessageMeta of(Source source, int bytes, String protocol, String address, int port, LocalTime time) {
        return new MessageMeta(source, bytes, protocol, address, port, WireTime.format(time));
    }

    /**
     * Returns a copy with an empty protocol field, as the real server sends in R2 replies to
     * responses to non-INVITE requests and in delivered ACKs.
     *
     * @return the same meta block with {@link #NO_PROTOCOL}
     */
    public MessageMeta withoutProtocol() {
        return new MessageMeta(source, bytes, NO_PROTOCOL, address, port, time);
    }

    /**
     * Tells whether the protocol field is empty.
     *
     * @return {@code true} for {@link #NO_PROTOCOL}
     */
    public boolean hasNoProtocol() {
        return protocol.isEmpty();
    }

    /**
     * Parses {@link #time()}; parsing happens on each call.
     *
     * @return the time of day (UTC)
     * @throws DrachtioProtocolException when the time field is malformed
     */
    public LocalTime timeOfDay() {
        return WireTime.parse(time);
    }

    /**
     * Writes the six meta fields into a field array.
     *
     * @param fields the target
     * @param at index of the source field
     */
    void writeTo(String[] fields, int at) {
        fields[at] = source.wireName();
        fields[at + 1] = Integer.toString(bytes);
        fields[at + 2] = protocol;
        fields[at + 3] = address;
        fields[at + 4] = Integer.toString(port);
        fields[at + 5] = time;
    }
}
