package io.drachtio.testserver;

import io.drachtio.wire.SipEvent;

/**
 * A test server with an application routed for {@code invite}, two proxy destinations on
 * documentation addresses, and a way to have the application proxy a call from the network.
 */
abstract class ProxyFixture extends TestServerFixture {

    /** The first destination. */
    static final String TARGET_1 = "sip:192.0.2.71:5060";
    /** The second destination. */
    static final String TARGET_2 = "sip:192.0.2.72:5060";

    @Override
    protected String[] routes() {
        return new String[] {"invite"};
    }

    /**
     * Sends an INVITE from the network and has the application proxy it with {@code fullResponse}.
     *
     * @param recordRoute  {@code remainInDialog}, or empty
     * @param forking      {@code serial} or {@code simultaneous}
     * @param destinations the destinations
     * @return the caller's transaction
     */
    NetworkTransaction proxiedCall(String recordRoute, String forking, String... destinations) {
        NetworkTransaction call = server.request("INVITE", "sip:1000@127.0.0.1:5060").sdp().send();
        SipEvent delivered = app.nextSipEvent();
        app.send(TestApp.newId() + "|proxy|" + delivered.transactionId() + "|" + recordRoute + "|fullResponse||"
                + forking + "|||" + String.join("|", destinations));
        return call;
    }
}
