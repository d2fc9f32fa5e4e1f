package io.drachtio.sip;

import io.drachtio.sip.body.MultipartBody;
import io.drachtio.sip.header.CSeq;
import io.drachtio.sip.header.ContentType;
import io.drachtio.sip.header.DigestChallenge;
import io.drachtio.sip.header.DigestCredentials;
import io.drachtio.sip.header.NameAddress;
import io.drachtio.sip.header.RAck;
import io.drachtio.sip.header.Via;
import io.drachtio.sip.internal.CommaSplitter;
import io.drachtio.sip.internal.ValueCursor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A SIP request or response: start line, ordered header lines and body.
 *
 * <p><b>Reading.</b> {@link #header(String)} and {@link #headerValues(String)} return text;
 * the typed views ({@link #vias()}, {@link #from()}, {@link #cseq()} …) parse on first use and
 * cache the result until the headers change. An absent header gives {@code null} (or an empty
 * list); a malformed one makes the view throw {@link SipParseException}.
 *
 * <p><b>Writing.</b> {@link #toBytes()} of an unchanged parsed message returns exactly the bytes
 * it was parsed from. After changes, untouched header lines keep their bytes and order, changed
 * or added lines are written {@code Name: value}; a changed start line
 * ({@link SipRequest#setRequestUri(String)}, {@link SipResponse#setStatus(int, String)}) is
 * written anew, keeping its original line break. Content-Length is never rewritten behind the
 * caller's back: {@link #setBody(byte[])} sets it to the new length (replacing the first
 * Content-Length line in place, or appending one when the message had none), and builders always
 * write it. Not thread-safe.
 */
public abstract sealed class SipMessage permits SipRequest, SipResponse {

    private static final Object ABSENT = new Object();
    private static final byte[] EMPTY = new byte[0];

    private static final int CSEQ = 0;
    private static final int FROM = 1;
    private static final int TO = 2;
    private static final int VIAS = 3;
    private static final int CONTACTS = 4;
    private static final int ROUTES = 5;
    private static final int RECORD_ROUTES = 6;
    private static final int REFER_TO = 7;
    private static final int ASSERTED_IDENTITIES = 8;
    private static final int CONTENT_TYPE = 9;
    private static final int MAX_FORWARDS = 10;
    private static final int EXPIRES = 11;
    private static final int RSEQ = 12;
    private static final int RACK = 13;
    private static final int WWW_AUTHENTICATE = 14;
    private static final int PROXY_AUTHENTICATE = 15;
    private static final int AUTHORIZATION = 16;
    private static final int PROXY_AUTHORIZATION = 17;
    private static final int MULTIPART = 18;
    private static final int VIEW_COUNT = 19;

    final byte[] source;
    final int start;
    final int startLineEnd;
    final int headersStart;
    final int headersEnd;
    final int bodyStart;
    private final int end;
    private final SipHeaders headers;
    private byte[] replacedStartLine;
    private byte[] replacedBody;
    private Object[] views;
    private int viewsVersion;
    private Via topVia;
    private int topViaVersion = -1;

    SipMessage(byte[] source, int start, int startLineEnd, int headersStart, SipHeaders headers,
               int headersEnd, int bodyStart, int end) {
        this.source = source;
        this.start = start;
        this.startLineEnd = startLineEnd;
        this.headersStart = headersStart;
        this.headers = headers;
        this.headersEnd = headersEnd;
        this.bodyStart = bodyStart;
        this.end = end;
    }

    /**
     * Returns the header lines, in order; changes to them change this message.
     *
     * @return the mutable header list
     */
    public SipHeaders headers() {
        return headers;
    }

    /**
     * Returns the value of the first line of a header.
     *
     * @param name the header name, any case, long or compact ({@code i} and {@code Call-ID} are the same)
     * @return the value, unfolded and trimmed, or {@code null} when absent
     */
    public String header(String name) {
        return headers.first(HeaderKey.of(name));
    }

    /**
     * Returns every value of a header: each line is one value, and lines of comma-list headers are
     * split at commas that are outside quotes and {@code <>} (empty items are dropped). Headers
     * that are not comma lists ({@link HeaderNames#isCommaList(String)}) are never split.
     *
     * @param name the header name, any case, long or compact
     * @return the values in order, empty when absent
     */
    public List<String> headerValues(String name) {
        HeaderKey key = HeaderKey.of(name);
        List<String> lines = headers.lineValues(key);
        if (!key.commaList()) {
            return lines;
        }
        List<String> values = new ArrayList<>(lines.size());
        for (String line : lines) {
            CommaSplitter.split(line, values);
        }
        return values;
    }

    /**
     * Tells whether the message has a header.
     *
     * @param name the header name, any case, long or compact
     * @return {@code true} if at least one line has that name
     */
    public boolean hasHeader(String name) {
        return headers.indexOf(HeaderKey.of(name), 0) >= 0;
    }

    /**
     * Returns the Call-ID.
     *
     * @return the Call-ID, or {@code null} when absent
     */
    public String callId() {
        return headers.first(HeaderKey.CALL_ID);
    }

    /**
     * Returns the parsed CSeq.
     *
     * @return the CSeq, or {@code null} when absent
     * @throws SipParseException if it is malformed
     */
    public CSeq cseq() {
        return (CSeq) view(CSEQ);
    }

    /**
     * Returns the parsed From.
     *
     * @return the From value, or {@code null} when absent
     * @throws SipParseException if it is malformed
     */
    public NameAddress from() {
        return (NameAddress) view(FROM);
    }

    /**
     * Returns the parsed To.
     *
     * @return the To value, or {@code null} when absent
     * @throws SipParseException if it is malformed
     */
    public NameAddress to() {
        return (NameAddress) view(TO);
    }

    /**
     * Returns every Via value, top first.
     *
     * @return the values, empty when absent
     * @throws SipParseException if one is malformed
     */
    @SuppressWarnings("unchecked")
    public List<Via> vias() {
        return (List<Via>) view(VIAS);
    }

    /**
     * Returns the top Via value (parsing only the first value of the first Via line).
     *
     * @return the top Via, or {@code null} when absent
     * @throws SipParseException if the first Via line is malformed
     */
    public Via topVia() {
        // cached apart from the other views: it is read for every message (transaction matching)
        if (topViaVersion != headers.version()) {
            topVia = single(HeaderKey.VIA, Via::parseFirst);
            topViaVersion = headers.version();
        }
        return topVia;
    }

    /**
     * Returns every Contact value; {@code Contact: *} gives one {@link NameAddress#isWildcard() wildcard}.
     *
     * @return the values, empty when absent
     * @throws SipParseException if one is malformed
     */
    @SuppressWarnings("unchecked")
    public List<NameAddress> contacts() {
        return (List<NameAddress>) view(CONTACTS);
    }

    /**
     * Returns every Route value, in order.
     *
     * @return the values, empty when absent
     * @throws SipParseException if one is malformed
     */
    @SuppressWarnings("unchecked")
    public List<NameAddress> routes() {
        return (List<NameAddress>) view(ROUTES);
    }

    /**
     * Returns every Record-Route value, in order.
     *
     * @return the values, empty when absent
     * @throws SipParseException if one is malformed
     */
    @SuppressWarnings("unchecked")
    public List<NameAddress> recordRoutes() {
        return (List<NameAddress>) view(RECORD_ROUTES);
    }

    /**
     * Returns the parsed Refer-To.
     *
     * @return the value, or {@code null} when absent
     * @throws SipParseException if it is malformed
     */
    public NameAddress referTo() {
        return (NameAddress) view(REFER_TO);
    }

    /**
     * Returns every P-Asserted-Identity value (RFC 3325).
     *
     * @return the values, empty when absent
     * @throws SipParseException if one is malformed
     */
    @SuppressWarnings("unchecked")
    public List<NameAddress> pAssertedIdentities() {
        return (List<NameAddress>) view(ASSERTED_IDENTITIES);
    }

    /**
     * Returns the parsed Content-Type.
     *
     * @return the value, or {@code null} when absent
     * @throws SipParseException if it is malformed
     */
    public ContentType contentType() {
        return (ContentType) view(CONTENT_TYPE);
    }

    /**
     * Returns Max-Forwards.
     *
     * @return the value, or {@code null} when absent
     * @throws SipParseException if it is not a number or exceeds {@link Integer#MAX_VALUE}
     */
    public Integer maxForwards() {
        return (Integer) view(MAX_FORWARDS);
    }

    /**
     * Returns Expires in seconds. Values from 2^31 to 2^32-1 are clamped to {@link Integer#MAX_VALUE}.
     *
     * @return the value, or {@code null} when absent
     * @throws SipParseException if it is not a number or exceeds 2^32-1
     */
    public Integer expires() {
        return (Integer) view(EXPIRES);
    }

    /**
     * Returns RSeq (RFC 3262).
     *
     * @return the value, or {@code null} when absent
     * @throws SipParseException if it is not a number or exceeds 2^32-1
     */
    public Long rseq() {
        return (Long) view(RSEQ);
    }

    /**
     * Returns the parsed RAck (RFC 3262).
     *
     * @return the value, or {@code null} when absent
     * @throws SipParseException if it is malformed
     */
    public RAck rack() {
        return (RAck) view(RACK);
    }

    /**
     * Returns every WWW-Authenticate challenge, one per line.
     *
     * @return the challenges, empty when absent
     * @throws SipParseException if one is malformed
     */
    @SuppressWarnings("unchecked")
    public List<DigestChallenge> wwwAuthenticate() {
        return (List<DigestChallenge>) view(WWW_AUTHENTICATE);
    }

    /**
     * Returns every Proxy-Authenticate challenge, one per line.
     *
     * @return the challenges, empty when absent
     * @throws SipParseException if one is malformed
     */
    @SuppressWarnings("unchecked")
    public List<DigestChallenge> proxyAuthenticate() {
        return (List<DigestChallenge>) view(PROXY_AUTHENTICATE);
    }

    /**
     * Returns the first Authorization header's credentials.
     *
     * @return the credentials, or {@code null} when absent
     * @throws SipParseException if they are malformed
     */
    public DigestCredentials authorization() {
        return (DigestCredentials) view(AUTHORIZATION);
    }

    /**
     * Returns the first Proxy-Authorization header's credentials.
     *
     * @return the credentials, or {@code null} when absent
     * @throws SipParseException if they are malformed
     */
    public DigestCredentials proxyAuthorization() {
        return (DigestCredentials) view(PROXY_AUTHORIZATION);
    }

    /**
     * Returns the body split into parts, when the Content-Type is {@code multipart/*}.
     *
     * @return the parts, or {@code null} when the body is not multipart
     * @throws SipParseException if the Content-Type or the multipart structure is malformed
     */
    public MultipartBody multipartBody() {
        return (MultipartBody) view(MULTIPART);
    }

    private Object view(int slot) {
        if (views == null || viewsVersion != headers.version()) {
            views = new Object[VIEW_COUNT];
            viewsVersion = headers.version();
        }
        Object value = views[slot];
        if (value == null) {
            value = computeView(slot);
            views[slot] = value == null ? ABSENT : value;
            return value;
        }
        return value == ABSENT ? null : value;
    }

    private Object computeView(int slot) {
        return switch (slot) {
            case CSEQ -> single(HeaderKey.CSEQ, CSeq::parse);
            case FROM -> single(HeaderKey.FROM, NameAddress::parse);
            case TO -> single(HeaderKey.TO, NameAddress::parse);
            case VIAS -> list(HeaderKey.VIA, Via::parseList);
            case CONTACTS -> list(HeaderKey.CONTACT, NameAddress::parseList);
            case ROUTES -> list(HeaderKey.ROUTE, NameAddress::parseList);
            case RECORD_ROUTES -> list(HeaderKey.RECORD_ROUTE, NameAddress::parseList);
            case REFER_TO -> single(HeaderKey.REFER_TO, NameAddress::parse);
            case ASSERTED_IDENTITIES -> list(HeaderKey.P_ASSERTED_IDENTITY, NameAddress::parseList);
            case CONTENT_TYPE -> single(HeaderKey.CONTENT_TYPE, ContentType::parse);
            case MAX_FORWARDS -> single(HeaderKey.MAX_FORWARDS,
                    (bytes, offset, length) -> (int) number(HeaderNames.MAX_FORWARDS, bytes, offset, length,
                            Integer.MAX_VALUE));
            case EXPIRES -> single(HeaderKey.EXPIRES, (bytes, offset, length) -> (int) Math.min(Integer.MAX_VALUE,
                    number(HeaderNames.EXPIRES, bytes, offset, length, CSeq.MAX_NUMBER)));
            case RSEQ -> single(HeaderKey.RSEQ,
                    (bytes, offset, length) -> number(HeaderNames.RSEQ, bytes, offset, length, CSeq.MAX_NUMBER));
            case RACK -> single(HeaderKey.RACK, RAck::parse);
            case WWW_AUTHENTICATE -> list(HeaderKey.WWW_AUTHENTICATE,
                    (bytes, offset, length) -> List.of(DigestChallenge.parse(bytes, offset, length)));
            case PROXY_AUTHENTICATE -> list(HeaderKey.PROXY_AUTHENTICATE,
                    (bytes, offset, length) -> List.of(DigestChallenge.parse(bytes, offset, length)));
            case AUTHORIZATION -> single(HeaderKey.AUTHORIZATION, DigestCredentials::parse);
            case PROXY_AUTHORIZATION -> single(HeaderKey.PROXY_AUTHORIZATION, DigestCredentials::parse);
            case MULTIPART -> multipart();
            default -> throw new IllegalStateException("unknown view " + slot);
        };
    }

    private <T> T single(HeaderKey key, ValueParser<T> parser) {
        int index = headers.indexOf(key, 0);
        return index < 0 ? null : parseHeader(key.name(), index, parser);
    }

    private <T> List<T> list(HeaderKey key, ValueParser<List<T>> parser) {
        int index = headers.indexOf(key, 0);
        if (index < 0) {
            return List.of();
        }
        List<T> all = new ArrayList<>(4);
        for (; index >= 0; index = headers.indexOf(key, index + 1)) {
            all.addAll(parseHeader(key.name(), index, parser));
        }
        return Collections.unmodifiableList(all);
    }

    private <T> T parseHeader(String name, int index, ValueParser<T> parser) {
        try {
            return headers.parseValue(index, parser);
        } catch (SipParseException e) {
            String reason = e.reason().startsWith(name + ": ") ? e.reason().substring(name.length() + 2) : e.reason();
            throw SipParseException.inValue(name, e.offset(), reason);
        }
    }

    private static long number(String name, byte[] bytes, int offset, int length, long max) {
        ValueCursor cursor = new ValueCursor(name, bytes, offset, length);
        long number = cursor.number(name, max);
        cursor.expectEnd();
        return number;
    }

    private MultipartBody multipart() {
        ContentType type = contentType();
        if (type == null || !type.isMultipart()) {
            return null;
        }
        return MultipartBody.parse(type, body());
    }

    /**
     * Returns a copy of the body.
     *
     * @return the body bytes, an empty array when there is no body
     */
    public byte[] body() {
        if (replacedBody != null) {
            return replacedBody.clone();
        }
        return bodyStart == end ? EMPTY : Arrays.copyOfRange(source, bodyStart, end);
    }

    /**
     * Returns the body length in bytes.
     *
     * @return the length, 0 when there is no body
     */
    public int bodyLength() {
        return replacedBody != null ? replacedBody.length : end - bodyStart;
    }

    /**
     * Returns the body decoded as UTF-8.
     *
     * @return the body text, empty when there is no body
     */
    public String bodyAsString() {
        return replacedBody != null ? new String(replacedBody, StandardCharsets.UTF_8)
                : new String(source, bodyStart, end - bodyStart, StandardCharsets.UTF_8);
    }

    /**
     * Replaces the body and sets Content-Length to its length (the first Content-Length line is
     * replaced in place; one is appended if there was none). Content-Type is left as it is.
     *
     * @param body the new body (copied); {@code null} means empty
     */
    public void setBody(byte[] body) {
        replacedBody = body == null ? EMPTY : body.clone();
        headers.set(HeaderNames.CONTENT_LENGTH, Integer.toString(replacedBody.length));
    }

    /**
     * Replaces the body with UTF-8 text; see {@link #setBody(byte[])}.
     *
     * @param body the new body; {@code null} means empty
     */
    public void setBody(String body) {
        setBody(body == null ? EMPTY : body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Tells whether this is a request.
     *
     * @return {@code true} for a {@link SipRequest}
     */
    public abstract boolean isRequest();

    /**
     * Tells whether this is a response.
     *
     * @return {@code true} for a {@link SipResponse}
     */
    public boolean isResponse() {
        return !isRequest();
    }

    /**
     * Returns the SIP version of the start line.
     *
     * @return normally {@code SIP/2.0}
     */
    public abstract String sipVersion();

    /**
     * Serialises the message. An unchanged parsed message gives exactly its original bytes.
     *
     * @return the bytes, a new array
     */
    public byte[] toBytes() {
        if (replacedStartLine == null && replacedBody == null && headers.version() == 0) {
            return Arrays.copyOfRange(source, start, end);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(end - start + 64);
        if (replacedStartLine != null) {
            out.writeBytes(replacedStartLine);
            out.write(source, startLineEnd, headersStart - startLineEnd);
        } else {
            out.write(source, start, headersStart - start);
        }
        headers.writeTo(out);
        out.write(source, headersEnd, bodyStart - headersEnd);
        if (replacedBody != null) {
            out.writeBytes(replacedBody);
        } else {
            out.write(source, bodyStart, end - bodyStart);
        }
        return out.toByteArray();
    }

    /** Replaces the start line (its text without the line break) for {@link #toBytes()}. */
    final void replaceStartLine(String line) {
        replacedStartLine = line.getBytes(StandardCharsets.UTF_8);
    }

    /** Decodes {@code source[from, to)} as UTF-8. */
    final String text(int from, int to) {
        return new String(source, from, to - from, StandardCharsets.UTF_8);
    }

    /**
     * Returns the message text ({@link #toBytes()} decoded as UTF-8).
     *
     * @return the text
     */
    @Override
    public String toString() {
        return new String(toBytes(), StandardCharsets.UTF_8);
    }
}
