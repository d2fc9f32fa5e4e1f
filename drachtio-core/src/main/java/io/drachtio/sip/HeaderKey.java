package io.drachtio.sip;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A header name prepared for matching raw header lines: its canonical long name in lower-case
 * bytes and its compact letter. Matching is case-insensitive and treats compact and long forms
 * as the same header, without creating a String per header line.
 */
final class HeaderKey {

    private static final int CACHE_LIMIT = 256;
    private static final ConcurrentHashMap<String, HeaderKey> CACHE = new ConcurrentHashMap<>();

    static final HeaderKey VIA = of(HeaderNames.VIA);
    static final HeaderKey FROM = of(HeaderNames.FROM);
    static final HeaderKey TO = of(HeaderNames.TO);
    static final HeaderKey CALL_ID = of(HeaderNames.CALL_ID);
    static final HeaderKey CSEQ = of(HeaderNames.CSEQ);
    static final HeaderKey CONTACT = of(HeaderNames.CONTACT);
    static final HeaderKey CONTENT_LENGTH = of(HeaderNames.CONTENT_LENGTH);
    static final HeaderKey CONTENT_TYPE = of(HeaderNames.CONTENT_TYPE);
    static final HeaderKey MAX_FORWARDS = of(HeaderNames.MAX_FORWARDS);
    static final HeaderKey ROUTE = of(HeaderNames.ROUTE);
    static final HeaderKey RECORD_ROUTE = of(HeaderNames.RECORD_ROUTE);
    static final HeaderKey REFER_TO = of(HeaderNames.REFER_TO);
    static final HeaderKey P_ASSERTED_IDENTITY = of(HeaderNames.P_ASSERTED_IDENTITY);
    static final HeaderKey EXPIRES = of(HeaderNames.EXPIRES);
    static final HeaderKey RSEQ = of(HeaderNames.RSEQ);
    static final HeaderKey RACK = of(HeaderNames.RACK);
    static final HeaderKey WWW_AUTHENTICATE = of(HeaderNames.WWW_AUTHENTICATE);
    static final HeaderKey PROXY_AUTHENTICATE = of(HeaderNames.PROXY_AUTHENTICATE);
    static final HeaderKey AUTHORIZATION = of(HeaderNames.AUTHORIZATION);
    static final HeaderKey PROXY_AUTHORIZATION = of(HeaderNames.PROXY_AUTHORIZATION);
    static final HeaderKey DATE = of(HeaderNames.DATE);

    private final String name;
    private final byte[] lowerCase;
    private final int compact;
    private final boolean commaList;

    private HeaderKey(String name) {
        this.name = name;
        this.lowerCase = name.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        this.compact = HeaderNames.compactForm(name);
        this.commaList = HeaderNames.isCommaList(name);
    }

    /**
     * Returns the key for a header name in any case or compact form.
     */
    static HeaderKey of(String name) {
        HeaderKey key = CACHE.get(name);
        if (key == null) {
            key = new HeaderKey(HeaderNames.canonical(name));
            if (CACHE.size() < CACHE_LIMIT) {
                CACHE.putIfAbsent(name, key);
            }
        }
        return key;
    }

    /** The canonical spelling. */
    String name() {
        return name;
    }

    /** Whether values of this header are split at commas. */
    boolean commaList() {
        return commaList;
    }

    /** Tells whether the header name in {@code bytes[start, end)} denotes this header. */
    boolean matches(byte[] bytes, int start, int end) {
        int length = end - start;
        if (length == 1 && compact != 0) {
            return (bytes[start] | 0x20) == compact;
        }
        if (length != lowerCase.length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            int expected = lowerCase[i];
            int actual = bytes[start + i];
            if (actual != expected && (expected < 'a' || expected > 'z' || (actual | 0x20) != expected)) {
                return false;
            }
        }
        return true;
    }

    /** Tells whether a header name given as text denotes this header. */
    boolean matches(String other) {
        if (other.length() == 1 && compact != 0) {
            return (other.charAt(0) | 0x20) == compact;
        }
        return other.equalsIgnoreCase(name);
    }
}
