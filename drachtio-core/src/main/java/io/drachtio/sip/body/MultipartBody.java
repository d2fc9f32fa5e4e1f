package io.drachtio.sip.body;

import io.drachtio.sip.SipHeaders;
import io.drachtio.sip.SipParseException;
import io.drachtio.sip.header.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@code multipart/*} body split into its parts (RFC 2046 §5.1). Parts are cut at
 * {@code CRLF--boundary} delimiters, so binary parts with raw CR, LF and NUL bytes are kept exactly;
 * the preamble and epilogue are ignored. A bare LF before a delimiter is accepted as well.
 */
public final class MultipartBody {

    private final String boundary;
    private final List<BodyPart> parts;

    private MultipartBody(String boundary, List<BodyPart> parts) {
        this.boundary = boundary;
        this.parts = parts;
    }

    /**
     * Splits a body.
     *
     * @param contentType the Content-Type of the body; must carry a {@code boundary} parameter
     * @param body the body bytes (kept, not copied)
     * @return the parts
     * @throws SipParseException if the boundary is missing, or the body has no opening or closing
     *                           delimiter, or a part's headers are malformed
     */
    public static MultipartBody parse(ContentType contentType, byte[] body) {
        String boundary = contentType.parameter("boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            throw SipParseException.inValue("multipart body", -1, "Content-Type needs a boundary of 1 to 70 characters");
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.UTF_8);
        int next = findDelimiter(body, delimiter, 0);
        if (next < 0) {
            throw SipParseException.inValue("multipart body", 0, "no delimiter line --" + boundary);
        }
        List<BodyPart> parts = new ArrayList<>(2);
        while (true) {
            int afterDelimiter = next + delimiter.length;
            if (startsWith(body, afterDelimiter, "--")) {
                return new MultipartBody(boundary, List.copyOf(parts));
            }
            int partStart = skipLine(body, afterDelimiter);
            int delimiterStart = findDelimiter(body, delimiter, partStart);
            if (delimiterStart < 0) {
                throw SipParseException.inValue("multipart body", partStart, "no closing delimiter --" + boundary + "--");
            }
            int partEnd = delimiterStart;
            if (partEnd > partStart && body[partEnd - 1] == '\n') {
                partEnd--;
                if (partEnd > partStart && body[partEnd - 1] == '\r') {
                    partEnd--;
                }
            }
            parts.add(part(body, partStart, partEnd));
            next = delimiterStart;
        }
    }

    private static BodyPart part(byte[] body, int start, int end) {
        int headersEnd = start;
        int bodyStart = -1;
        while (headersEnd < end) {
            if (body[headersEnd] == '\n') {
                bodyStart = headersEnd + 1;
                break;
            }
            if (body[headersEnd] == '\r' && headersEnd + 1 < end && body[headersEnd + 1] == '\n') {
                bodyStart = headersEnd + 2;
                break;
            }
            int lineFeed = indexOf(body, (byte) '\n', headersEnd, end);
            headersEnd = lineFeed < 0 ? end : lineFeed + 1;
        }
        if (bodyStart < 0) {
            throw SipParseException.inValue("multipart body", start, "body part without an empty line after its headers");
        }
        SipHeaders headers;
        try {
            headers = SipHeaders.parse(body, start, headersEnd - start);
        } catch (SipParseException e) {
            throw SipParseException.inValue("multipart body", start + Math.max(0, e.offset()), e.reason());
        }
        return new BodyPart(headers, Arrays.copyOfRange(body, bodyStart, end));
    }

    /** Finds {@code --boundary} at the start of the body or of a line, at or after {@code from}. */
    private static int findDelimiter(byte[] body, byte[] delimiter, int from) {
        for (int i = from; i <= body.length - delimiter.length; i++) {
            if ((i == 0 || body[i - 1] == '\n') && startsWith(body, i, delimiter)
                    && endsDelimiter(body, i + delimiter.length)) {
                return i;
            }
        }
        return -1;
    }

    /** A delimiter is followed by "--", transport padding or the line end (RFC 2046 §5.1.1). */
    private static boolean endsDelimiter(byte[] body, int at) {
        if (at >= body.length) {
            return true;
        }
        byte b = body[at];
        return b == '-' || b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    private static int skipLine(byte[] body, int from) {
        int lineFeed = indexOf(body, (byte) '\n', from, body.length);
        return lineFeed < 0 ? body.length : lineFeed + 1;
    }

    private static int indexOf(byte[] body, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (body[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] body, int at, String text) {
        return startsWith(body, at, text.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean startsWith(byte[] body, int at, byte[] prefix) {
        if (at + prefix.length > body.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the boundary.
     *
     * @return the boundary parameter of the Content-Type
     */
    public String boundary() {
        return boundary;
    }

    /**
     * Returns the parts in order.
     *
     * @return the parts, possibly empty
     */
    public List<BodyPart> parts() {
        return parts;
    }
}
