package io.drachtio.client;

import io.drachtio.sip.SipMessage;
import io.drachtio.wire.CdrKind;

/**
 * A call detail record the server pushed ({@code cdr:attempt}, {@code cdr:start}, {@code cdr:stop}).
 *
 * @param kind       attempt, start or stop
 * @param source     {@code network} or {@code application}: who produced the attached message
 * @param time       server time of day, {@code HH:MM:SS.uuuuuu} (UTC)
 * @param detail     the role for start records ({@code uac}, {@code uas}, {@code proxy-uac},
 *                   {@code proxy-uas}), the reason for stop records ({@code normal-release},
 *                   {@code call-rejected}, …), {@code null} for attempts
 * @param message    the SIP message that triggered the record
 * @param connection name of the connection it came through
 */
public record CdrRecord(CdrKind kind, String source, String time, String detail, SipMessage message,
        String connection) {
}
