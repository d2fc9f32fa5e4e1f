package io.drachtio.sip;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Standard spellings of SIP header names, their compact forms (RFC 3261 §7.3.3 and extensions),
 * and which headers are comma-separated lists.
 */
public final class HeaderNames {

    /** Accept. */
    public static final String ACCEPT = "Accept";
    /** Accept-Contact (compact {@code a}). */
    public static final String ACCEPT_CONTACT = "Accept-Contact";
    /** Allow. */
    public static final String ALLOW = "Allow";
    /** Allow-Events (compact {@code u}). */
    public static final String ALLOW_EVENTS = "Allow-Events";
    /** Authentication-Info. */
    public static final String AUTHENTICATION_INFO = "Authentication-Info";
    /** Authorization. */
    public static final String AUTHORIZATION = "Authorization";
    /** Call-ID (compact {@code i}). */
    public static final String CALL_ID = "Call-ID";
    /** Contact (compact {@code m}). */
    public static final String CONTACT = "Contact";
    /** Content-Disposition. */
    public static final String CONTENT_DISPOSITION = "Content-Disposition";
    /** Content-Encoding (compact {@code e}). */
    public static final String CONTENT_ENCODING = "Content-Encoding";
    /** Content-Length (compact {@code l}). */
    public static final String CONTENT_LENGTH = "Content-Length";
    /** Content-Type (compact {@code c}). */
    public static final String CONTENT_TYPE = "Content-Type";
    /** CSeq. */
    public static final String CSEQ = "CSeq";
    /** Date. */
    public static final String DATE = "Date";
    /** Event (compact {@code o}). */
    public static final String EVENT = "Event";
    /** Expires. */
    public static final String EXPIRES = "Expires";
    /** From (compact {@code f}). */
    public static final String FROM = "From";
    /** Identity (compact {@code y}). */
    public static final String IDENTITY = "Identity";
    /** Max-Forwards. */
    public static final String MAX_FORWARDS = "Max-Forwards";
    /** Min-Expires. */
    public static final String MIN_EXPIRES = "Min-Expires";
    /** P-Asserted-Identity (RFC 3325). */
    public static final String P_ASSERTED_IDENTITY = "P-Asserted-Identity";
    /** Proxy-Authenticate. */
    public static final String PROXY_AUTHENTICATE = "Proxy-Authenticate";
    /** Proxy-Authorization. */
    public static final String PROXY_AUTHORIZATION = "Proxy-Authorization";
    /** Proxy-Require. */
    public static final String PROXY_REQUIRE = "Proxy-Require";
    /** RAck (RFC 3262). */
    public static final String RACK = "RAck";
    /** Reason (RFC 3326). */
    public static final String REASON = "Reason";
    /** Record-Route. */
    public static final String RECORD_ROUTE = "Record-Route";
    /** Refer-To (compact {@code r}). */
    public static final String REFER_TO = "Refer-To";
    /** Referred-By (compact {@code b}). */
    public static final String REFERRED_BY = "Referred-By";
    /** Reject-Contact (compact {@code j}). */
    public static final String REJECT_CONTACT = "Reject-Contact";
    /** Request-Disposition (compact {@code d}). */
    public static final String REQUEST_DISPOSITION = "Request-Disposition";
    /** Require. */
    public static final String REQUIRE = "Require";
    /** Retry-After. */
    public static final String RETRY_AFTER = "Retry-After";
    /** Route. */
    public static final String ROUTE = "Route";
    /** RSeq (RFC 3262). */
    public static final String RSEQ = "RSeq";
    /** Server. */
    public static final String SERVER = "Server";
    /** Session-Expires (compact {@code x}). */
    public static final String SESSION_EXPIRES = "Session-Expires";
    /** Subject (compact {@code s}). */
    public static final String SUBJECT = "Subject";
    /** Subscription-State. */
    public static final String SUBSCRIPTION_STATE = "Subscription-State";
    /** Supported (compact {@code k}). */
    public static final String SUPPORTED = "Supported";
    /** To (compact {@code t}). */
    public static final String TO = "To";
    /** Unsupported. */
    public static final String UNSUPPORTED = "Unsupported";
    /** User-Agent. */
    public static final String USER_AGENT = "User-Agent";
    /** Via (compact {@code v}). */
    public static final String VIA = "Via";
    /** Warning. */
    public static final String WARNING = "Warning";
    /** WWW-Authenticate. */
    public static final String WWW_AUTHENTICATE = "WWW-Authenticate";

    private static final Map<Character, String> COMPACT = Map.ofEntries(
            Map.entry('a', ACCEPT_CONTACT), Map.entry('b', REFERRED_BY), Map.entry('c', CONTENT_TYPE),
            Map.entry('d', REQUEST_DISPOSITION), Map.entry('e', CONTENT_ENCODING), Map.entry('f', FROM),
            Map.entry('i', CALL_ID), Map.entry('j', REJECT_CONTACT), Map.entry('k', SUPPORTED),
            Map.entry('l', CONTENT_LENGTH), Map.entry('m', CONTACT), Map.entry('o', EVENT),
            Map.entry('r', REFER_TO), Map.entry('s', SUBJECT), Map.entry('t', TO), Map.entry('u', ALLOW_EVENTS),
            Map.entry('v', VIA), Map.entry('x', SESSION_EXPIRES), Map.entry('y', IDENTITY));

    /**
     * Headers whose grammar is not a comma-separated list, or whose values contain commas that are
     * not separators (dates, auth parameters, product comments); {@link SipMessage#headerValues}
     * never splits them.
     */
    private static final Set<String> NOT_LISTS = Set.of(
            AUTHENTICATION_INFO, AUTHORIZATION, CALL_ID, CONTENT_DISPOSITION, CONTENT_LENGTH, CONTENT_TYPE, CSEQ,
            DATE, EVENT, EXPIRES, FROM, IDENTITY, MAX_FORWARDS, MIN_EXPIRES, PROXY_AUTHENTICATE, PROXY_AUTHORIZATION,
            RACK, REFER_TO, REFERRED_BY, RETRY_AFTER, RSEQ, SERVER, SESSION_EXPIRES, SUBJECT, SUBSCRIPTION_STATE, TO,
            USER_AGENT, WWW_AUTHENTICATE, "Identity-Info", "Min-SE", "MIME-Version", "Organization", "Priority",
            "Replaces", "Reply-To", "Timestamp", "Content-Transfer-Encoding", "In-Reply-To");

    private static final Map<String, String> BY_LOWER_CASE = new HashMap<>();

    static {
        for (String name : new String[] {ACCEPT, ACCEPT_CONTACT, ALLOW, ALLOW_EVENTS, AUTHENTICATION_INFO,
                AUTHORIZATION, CALL_ID, CONTACT, CONTENT_DISPOSITION, CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE,
                CSEQ, DATE, EVENT, EXPIRES, FROM, IDENTITY, MAX_FORWARDS, MIN_EXPIRES, P_ASSERTED_IDENTITY,
                PROXY_AUTHENTICATE, PROXY_AUTHORIZATION, PROXY_REQUIRE, RACK, REASON, RECORD_ROUTE, REFER_TO,
                REFERRED_BY, REJECT_CONTACT, REQUEST_DISPOSITION, REQUIRE, RETRY_AFTER, ROUTE, RSEQ, SERVER,
                SESSION_EXPIRES, SUBJECT, SUBSCRIPTION_STATE, SUPPORTED, TO, UNSUPPORTED, USER_AGENT, VIA, WARNING,
                WWW_AUTHENTICATE}) {
            BY_LOWER_CASE.put(name.toLowerCase(Locale.ROOT), name);
        }
        for (String name : NOT_LISTS) {
            BY_LOWER_CASE.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
    }

    private HeaderNames() {
    }

    /**
     * Returns the standard spelling of a header name: compact forms become long names
     * ({@code v} → {@code Via}), known names get their standard case ({@code call-id} →
     * {@code Call-ID}); unknown names are returned as given.
     *
     * @param name a header name in any case
     * @return the canonical name
     */
    public static String canonical(String name) {
        if (name.length() == 1) {
            String full = COMPACT.get(Character.toLowerCase(name.charAt(0)));
            return full != null ? full : name;
        }
        String known = BY_LOWER_CASE.get(name.toLowerCase(Locale.ROOT));
        return known != null ? known : name;
    }

    /**
     * Returns the long name a compact form stands for.
     *
     * @param compact a one-letter compact form, in any case
     * @return the long name, or {@code null} if the letter is not a compact form
     */
    public static String expandCompact(char compact) {
        return COMPACT.get(Character.toLowerCase(compact));
    }

    /**
     * Returns the compact form of a header.
     *
     * @param name a header name in any case (long or compact)
     * @return the compact letter in lower case, or {@code 0} if the header has none
     */
    public static char compactForm(String name) {
        String canonical = canonical(name);
        for (Map.Entry<Character, String> entry : COMPACT.entrySet()) {
            if (entry.getValue().equals(canonical)) {
                return entry.getKey();
            }
        }
        return 0;
    }

    /**
     * Tells whether two header names denote the same header: equal ignoring case, or one is the
     * compact form of the other.
     *
     * @param a a header name
     * @param b another header name
     * @return {@code true} if they name the same header
     */
    public static boolean sameHeader(String a, String b) {
        return a.equalsIgnoreCase(b) || canonical(a).equalsIgnoreCase(canonical(b));
    }

    /**
     * Tells whether the values of a header may be split at commas. {@code false} for the headers
     * whose grammar is not a comma list or whose values hold commas that are not separators:
     * Authentication-Info, Authorization, Call-ID, Content-Disposition, Content-Length,
     * Content-Transfer-Encoding, Content-Type, CSeq, Date, Event, Expires, From, Identity,
     * Identity-Info, In-Reply-To, Max-Forwards, MIME-Version, Min-Expires, Min-SE, Organization,
     * Priority, Proxy-Authenticate, Proxy-Authorization, RAck, Refer-To, Referred-By, Replaces,
     * Reply-To, Retry-After, RSeq, Server, Session-Expires, Subject, Subscription-State, Timestamp,
     * To, User-Agent and WWW-Authenticate. {@code true} for every other header, unknown ones included.
     *
     * @param name a header name in any case (long or compact)
     * @return whether comma-separated values are split
     */
    public static boolean isCommaList(String name) {
        return !NOT_LISTS.contains(canonical(name));
    }
}
