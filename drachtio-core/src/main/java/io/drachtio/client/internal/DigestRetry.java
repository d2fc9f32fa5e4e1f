package io.drachtio.client.internal;

import io.drachtio.client.Credentials;
import io.drachtio.client.OutgoingRequest;
import io.drachtio.client.ReceivedResponse;
import io.drachtio.client.SentRequest;
import io.drachtio.sip.HeaderNames;
import io.drachtio.sip.SipParseException;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.auth.DigestAuthenticator;
import io.drachtio.sip.header.CSeq;
import io.drachtio.sip.header.DigestChallenge;
import io.drachtio.wire.MessageMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Prepares the one retry of a request challenged with 401/407 (reference §6.2.4), as drachtio-srf
 * does: a new request with the same Call-ID and From (with tag) as sent, CSeq plus one, the
 * {@code Authorization} / {@code Proxy-Authorization} answer, and — unless the application chose a
 * route — the route-URL field pointing at the challenger's address. Inside a dialog the server keeps
 * Call-ID, tags and CSeq itself, so only the answer is added.
 */
final class DigestRetry {

    private static final Set<String> REPLACED = Set.of(HeaderNames.CSEQ, HeaderNames.CALL_ID, HeaderNames.FROM,
            HeaderNames.AUTHORIZATION, HeaderNames.PROXY_AUTHORIZATION, HeaderNames.CONTENT_LENGTH);

    /**
     * What to send for the retry.
     *
     * @param sip      the SIP part
     * @param dialogId the dialog, or {@code null}
     * @param routeUrl the route-URL field, or {@code null}
     */
    record Attempt(byte[] sip, String dialogId, String routeUrl) {
    }

    private DigestRetry() {
    }

    /**
     * @param original  the request as the application gave it
     * @param sent      the server's echo of the challenged attempt
     * @param challenge the 401 or 407
     * @return the retry, or {@code null} when no challenge in the response can be answered
     */
    static Attempt prepare(OutgoingRequest original, SentRequest sent, ReceivedResponse challenge) {
        boolean proxyChallenge = challenge.status() == 407;
        DigestChallenge chosen;
        try {
            chosen = DigestAuthenticator.select(proxyChallenge ? challenge.message().proxyAuthenticate()
                    : challenge.message().wwwAuthenticate());
        } catch (SipParseException e) {
            return null;
        }
        if (chosen == null) {
            return null;
        }
        SipRequest echo = sent.message();
        Credentials credentials = original.credentials();
        String answer = DigestAuthenticator.authorize(chosen, credentials.username(), credentials.password(),
                original.method(), echo.requestUri(), original.body());

        List<OutgoingRequest.Header> headers = new ArrayList<>(original.headers().size() + 4);
        if (original.dialogId() == null) {
            CSeq cseq = echo.cseq();
            headers.add(new OutgoingRequest.Header(HeaderNames.CSEQ, (cseq.number() + 1) + " " + cseq.method()));
            headers.add(new OutgoingRequest.Header(HeaderNames.CALL_ID, echo.callId()));
            headers.add(new OutgoingRequest.Header(HeaderNames.FROM, echo.header(HeaderNames.FROM)));
        }
        headers.add(new OutgoingRequest.Header(
                proxyChallenge ? HeaderNames.PROXY_AUTHORIZATION : HeaderNames.AUTHORIZATION, answer));
        for (OutgoingRequest.Header header : original.headers()) {
            if (!REPLACED.contains(HeaderNames.canonical(header.name()))) {
                headers.add(header);
            }
        }
        byte[] sip = SipRequestWriter.write(original.method(), original.requestUri(), headers, original.body());
        String routeUrl = original.dialogId() != null ? null
                : original.routeUrl() != null ? original.routeUrl() : addressOf(challenge.meta());
        return new Attempt(sip, original.dialogId(), routeUrl);
    }

    /** @return {@code sip:<address>:<port>} of whoever sent the response, with its transport when not UDP */
    static String addressOf(MessageMeta meta) {
        String host = meta.address().indexOf(':') >= 0 ? "[" + meta.address() + "]" : meta.address();
        String protocol = meta.protocol() == null ? "" : meta.protocol().toLowerCase(Locale.ROOT);
        String transport = protocol.equals("tcp") || protocol.equals("tls") ? ";transport=" + protocol : "";
        return "sip:" + host + ":" + meta.port() + transport;
    }
}
