package io.drachtio.spring.test.demo;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The SIP application the kit's own tests run: a UAS ({@link CallController}), a UAC that
 * authenticates ({@link Dialer}), a proxy with serial failover, a filter, an advice and an event log.
 */
@SpringBootApplication
public class DemoSipApplication {

    /** A minimal audio answer. */
    public static final String ANSWER_SDP = "v=0\r\no=- 2000 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\n"
            + "t=0 0\r\nm=audio 50000 RTP/AVP 0\r\n";
}
