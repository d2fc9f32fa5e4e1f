package io.drachtio.testserver;

/** What the emulated server did with a request that arrived from the network. */
public enum RequestHandling {

    /** Handed to an application connection. */
    DELIVERED,

    /** Answered by the server itself (503 without a route, 481 without a dialog, 200 to CANCEL …). */
    ANSWERED_BY_SERVER,

    /**
     * Consumed by the SIP stack without telling anyone (the ACK of a non-2xx response), or — the ACK
     * of a proxied 2xx without record-routing — not on the server's path at all: it goes straight to
     * the answering target ({@code ProxyOperation.acksTo(destination)}).
     */
    ABSORBED,

    /** Relayed to the other side of a record-routed proxied dialog. */
    RELAYED,

    /** Ignored, as the real server drops it (e.g. an ACK matching nothing, an out-of-dialog REFER). */
    DROPPED
}
