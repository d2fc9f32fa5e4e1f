package io.drachtio.samples.proxy;

/** The two proxy targets the tests configure, as templates and as the destinations of user {@code alice}. */
final class Sites {

    /** {@code proxy.targets} pointing at two simulated sites on the loopback address. */
    static final String TARGETS = "proxy.targets=sip:{user}@127.0.0.1:5171,sip:{user}@127.0.0.1:5172";

    /** The first site's destination for {@code alice}. */
    static final String ALICE_AT_SITE1 = "sip:alice@127.0.0.1:5171";

    /** The second site's destination for {@code alice}. */
    static final String ALICE_AT_SITE2 = "sip:alice@127.0.0.1:5172";

    /** A call for {@code alice}, addressed to the proxy (the test server's SIP address). */
    static final String CALL_FOR_ALICE = "sip:alice@127.0.0.1";

    /** A minimal audio answer. */
    static final String ANSWER_SDP = "v=0\r\no=- 2000 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\n"
            + "t=0 0\r\nm=audio 50000 RTP/AVP 0\r\n";

    private Sites() {
    }
}
