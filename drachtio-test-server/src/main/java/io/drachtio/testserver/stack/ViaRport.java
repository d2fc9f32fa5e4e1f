package io.drachtio.testserver.stack;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Re-encodes the top Via of a request received from the network the way drachtio-server's SIP
 * stack hands it to an application (§6.2.1): a top Via without {@code rport} gets
 * {@code ;rport=<source port>} appended, a valueless {@code ;rport} gets its value; everything
 * else stays byte for byte.
 */
public final class ViaRport {

    private ViaRport() {
    }

    /**
     * Returns the request as the stack delivers it.
     *
     * @param request    the request as received (raw bytes)
     * @param sourcePort the port it came from
     * @return the re-encoded request, or {@code request} itself when its top Via already carries
     *     an {@code rport} value or no Via header is found
     */
    public static byte[] apply(byte[] request, int sourcePort) {
        int line = topViaValueStart(request);
        if (line < 0) {
            return request;
        }
        int end = firstValueEnd(request, line);
        String value = new String(request, line, end - line, StandardCharsets.ISO_8859_1);
        int rport = rportParameter(value);
        String insertion;
        int insertAt;
        if (rport < 0) {
            insertion = ";rport=" + sourcePort;
            insertAt = line + trimmedLength(value);
        } else {
            int afterName = rport + ";rport".length();
            if (afterName < value.length() && value.charAt(afterName) == '=') {
                return request;
            }
            insertion = "=" + sourcePort;
            insertAt = line + afterName;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(request.length + insertion.length());
        out.write(request, 0, insertAt);
        byte[] added = insertion.getBytes(StandardCharsets.US_ASCII);
        out.write(added, 0, added.length);
        out.write(request, insertAt, request.length - insertAt);
        return out.toByteArray();
    }

    private static int topViaValueStart(byte[] message) {
        int lineStart = nextLine(message, 0);
        while (lineStart >= 0 && lineStart < message.length && message[lineStart] != '\r'
                && message[lineStart] != '\n') {
            int colon = headerColon(message, lineStart);
            if (colon > 0) {
                String name = new String(message, lineStart, colon - lineStart, StandardCharsets.ISO_8859_1).trim();
                if (name.equalsIgnoreCase("Via") || name.equalsIgnoreCase("v")) {
                    int value = colon + 1;
                    while (value < message.length && (message[value] == ' ' || message[value] == '\t')) {
                        value++;
                    }
                    return value;
                }
            }
            lineStart = nextLine(message, lineStart);
        }
        return -1;
    }

    private static int nextLine(byte[] message, int from) {
        for (int i = from; i < message.length; i++) {
            if (message[i] == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    private static int headerColon(byte[] message, int lineStart) {
        for (int i = lineStart; i < message.length && message[i] != '\r' && message[i] != '\n'; i++) {
            if (message[i] == ':') {
                return i;
            }
        }
        return -1;
    }

    private static int firstValueEnd(byte[] message, int start) {
        int i = start;
        while (i < message.length && message[i] != '\r' && message[i] != '\n' && message[i] != ',') {
            i++;
        }
        return i;
    }

    private static int rportParameter(String value) {
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        int from = 0;
        while (true) {
            int at = lower.indexOf(";rport", from);
            if (at < 0) {
                return -1;
            }
            int after = at + ";rport".length();
            if (after == lower.length() || "=; \t".indexOf(lower.charAt(after)) >= 0) {
                return at;
            }
            from = after;
        }
    }

    private static int trimmedLength(String value) {
        int end = value.length();
        while (end > 0 && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
            end--;
        }
        return end;
    }
}
