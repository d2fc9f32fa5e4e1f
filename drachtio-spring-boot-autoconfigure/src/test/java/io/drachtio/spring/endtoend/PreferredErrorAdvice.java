package io.drachtio.spring.endtoend;

import io.drachtio.spring.annotation.SipControllerAdvice;
import io.drachtio.spring.annotation.SipExceptionHandler;
import io.drachtio.spring.endtoend.ErrorController.SharedProblem;
import org.springframework.core.annotation.Order;

/**
 * An advice registered after {@link ErrorAdvice} but ordered before it: it handles the problem both
 * advice beans handle.
 */
@SipControllerAdvice
@Order(1)
class PreferredErrorAdvice {

    @SipExceptionHandler
    int shared(SharedProblem problem) {
        return 482;
    }
}
