package io.drachtio.testserver.engine;

import io.drachtio.testserver.stack.SipEndpoint;
import io.drachtio.wire.MessageIds;
import io.drachtio.wire.MessageMeta;
import io.drachtio.wire.Source;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Makes what every server-to-client frame needs: a fresh message id and the meta block with the
 * time of day of the server's clock (the test clock of the test server, the system clock of
 * the embedded server).
 */
public final class Frames {

    private final Clock clock;

    /**
     * Creates the helper.
     *
     * @param clock the clock whose time goes into the meta blocks
     */
    public Frames(Clock clock) {
        this.clock = clock;
    }

    /**
     * Returns a fresh message id for field 0.
     *
     * @return a UUID-like id
     */
    public String nextId() {
        return MessageIds.next();
    }

    /**
     * Returns the time of day now, in UTC.
     *
     * @return the time of the clock
     */
    public LocalTime now() {
        return LocalTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /**
     * Builds a meta block stamped now.
     *
     * @param source where the SIP message came from
     * @param bytes  the size to report
     * @param where  protocol, address and port to report
     * @return the meta block
     */
    public MessageMeta meta(Source source, int bytes, SipEndpoint where) {
        return MessageMeta.of(source, bytes, where.protocol(), where.host(), where.port(), now());
    }

    /**
     * Builds a meta block with an empty protocol field (R2 of non-INVITE responses, delivered
     * ACKs, §4.4).
     *
     * @param source where the SIP message came from
     * @param bytes  the size to report
     * @param where  address and port to report
     * @return the meta block
     */
    public MessageMeta metaWithoutProtocol(Source source, int bytes, SipEndpoint where) {
        return meta(source, bytes, where).withoutProtocol();
    }
}
