package io.drachtio.samples.proxy;

import io.drachtio.client.IncomingRequest;
import io.drachtio.client.ProxyOptions;
import io.drachtio.client.ProxyResult;
import io.drachtio.sip.uri.SipUri;
import io.drachtio.spring.annotation.CallId;
import io.drachtio.spring.annotation.Invite;
import io.drachtio.spring.annotation.RequestUri;
import io.drachtio.spring.annotation.SipController;
import io.drachtio.spring.error.SipException;
import reactor.core.publisher.Mono;

/**
 * Proxies every INVITE to the targets of its user. An INVITE without a user part in its Request-URI
 * ({@code sip:example.com}) names nobody to look up and is answered {@code 404 Not Found}; a Request-URI that
 * is not a SIP URI is answered {@code 416 Unsupported URI Scheme} by the starter.
 */
@SipController
public class ProxyController {

    private final CallRouting routing;
    private final ProxyOutcomeLog outcomes;

    /**
     * Creates the controller.
     *
     * @param routing  where calls go
     * @param outcomes where outcomes are logged
     */
    public ProxyController(CallRouting routing, ProxyOutcomeLog outcomes) {
        this.routing = routing;
        this.outcomes = outcomes;
    }

    /**
     * Proxies an INVITE to every target of the called user and logs the outcome once the proxy operation ends.
     *
     * @param request    the INVITE
     * @param requestUri its Request-URI
     * @param callId     its Call-ID
     * @return the outcome; drachtio-server has relayed the best final response to the caller by then
     * @throws SipException 404 when the Request-URI has no user part
     */
    @Invite
    public Mono<ProxyResult> proxy(IncomingRequest request, @RequestUri SipUri requestUri, @CallId String callId) {
        String user = RequestUriUser.of(requestUri).orElseThrow(() -> new SipException(404, "Not Found"));
        ProxyOptions options = routing.optionsFor(user);
        return request.proxy(options).doOnNext(result -> outcomes.log(callId, user, options, result));
    }
}
