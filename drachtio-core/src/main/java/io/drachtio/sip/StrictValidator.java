package io.drachtio.sip;

import io.drachtio.sip.header.CSeq;
import io.drachtio.sip.header.NameAddress;
import io.drachtio.sip.header.Via;
import io.drachtio.sip.internal.CharClasses;
import io.drachtio.sip.uri.SipUri;
import io.drachtio.sip.uri.Uri;
import java.util.List;
import java.util.function.Supplier;

/**
 * The checks {@link SipMessageParser#parseStrict(byte[])} adds to framing, as a SIP element
 * receiving from the network applies them (RFC 3261 §8.2, §16.3, §25; RFC 4475). Every rule is
 * listed in {@code docs/sip-parser-rfc4475.md}.
 */
final class StrictValidator {

    private static final String VERSION = "SIP/2.0";
    private static final long MAX_CSEQ = 0x7FFF_FFFFL;
    private static final int MAX_MAX_FORWARDS = 255;
    private static final String[] WEEKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private final SipMessage message;
    private final SipHeaders headers;

    private StrictValidator(SipMessage message) {
        this.message = message;
        this.headers = message.headers();
    }

    static void validate(SipMessage message) {
        new StrictValidator(message).run();
    }

    private void run() {
        if (message instanceof SipRequest request) {
            requestLine(request);
        } else {
            statusLine((SipResponse) message);
        }
        headerNames();
        for (HeaderKey key : new HeaderKey[] {HeaderKey.TO, HeaderKey.FROM, HeaderKey.CALL_ID, HeaderKey.CSEQ}) {
            exactlyOne(key);
        }
        atMostOne(HeaderKey.MAX_FORWARDS);
        atMostOne(HeaderKey.CONTENT_LENGTH);
        atMostOne(HeaderKey.CONTENT_TYPE);
        if (headers.indexOf(HeaderKey.VIA, 0) < 0) {
            throw new SipParseException(-1, "Via header is missing");
        }
        view(HeaderKey.FROM, message::from);
        view(HeaderKey.TO, message::to);
        callId();
        cseq();
        vias();
        Integer maxForwards = view(HeaderKey.MAX_FORWARDS, message::maxForwards);
        if (maxForwards != null && maxForwards > MAX_MAX_FORWARDS) {
            throw at(HeaderKey.MAX_FORWARDS, "Max-Forwards is larger than 255");
        }
        view(HeaderKey.CONTACT, message::contacts);
        view(HeaderKey.ROUTE, message::routes);
        view(HeaderKey.RECORD_ROUTE, message::recordRoutes);
        view(HeaderKey.CONTENT_TYPE, message::contentType);
        view(HeaderKey.EXPIRES, message::expires);
        date();
    }

    private void requestLine(SipRequest request) {
        int start = message.start;
        int lineEnd = message.startLineEnd;
        int spaces = 0;
        for (int i = start; i < lineEnd; i++) {
            byte b = message.source[i];
            if (b == ' ') {
                spaces++;
            } else if (b < ' ' || b == 0x7F) {
                throw new SipParseException(i - start, "control character in the Request-Line");
            }
        }
        if (spaces != 2) {
            throw new SipParseException(0, "the Request-Line must be method, Request-URI and version separated by"
                    + " single spaces");
        }
        if (!CharClasses.isToken(request.method())) {
            throw new SipParseException(0, "the method is not a token");
        }
        version(request.sipVersion(), lineEnd - start - request.sipVersion().length());
        int uriOffset = request.uriStart() - start;
        String uriText = request.requestUri();
        if (uriText.indexOf('<') >= 0 || uriText.indexOf('>') >= 0) {
            throw new SipParseException(uriOffset, "the Request-URI must not be enclosed in <>");
        }
        Uri uri;
        try {
            uri = request.uri();
        } catch (SipParseException e) {
            throw new SipParseException(uriOffset + Math.max(0, e.offset()), e.reason());
        }
        if (uri instanceof SipUri sipUri && !sipUri.headers().isEmpty()) {
            throw new SipParseException(uriOffset, "the Request-URI must not contain URI headers");
        }
    }

    private void statusLine(SipResponse response) {
        version(response.sipVersion(), 0);
        if (message.startLineEnd - message.start < VERSION.length() + 5) {
            throw new SipParseException(VERSION.length() + 4, "space expected after the status code");
        }
        String reason = response.reason();
        for (int i = 0; i < reason.length(); i++) {
            char c = reason.charAt(i);
            if (c < ' ' && c != '\t' || c == 0x7F) {
                throw new SipParseException(VERSION.length() + 5 + i, "control character in the reason phrase");
            }
        }
    }

    private static void version(String version, int offset) {
        if (!VERSION.equalsIgnoreCase(version)) {
            throw new SipParseException(offset, "unsupported SIP version '" + version + "' (only SIP/2.0)");
        }
    }

    private void headerNames() {
        for (int i = 0; i < headers.size(); i++) {
            if (!CharClasses.isToken(headers.name(i))) {
                throw new SipParseException(offset(i), "header name '" + headers.name(i) + "' is not a token");
            }
        }
    }

    private void exactlyOne(HeaderKey key) {
        if (headers.indexOf(key, 0) < 0) {
            throw new SipParseException(-1, key.name() + " header is missing");
        }
        atMostOne(key);
    }

    private void atMostOne(HeaderKey key) {
        int first = headers.indexOf(key, 0);
        int second = first < 0 ? -1 : headers.indexOf(key, first + 1);
        if (second >= 0) {
            throw new SipParseException(offset(second), key.name() + " header appears more than once");
        }
    }

    private void callId() {
        String callId = headers.first(HeaderKey.CALL_ID);
        int at = callId.indexOf('@');
        boolean valid = !callId.isEmpty() && at != 0 && at != callId.length() - 1;
        for (int i = 0; i < callId.length() && valid; i++) {
            char c = callId.charAt(i);
            valid = CharClasses.isWord(c) || c == '@' && i == at;
        }
        if (!valid) {
            throw at(HeaderKey.CALL_ID, "Call-ID must be word [\"@\" word]");
        }
    }

    private void cseq() {
        CSeq cseq = view(HeaderKey.CSEQ, message::cseq);
        if (cseq.number() > MAX_CSEQ) {
            throw at(HeaderKey.CSEQ, "CSeq number must be less than 2^31");
        }
        if (message instanceof SipRequest request && !cseq.method().equals(request.method())) {
            throw at(HeaderKey.CSEQ, "CSeq method " + cseq.method() + " does not match the request method "
                    + request.method());
        }
    }

    private void vias() {
        List<Via> vias = view(HeaderKey.VIA, message::vias);
        for (Via via : vias) {
            if (!VERSION.equalsIgnoreCase(via.protocol())) {
                throw at(HeaderKey.VIA, "unsupported Via protocol " + via.protocol());
            }
        }
    }

    private void date() {
        HeaderKey key = HeaderKey.DATE;
        String date = headers.first(key);
        if (date != null && !isRfc1123Date(date)) {
            throw at(key, "Date must be an RFC 1123 date in GMT, such as 'Sat, 13 Nov 2010 23:29:00 GMT'");
        }
    }

    /** {@code wkday "," SP 2DIGIT SP month SP 4DIGIT SP 2DIGIT ":" 2DIGIT ":" 2DIGIT SP "GMT"}. */
    static boolean isRfc1123Date(String date) {
        if (date.length() != 29 || !contains(WEEKDAYS, date.substring(0, 3))
                || !date.startsWith(", ", 3) || !contains(MONTHS, date.substring(8, 11))
                || !date.endsWith(" GMT")) {
            return false;
        }
        String pattern = "www, dd mmm yyyy dd:dd:dd GMT";
        for (int i = 0; i < pattern.length(); i++) {
            char p = pattern.charAt(i);
            char c = date.charAt(i);
            if ((p == 'd' || p == 'y') && !CharClasses.isDigit(c) || (p == ' ' || p == ':') && c != p) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(String[] names, String name) {
        for (String candidate : names) {
            if (candidate.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private <T> T view(HeaderKey key, Supplier<T> view) {
        try {
            return view.get();
        } catch (SipParseException e) {
            int index = headers.indexOf(key, 0);
            int offset = index >= 0 && headers.isOriginal(index)
                    ? headers.valueStart(index) - message.start + Math.max(0, e.offset()) : -1;
            throw new SipParseException(offset, e.reason());
        }
    }

    private SipParseException at(HeaderKey key, String reason) {
        return new SipParseException(offset(headers.indexOf(key, 0)), reason);
    }

    private int offset(int index) {
        return index >= 0 && headers.isOriginal(index) ? headers.lineStart(index) - message.start : -1;
    }
}
