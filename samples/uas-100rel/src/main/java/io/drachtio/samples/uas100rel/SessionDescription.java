package io.drachtio.samples.uas100rel;

import io.drachtio.sip.SipResponse;

/**
 * The session description this UAS sends in its 183 and its 200. A real application gets it from its media
 * server, answering the caller's offer; the sample always answers with one audio stream.
 */
public final class SessionDescription {

    /** The content type of a session description. */
    public static final String CONTENT_TYPE = "application/sdp";

    /** The answer: one PCMU audio stream on the loopback address. */
    public static final String ANSWER = "v=0\r\n"
            + "o=- 2000 1 IN IP4 127.0.0.1\r\n"
            + "s=drachtio-sample-uas-100rel\r\n"
            + "c=IN IP4 127.0.0.1\r\n"
            + "t=0 0\r\n"
            + "m=audio 50000 RTP/AVP 0\r\n"
            + "a=rtpmap:0 PCMU/8000\r\n";

    private SessionDescription() {
    }

    /**
     * Puts the answer into a response.
     *
     * @param response the response about to be sent
     */
    public static void addAnswerTo(SipResponse response) {
        response.headers().add("Content-Type", CONTENT_TYPE);
        response.setBody(ANSWER);
    }
}
