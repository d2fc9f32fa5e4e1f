/**
 * URIs found in SIP messages: {@link io.drachtio.sip.uri.SipUri} (sip/sips),
 * {@link io.drachtio.sip.uri.TelUri} (tel) and {@link io.drachtio.sip.uri.AbsoluteUri} (any other
 * scheme), parsed with {@link io.drachtio.sip.uri.Uris#parse(String)}.
 */
package io.drachtio.sip.uri;
