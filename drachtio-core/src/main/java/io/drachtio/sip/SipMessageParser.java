package io.drachtio.sip;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Parses SIP messages from bytes.
 *
 * <p>{@code parse…} is the fast, lazy path for messages that were already validated (by
 * drachtio-server): one pass records where the start line and each header line are, the body is
 * found by Content-Length (or is the rest of the input when there is none), and no header value
 * is decoded until it is read. It accepts line folding, whitespace around the colon, compact
 * header names, bare LF line ends and leading empty lines (which are not part of the message).
 * It rejects what cannot be framed: no start line, a header line without a colon, no empty line
 * after the headers, a Content-Length that is not a number or exceeds the bytes available, and a
 * status code that is not three digits from 100 to 699. Bytes after the body (after
 * Content-Length) are ignored and not part of the message.
 *
 * <p>{@code parseStrict…} additionally validates as a SIP element receiving from the network
 * would (RFC 3261 §8.2, §16.3, RFC 4475); see {@code docs/sip-parser-rfc4475.md} for every rule.
 *
 * <p>The byte-array methods keep a reference to the caller's array instead of copying it: the
 * caller must not modify the array afterwards. Offsets in {@link SipParseException} count from
 * {@code offset}.
 */
public final class SipMessageParser {

    private SipMessageParser() {
    }

    /**
     * Parses a request or response.
     *
     * @param bytes the message (kept, not copied)
     * @return the message
     * @throws SipParseException if the bytes cannot be framed as a SIP message
     */
    public static SipMessage parse(byte[] bytes) {
        return parse(bytes, 0, bytes.length);
    }

    /**
     * Parses a request or response from part of an array.
     *
     * @param bytes the array (kept, not copied)
     * @param offset where the message starts
     * @param length how many bytes are available
     * @return the message
     * @throws SipParseException if the bytes cannot be framed as a SIP message
     * @throws IndexOutOfBoundsException if the range is not inside the array
     */
    public static SipMessage parse(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        return new Framer(bytes, offset, offset + length).frame();
    }

    /**
     * Parses a request or response from text (encoded as UTF-8 first).
     *
     * @param text the message
     * @return the message
     * @throws SipParseException if the text cannot be framed as a SIP message
     */
    public static SipMessage parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Parses a request.
     *
     * @param bytes the message (kept, not copied)
     * @return the request
     * @throws SipParseException if the bytes are not a request
     */
    public static SipRequest parseRequest(byte[] bytes) {
        return parseRequest(bytes, 0, bytes.length);
    }

    /**
     * Parses a request from part of an array.
     *
     * @param bytes the array (kept, not copied)
     * @param offset where the message starts
     * @param length how many bytes are available
     * @return the request
     * @throws SipParseException if the bytes are not a request
     */
    public static SipRequest parseRequest(byte[] bytes, int offset, int length) {
        if (parse(bytes, offset, length) instanceof SipRequest request) {
            return request;
        }
        throw new SipParseException(0, "a request was expected but this is a response");
    }

    /**
     * Parses a request from text.
     *
     * @param text the message
     * @return the request
     * @throws SipParseException if the text is not a request
     */
    public static SipRequest parseRequest(String text) {
        return parseRequest(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Parses a response.
     *
     * @param bytes the message (kept, not copied)
     * @return the response
     * @throws SipParseException if the bytes are not a response
     */
    public static SipResponse parseResponse(byte[] bytes) {
        return parseResponse(bytes, 0, bytes.length);
    }

    /**
     * Parses a response from part of an array.
     *
     * @param bytes the array (kept, not copied)
     * @param offset where the message starts
     * @param length how many bytes are available
     * @return the response
     * @throws SipParseException if the bytes are not a response
     */
    public static SipResponse parseResponse(byte[] bytes, int offset, int length) {
        if (parse(bytes, offset, length) instanceof SipResponse response) {
            return response;
        }
        throw new SipParseException(0, "a response was expected but this is a request");
    }

    /**
     * Parses a response from text.
     *
     * @param text the message
     * @return the response
     * @throws SipParseException if the text is not a response
     */
    public static SipResponse parseResponse(String text) {
        return parseResponse(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Parses and validates a message as received from the network.
     *
     * @param bytes the message (kept, not copied)
     * @return the message
     * @throws SipParseException if the message is malformed
     */
    public static SipMessage parseStrict(byte[] bytes) {
        return parseStrict(bytes, 0, bytes.length);
    }

    /**
     * Parses and validates a message from part of an array.
     *
     * @param bytes the array (kept, not copied)
     * @param offset where the message starts
     * @param length how many bytes are available
     * @return the message
     * @throws SipParseException if the message is malformed
     * @throws IndexOutOfBoundsException if the range is not inside the array
     */
    public static SipMessage parseStrict(byte[] bytes, int offset, int length) {
        SipMessage message = parse(bytes, offset, length);
        StrictValidator.validate(message);
        return message;
    }

    /**
     * Parses and validates a message from text.
     *
     * @param text the message
     * @return the message
     * @throws SipParseException if the message is malformed
     */
    public static SipMessage parseStrict(String text) {
        return parseStrict(text.getBytes(StandardCharsets.UTF_8));
    }

    /** One pass over the bytes: start line, header lines, body. */
    private static final class Framer {
        private final byte[] bytes;
        private final int base;
        private final int limit;

        Framer(byte[] bytes, int base, int limit) {
            this.bytes = bytes;
            this.base = base;
            this.limit = limit;
        }

        SipMessage frame() {
            int start = base;
            while (start < limit && (bytes[start] == '\r' || bytes[start] == '\n')) {
                start++;
            }
            if (start >= limit) {
                throw new SipParseException(start - base, "no start line");
            }
            int lineFeed = HeaderLineScanner.indexOfLineFeed(bytes, start, limit);
            if (lineFeed < 0) {
                throw new SipParseException(start - base, "start line is not terminated by a line break");
            }
            int lineEnd = lineFeed > start && bytes[lineFeed - 1] == '\r' ? lineFeed - 1 : lineFeed;
            int headersStart = lineFeed + 1;
            SipHeaders headers = new SipHeaders(bytes);
            int bodyStart = HeaderLineScanner.scan(bytes, headersStart, limit, headers, base, false);
            int headersEnd = bytes[bodyStart - 1] == '\n' && bodyStart - 2 >= headersStart
                    && bytes[bodyStart - 2] == '\r' ? bodyStart - 2 : bodyStart - 1;
            int end = bodyEnd(headers, bodyStart);
            if (isResponse(start, lineEnd)) {
                return response(start, lineEnd, headersStart, headers, headersEnd, bodyStart, end);
            }
            return request(start, lineEnd, headersStart, headers, headersEnd, bodyStart, end);
        }

        private static boolean startsWithSipSlash(byte[] b, int start, int lineEnd) {
            return lineEnd - start >= 4 && (b[start] | 0x20) == 's' && (b[start + 1] | 0x20) == 'i'
                    && (b[start + 2] | 0x20) == 'p' && b[start + 3] == '/';
        }

        private boolean isResponse(int start, int lineEnd) {
            return startsWithSipSlash(bytes, start, lineEnd);
        }

        private int bodyEnd(SipHeaders headers, int bodyStart) {
            int index = headers.indexOf(HeaderKey.CONTENT_LENGTH, 0);
            if (index < 0) {
                return limit;
            }
            int lineEnd = headers.lineEnd(index);
            int i = skipBlanks(headers.valueStart(index), lineEnd);
            int digitsStart = i;
            long length = 0;
            while (i < lineEnd && bytes[i] >= '0' && bytes[i] <= '9') {
                length = length * 10 + bytes[i] - '0';
                if (length > Integer.MAX_VALUE) {
                    throw contentLength(digitsStart, "Content-Length is too large");
                }
                i++;
            }
            if (i == digitsStart || skipBlanks(i, lineEnd) != lineEnd) {
                throw contentLength(digitsStart, "Content-Length is not a number");
            }
            if (length > limit - bodyStart) {
                throw contentLength(digitsStart, "Content-Length " + length + " exceeds the " + (limit - bodyStart)
                        + " bytes available");
            }
            return bodyStart + (int) length;
        }

        private int skipBlanks(int from, int to) {
            while (from < to && (bytes[from] == ' ' || bytes[from] == '\t' || bytes[from] == '\r' || bytes[from] == '\n')) {
                from++;
            }
            return from;
        }

        private SipParseException contentLength(int at, String reason) {
            return new SipParseException(at - base, reason);
        }

        private SipMessage response(int start, int lineEnd, int headersStart, SipHeaders headers, int headersEnd,
                                    int bodyStart, int end) {
            int space = indexOf(' ', start, lineEnd);
            if (space < 0) {
                throw new SipParseException(lineEnd - base, "status code expected");
            }
            int codeStart = space + 1;
            int status = 0;
            int i = codeStart;
            while (i < lineEnd && bytes[i] >= '0' && bytes[i] <= '9' && i - codeStart < 4) {
                status = status * 10 + bytes[i] - '0';
                i++;
            }
            if (i - codeStart != 3 || status < 100 || status > 699 || i < lineEnd && bytes[i] != ' ') {
                throw new SipParseException(codeStart - base, "status code must be three digits from 100 to 699");
            }
            int reasonStart = i < lineEnd ? i + 1 : lineEnd;
            return new SipResponse(bytes, start, space, status, reasonStart, lineEnd, headersStart, headers,
                    headersEnd, bodyStart, end);
        }

        private SipMessage request(int start, int lineEnd, int headersStart, SipHeaders headers, int headersEnd,
                                   int bodyStart, int end) {
            int methodEnd = indexOf(' ', start, lineEnd);
            if (methodEnd <= start) {
                throw new SipParseException(start - base, methodEnd < 0 ? "Request-URI expected" : "method expected");
            }
            int contentEnd = lineEnd;
            while (contentEnd > methodEnd && (bytes[contentEnd - 1] == ' ' || bytes[contentEnd - 1] == '\t')) {
                contentEnd--;
            }
            int versionSpace = contentEnd - 1;
            while (versionSpace > methodEnd && bytes[versionSpace] != ' ') {
                versionSpace--;
            }
            int uriStart = methodEnd;
            while (uriStart < versionSpace && bytes[uriStart] == ' ') {
                uriStart++;
            }
            int uriEnd = versionSpace;
            while (uriEnd > uriStart && bytes[uriEnd - 1] == ' ') {
                uriEnd--;
            }
            if (versionSpace <= methodEnd || uriEnd <= uriStart) {
                throw new SipParseException(methodEnd - base, "Request-Line needs a method, a Request-URI and a version");
            }
            return new SipRequest(bytes, start, methodEnd, uriStart, uriEnd, versionSpace + 1, contentEnd, lineEnd,
                    headersStart, headers, headersEnd, bodyStart, end);
        }

        private int indexOf(char c, int from, int to) {
            for (int i = from; i < to; i++) {
                if (bytes[i] == c) {
                    return i;
                }
            }
            return -1;
        }
    }
}
