package io.drachtio.wire;

/**
 * Who produced a SIP message that drachtio-server reports (the {@code source} field of a meta block
 * or a CDR).
 */
public enum Source {

    /** Received from the SIP network. */
    NETWORK("network"),

    /** Sent by the server on behalf of an application, or on its own. */
    APPLICATION("application");

    private final String wireName;

    Source(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the text of this source on the wire.
     *
     * @return {@code network} or {@code application}
     */
    public String wireName() {
        return wireName;
    }
}
