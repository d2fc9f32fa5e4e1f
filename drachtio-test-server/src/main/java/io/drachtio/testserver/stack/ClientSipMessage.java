package io.drachtio.testserver.stack;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The SIP part of a client's {@code sip} or {@code proxy} command, read the way drachtio-server
 * reads it (§4.1, §10.1): everything after the first empty line (CR LF CR LF) is the body, taken
 * verbatim whatever Content-Length says; before it, the first line is the start line and the rest
 * are header lines separated by CR, LF or CR LF. A header line must be {@code Name: value} with a
 * token name; other lines are dropped. Folded lines are not supported (they are dropped too).
 */
public final class ClientSipMessage {

    private static final byte[] NO_BODY = new byte[0];
    private static final String TOKEN_PUNCTUATION = "-.!%*_+'~`";

    private final String startLine;
    private final List<HeaderLine> headers;
    private final byte[] body;

    private ClientSipMessage(String startLine, List<HeaderLine> headers, byte[] body) {
        this.startLine = startLine;
        this.headers = headers;
        this.body = body;
    }

    /**
     * Reads the SIP part of a command. Never fails: a part without start line gives an empty one.
     *
     * @param sip the bytes after the first CR LF of the command payload
     * @return the message
     */
    public static ClientSipMessage parse(byte[] sip) {
        int separator = indexOfEmptyLine(sip);
        int headEnd = separator < 0 ? sip.length : separator;
        byte[] body = separator < 0 ? NO_BODY : Arrays.copyOfRange(sip, separator + 4, sip.length);
        String head = new String(sip, 0, headEnd, StandardCharsets.UTF_8);
        int firstBreak = head.indexOf("\r\n");
        String startLine = firstBreak < 0 ? head : head.substring(0, firstBreak);
        List<HeaderLine> headers = firstBreak < 0 ? List.of() : readHeaders(head.substring(firstBreak + 2));
        return new ClientSipMessage(startLine.trim(), headers, body);
    }

    /**
     * Returns the start line.
     *
     * @return e.g. {@code SIP/2.0 180 Ringing} or {@code INVITE sip:bob@example.com SIP/2.0};
     *     empty when the part was empty
     */
    public String startLine() {
        return startLine;
    }

    /**
     * Tells whether the start line is a status line.
     *
     * @return {@code true} when it begins with {@code SIP/}
     */
    public boolean isResponse() {
        return startLine.startsWith("SIP/");
    }

    /**
     * Returns the status code of a response.
     *
     * @return the code, or {@code -1} when this is not a response or the code is not 3 digits
     */
    public int status() {
        String code = startLineToken(1);
        if (!isResponse() || code.length() != 3) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < 3; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * Returns the reason phrase of a response.
     *
     * @return the text after the status code, empty when absent
     */
    public String reasonPhrase() {
        int first = startLine.indexOf(' ');
        int second = first < 0 ? -1 : startLine.indexOf(' ', first + 1);
        return second < 0 ? "" : startLine.substring(second + 1).trim();
    }

    /**
     * Returns the method of a request.
     *
     * @return the first token of the start line (empty for an empty part)
     */
    public String method() {
        return startLineToken(0);
    }

    /**
     * Returns the Request-URI of a request.
     *
     * @return the second token of the start line, empty when absent
     */
    public String requestUri() {
        return startLineToken(1);
    }

    /**
     * Returns the header lines in the order written.
     *
     * @return the valid header lines; empty when there are none
     */
    public List<HeaderLine> headers() {
        return headers;
    }

    /**
     * Returns the value of the first header line with this name (full names, any case).
     *
     * @param name the header name
     * @return the value, or {@code null} when absent
     */
    public String first(String name) {
        for (HeaderLine line : headers) {
            if (line.is(name)) {
                return line.value();
            }
        }
        return null;
    }

    /**
     * Tells whether a header line with this name is present.
     *
     * @param name the header name
     * @return {@code true} when present
     */
    public boolean has(String name) {
        return first(name) != null;
    }

    /**
     * Returns the body.
     *
     * @return the bytes after the empty line, verbatim; empty when there is none
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * Returns the body length without copying it.
     *
     * @return the number of body bytes
     */
    public int bodyLength() {
        return body.length;
    }

    @Override
    public String toString() {
        return startLine + " (" + headers.size() + " headers, " + body.length + " body bytes)";
    }

    private String startLineToken(int index) {
        String[] tokens = startLine.split(" ", 3);
        return index < tokens.length ? tokens[index] : "";
    }

    private static int indexOfEmptyLine(byte[] sip) {
        for (int i = 0; i + 3 < sip.length; i++) {
            if (sip[i] == '\r' && sip[i + 1] == '\n' && sip[i + 2] == '\r' && sip[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static List<HeaderLine> readHeaders(String block) {
        List<HeaderLine> lines = new ArrayList<>();
        int start = 0;
        int length = block.length();
        while (start < length) {
            int end = start;
            while (end < length && block.charAt(end) != '\r' && block.charAt(end) != '\n') {
                end++;
            }
            HeaderLine line = readLine(block.substring(start, end));
            if (line != null) {
                lines.add(line);
            }
            start = end + 1;
        }
        return List.copyOf(lines);
    }

    private static HeaderLine readLine(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String name = line.substring(0, colon).trim();
        if (name.isEmpty() || !isToken(name)) {
            return null;
        }
        return new HeaderLine(name, line.substring(colon + 1).trim());
    }

    private static boolean isToken(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alphanumeric && TOKEN_PUNCTUATION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
