package io.drachtio.spring.test.demo;

import io.drachtio.spring.annotation.SipControllerAdvice;
import io.drachtio.spring.annotation.SipExceptionHandler;
import io.drachtio.spring.reply.SipReply;

/** Turns exceptions of every controller into SIP answers. */
@SipControllerAdvice
public class CallAdvice {

    @SipExceptionHandler
    SipReply busy(BusyException busy) {
        return SipReply.status(486, "Busy Here").header("Retry-After", "30");
    }
}
