package io.drachtio.spring.observation;

import io.drachtio.sip.SipMethod;
import java.util.Set;

/**
 * Turns SIP values into low-cardinality tag values for meters and observations: methods outside the
 * standard set become {@value #OTHER}, statuses become classes ({@code 2xx}) or bounded codes, outbound
 * connection names ({@code <listener>#<n>}) become the listener's name. Allocation-free except where
 * noted.
 */
public final class SipTagValues {

    /** The tag value of a method outside the standard set. */
    public static final String OTHER = "OTHER";

    /** The tag value of a status outside 100–699, or of no status at all. */
    public static final String NONE = "NONE";

    private static final Set<String> STANDARD_METHODS = Set.of(SipMethod.INVITE, SipMethod.ACK, SipMethod.BYE,
            SipMethod.CANCEL, SipMethod.OPTIONS, SipMethod.REGISTER, SipMethod.INFO, SipMethod.PRACK, SipMethod.UPDATE,
            SipMethod.MESSAGE, SipMethod.SUBSCRIBE, SipMethod.NOTIFY, SipMethod.REFER, SipMethod.PUBLISH);

    private static final String[] STATUS_CLASSES = {NONE, "1xx", "2xx", "3xx", "4xx", "5xx", "6xx"};

    private static final String[] STATUSES = new String[700];

    static {
        for (int status = 100; status < STATUSES.length; status++) {
            STATUSES[status] = Integer.toString(status);
        }
    }

    private SipTagValues() {
    }

    /**
     * @param method a SIP method (case-sensitive, as on the wire), or {@code null}
     * @return the method when it is one of the standard methods (RFC 3261 and extensions), else {@value #OTHER}
     */
    public static String method(String method) {
        return method != null && STANDARD_METHODS.contains(method) ? method : OTHER;
    }

    /**
     * @param status a response status
     * @return {@code 1xx} … {@code 6xx}, or {@value #NONE} outside 100–699 (0 means no response)
     */
    public static String statusClass(int status) {
        return status >= 100 && status < 700 ? STATUS_CLASSES[status / 100] : NONE;
    }

    /**
     * @param status a response status
     * @return the status as text for 100–699, else {@value #NONE}
     */
    public static String status(int status) {
        return status >= 100 && status < 700 ? STATUSES[status] : NONE;
    }

    /**
     * @param name a connection name
     * @return the name, except for connections an outbound listener accepted ({@code <listener>#<n>}): the
     *         listener's name, so that their number does not grow the tag's values (allocates for those)
     */
    public static String connection(String name) {
        int hash = acceptedSuffix(name);
        return hash < 0 ? name : name.substring(0, hash);
    }

    /**
     * @param name a connection name
     * @return {@code true} for a connection an outbound listener accepted ({@code <listener>#<n>})
     */
    public static boolean isAcceptedConnection(String name) {
        return acceptedSuffix(name) >= 0;
    }

    /** @return the index of the {@code #} before a trailing number, or -1 */
    private static int acceptedSuffix(String name) {
        int hash = name.lastIndexOf('#');
        if (hash <= 0 || hash == name.length() - 1) {
            return -1;
        }
        for (int i = hash + 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        return hash;
    }
}
