package io.drachtio.samples.registrar;

import io.drachtio.client.IncomingRequest;
import io.drachtio.client.ProxyOptions;
import io.drachtio.client.ProxyResult;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.header.NameAddress;
import io.drachtio.sip.uri.SipUri;
import io.drachtio.sip.uri.Uri;
import io.drachtio.spring.annotation.Invite;
import io.drachtio.spring.annotation.Register;
import io.drachtio.spring.annotation.RequestUri;
import io.drachtio.spring.annotation.SipController;
import io.drachtio.spring.annotation.SipExceptionHandler;
import io.drachtio.spring.annotation.SipHeader;
import io.drachtio.spring.error.SipException;
import io.drachtio.spring.reply.SipReply;
import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * REGISTER: authenticate, apply, answer 200 with every live binding. INVITE: proxy to every live
 * contact of the called user at once, record-routing, so that the caller's ACK and BYE, which it sends
 * to the registrar, reach the contact that answered.
 */
@SipController
public class RegistrarController {

    private final DigestAuthentication authentication;
    private final Bindings bindings;
    private final RegistrarProperties properties;

    /**
     * @param authentication checks the credentials
     * @param bindings       the bindings
     * @param properties     the users and expiry settings
     */
    public RegistrarController(DigestAuthentication authentication, Bindings bindings,
            RegistrarProperties properties) {
        this.authentication = authentication;
        this.bindings = bindings;
        this.properties = properties;
    }

    /**
     * Handles a REGISTER (runs on the dispatcher executor: the database calls block).
     *
     * @param request the REGISTER
     * @param to      its To header: the address-of-record
     * @return 401/403 when not authenticated, else 200 listing the live bindings with their remaining expiry
     */
    @Register
    public SipReply register(SipRequest request, @SipHeader("To") NameAddress to) {
        if (authentication.authenticate(request) instanceof DigestAuthentication.Rejected rejected) {
            return rejected.reply();
        }
        String user = userOf(to.uri());
        if (!request.authorization().username().equals(user)) {
            return SipReply.status(403, "Forbidden");
        }
        Registration registration = Registration.of(request, properties);
        Instant now = bindings.now();
        List<Binding> live;
        if (registration.removeAll()) {
            bindings.removeAll(user);
            live = List.of();
        } else {
            live = bindings.apply(user, request.callId(), request.cseq().number(), registration.updates(), now);
        }
        SipReply reply = SipReply.ok();
        for (Binding binding : live) {
            reply = reply.header("Contact", binding.contactHeader(now));
        }
        return reply;
    }

    /**
     * Proxies an INVITE to every live contact of the called user, simultaneously, staying in the dialog
     * (Record-Route), so that in-dialog requests sent to the registrar reach the callee.
     *
     * @param request    the INVITE
     * @param requestUri its Request-URI (a non-SIP URI is answered 416)
     * @return the proxy outcome; 404 for a user not in {@code registrar.users}, 480 when none of its
     *         bindings is live
     */
    @Invite
    public Mono<ProxyResult> call(IncomingRequest request, @RequestUri SipUri requestUri) {
        String user = requestUri.user();
        if (!properties.isKnownUser(user)) {
            return Mono.error(new SipException(404, "Not Found"));
        }
        return Mono.fromCallable(() -> contactUris(user))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(contacts -> contacts.isEmpty()
                        ? Mono.error(new SipException(480, "Temporarily Unavailable"))
                        : request.proxy(ProxyOptions.to(contacts).simultaneous().remainInDialog()));
    }

    /**
     * Answers 423 with the Min-Expires the registrar accepts.
     *
     * @param tooBrief the refusal
     * @return the 423 reply
     */
    @SipExceptionHandler
    public SipReply intervalTooBrief(IntervalTooBriefException tooBrief) {
        return SipReply.status(423, "Interval Too Brief").header("Min-Expires", String.valueOf(tooBrief.minExpires()));
    }

    /** The newest live contacts, at most as many as one proxy operation takes. */
    private List<String> contactUris(String user) {
        return bindings.live(user).stream().limit(ProxyOptions.MAX_DESTINATIONS).map(Binding::contactUri).toList();
    }

    private static String userOf(Uri aor) {
        if (aor instanceof SipUri sip && sip.user() != null) {
            return sip.user();
        }
        throw new SipException(404, "Not Found");
    }
}
