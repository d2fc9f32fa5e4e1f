package io.drachtio.sip;

/**
 * One header line of a message.
 *
 * @param name the header name as spelled on the wire (compact forms stay compact)
 * @param value the value, unfolded (each line break with its surrounding whitespace becomes one
 *              space) and trimmed
 */
public record SipHeader(String name, String value) {
}
