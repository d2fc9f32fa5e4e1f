package io.drachtio.spring.endtoend;

import io.drachtio.sip.SipRequest;
import io.drachtio.spring.annotation.Info;
import io.drachtio.spring.annotation.SipController;
import io.drachtio.spring.annotation.SipExceptionHandler;
import io.drachtio.spring.error.SipException;
import io.drachtio.spring.reply.SipReply;
import reactor.core.publisher.Mono;

/**
 * Handlers that fail in every way the dispatcher turns into a response, addressed by Request-URI user
 * (INFO); this controller handles {@link LocalProblem} itself, the advice beans the rest.
 */
@SipController
class ErrorController {

    /** Handled by the controller's own exception handler (and, less preferred, by the advice). */
    static class LocalProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Handled by {@link ErrorAdvice}. */
    static class AdvisedProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** A subtype with an exception handler of its own in {@link ErrorAdvice}. */
    static class SpecificProblem extends AdvisedProblem {
        private static final long serialVersionUID = 1L;
    }

    /** Handled by both advice beans; the one with the lower order wins. */
    static class SharedProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Its exception handler fails in turn. */
    static class BrokenProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Info(requestUri = "sip:sipex@.*")
    void sipException() {
        throw new SipException(486, "Busy Here");
    }

    @Info(requestUri = "sip:boom@.*")
    void boom() {
        throw new IllegalStateException("internal detail that must not leak");
    }

    @Info(requestUri = "sip:local@.*")
    void local() {
        throw new LocalProblem();
    }

    @Info(requestUri = "sip:advised@.*")
    void advised() {
        throw new AdvisedProblem();
    }

    @Info(requestUri = "sip:specific@.*")
    void specific() {
        throw new SpecificProblem();
    }

    @Info(requestUri = "sip:shared@.*")
    void shared() {
        throw new SharedProblem();
    }

    @Info(requestUri = "sip:broken@.*")
    void broken() {
        throw new BrokenProblem();
    }

    @Info(requestUri = "sip:monoerror@.*")
    Mono<Integer> monoError() {
        return Mono.error(new AdvisedProblem());
    }

    @Info(requestUri = "sip:monosipex@.*")
    Mono<Integer> monoSipException() {
        return Mono.error(new SipException(603, "Decline"));
    }

    @SipExceptionHandler
    SipReply local(LocalProblem problem, SipRequest request) {
        return SipReply.status(480, "Handled In Controller").header("X-Method", request.method());
    }
}
