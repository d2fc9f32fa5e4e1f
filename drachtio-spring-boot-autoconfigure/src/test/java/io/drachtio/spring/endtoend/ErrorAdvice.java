package io.drachtio.spring.endtoend;

import io.drachtio.spring.annotation.SipControllerAdvice;
import io.drachtio.spring.annotation.SipExceptionHandler;
import io.drachtio.spring.endtoend.ErrorController.AdvisedProblem;
import io.drachtio.spring.endtoend.ErrorController.BrokenProblem;
import io.drachtio.spring.endtoend.ErrorController.LocalProblem;
import io.drachtio.spring.endtoend.ErrorController.SharedProblem;
import io.drachtio.spring.endtoend.ErrorController.SpecificProblem;
import io.drachtio.spring.reply.SipReply;
import org.springframework.core.annotation.Order;

/** The main advice: handles the problems the controllers leave to it; ordered after {@link PreferredErrorAdvice}. */
@SipControllerAdvice
@Order(2)
class ErrorAdvice {

    @SipExceptionHandler(AdvisedProblem.class)
    int advised() {
        return 488;
    }

    @SipExceptionHandler
    SipReply specific(SpecificProblem problem) {
        return SipReply.status(606, "Not Acceptable Here Either");
    }

    @SipExceptionHandler
    int shared(SharedProblem problem) {
        return 481;
    }

    @SipExceptionHandler
    int local(LocalProblem problem) {
        return 599;
    }

    @SipExceptionHandler
    int broken(BrokenProblem problem) {
        throw new IllegalStateException("the exception handler fails too");
    }
}
