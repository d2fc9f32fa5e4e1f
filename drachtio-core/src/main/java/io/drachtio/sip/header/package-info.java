/**
 * Parsed, immutable views of SIP header values: {@link io.drachtio.sip.header.NameAddress},
 * {@link io.drachtio.sip.header.Via}, {@link io.drachtio.sip.header.CSeq},
 * {@link io.drachtio.sip.header.RAck}, {@link io.drachtio.sip.header.ContentType},
 * {@link io.drachtio.sip.header.DigestChallenge} and {@link io.drachtio.sip.header.DigestCredentials}
 * (both {@link io.drachtio.sip.header.DigestParameters}).
 * Each has a static {@code parse(String)} that throws {@link io.drachtio.sip.SipParseException}
 * with a position inside the value. Parameter names are compared case-insensitively.
 */
package io.drachtio.sip.header;
