package io.drachtio.testserver.stack;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A SIP message being built by the emulated server, written in the layout of §10.7: the start
 * line, the well-known headers in the SIP stack's order, {@code Content-Length} (always computed
 * from the body), the unknown (custom) headers in the order they were added, then the stack's
 * extension headers, the empty line and the body.
 */
public final class MessageLayout {

    private static final byte[] CRLF = {'\r', '\n'};

    private final String startLine;
    private final Map<KnownHeader, List<String>> known = new EnumMap<>(KnownHeader.class);
    private final List<HeaderLine> custom = new ArrayList<>();
    private byte[] body = new byte[0];

    /**
     * Starts a message.
     *
     * @param startLine the request or status line, without CR LF
     */
    public MessageLayout(String startLine) {
        this.startLine = Objects.requireNonNull(startLine, "startLine");
    }

    /**
     * Returns the start line.
     *
     * @return the start line
     */
    public String startLine() {
        return startLine;
    }

    /**
     * Replaces every line of a header with one value.
     *
     * @param header the header
     * @param value  its value
     * @return this layout
     */
    public MessageLayout set(KnownHeader header, String value) {
        List<String> values = new ArrayList<>(1);
        values.add(Objects.requireNonNull(value, "value"));
        known.put(header, values);
        return this;
    }

    /**
     * Sets a header unless it is already present.
     *
     * @param header the header
     * @param value  its value
     * @return this layout
     */
    public MessageLayout setIfAbsent(KnownHeader header, String value) {
        return has(header) ? this : set(header, value);
    }

    /**
     * Adds another line of a header after its existing lines.
     *
     * @param header the header
     * @param value  the value of the new line
     * @return this layout
     */
    public MessageLayout add(KnownHeader header, String value) {
        known.computeIfAbsent(header, h -> new ArrayList<>()).add(Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * Removes every line of a header.
     *
     * @param header the header
     * @return this layout
     */
    public MessageLayout remove(KnownHeader header) {
        known.remove(header);
        return this;
    }

    /**
     * Adds an unknown (custom) header line; it is written after {@code Content-Length}.
     *
     * @param name  the name, as it is to be written
     * @param value the value
     * @return this layout
     */
    public MessageLayout addCustom(String name, String value) {
        custom.add(new HeaderLine(name, value));
        return this;
    }

    /**
     * Tells whether a header has at least one line.
     *
     * @param header the header
     * @return {@code true} when present
     */
    public boolean has(KnownHeader header) {
        return known.containsKey(header);
    }

    /**
     * Returns the value of the first line of a header.
     *
     * @param header the header
     * @return the value, or {@code null} when absent
     */
    public String first(KnownHeader header) {
        List<String> values = known.get(header);
        return values == null ? null : values.get(0);
    }

    /**
     * Returns the values of all lines of a header.
     *
     * @param header the header
     * @return the values in order; empty when absent
     */
    public List<String> all(KnownHeader header) {
        List<String> values = known.get(header);
        return values == null ? List.of() : List.copyOf(values);
    }

    /**
     * Returns the custom header lines.
     *
     * @return the lines in the order added
     */
    public List<HeaderLine> custom() {
        return List.copyOf(custom);
    }

    /**
     * Sets the body.
     *
     * @param newBody the body bytes (not copied)
     * @return this layout
     */
    public MessageLayout body(byte[] newBody) {
        this.body = Objects.requireNonNull(newBody, "newBody");
        return this;
    }

    /**
     * Returns the body.
     *
     * @return the body bytes (not copied)
     */
    public byte[] body() {
        return body;
    }

    /**
     * Tells whether the body is an SDP the way the server decides it: it starts with {@code v=0}.
     *
     * @return {@code true} for an SDP-looking body
     */
    public boolean bodyLooksLikeSdp() {
        return body.length >= 3 && body[0] == 'v' && body[1] == '=' && body[2] == '0';
    }

    /**
     * Writes the message.
     *
     * @return the message bytes (UTF-8 headers, the body verbatim)
     */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + body.length);
        line(out, startLine);
        for (Map.Entry<KnownHeader, List<String>> entry : known.entrySet()) {
            if (entry.getKey().ordinal() < KnownHeader.CONTENT_LENGTH.ordinal()) {
                header(out, entry.getKey().wireName(), entry.getValue());
            }
        }
        line(out, KnownHeader.CONTENT_LENGTH.wireName() + ": " + body.length);
        for (HeaderLine line : custom) {
            line(out, line.name() + ": " + line.value());
        }
        for (Map.Entry<KnownHeader, List<String>> entry : known.entrySet()) {
            if (entry.getKey().isExtension()) {
                header(out, entry.getKey().wireName(), entry.getValue());
            }
        }
        out.write(CRLF, 0, CRLF.length);
        out.write(body, 0, body.length);
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return new String(toBytes(), StandardCharsets.UTF_8);
    }

    private static void header(ByteArrayOutputStream out, String name, List<String> values) {
        for (String value : values) {
            line(out, name + ": " + value);
        }
    }

    private static void line(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
        out.write(CRLF, 0, CRLF.length);
    }
}
