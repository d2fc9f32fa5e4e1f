package io.drachtio.samples.uac;

import io.drachtio.spring.annotation.Bye;
import io.drachtio.spring.annotation.CallId;
import io.drachtio.spring.annotation.SipController;

/** BYEs from the far end of a call we placed: the call ends (answered 200 OK by default). */
@SipController
public class FarEndHangups {

    private final Dialer dialer;

    /** @param dialer knows the calls */
    public FarEndHangups(Dialer dialer) {
        this.dialer = dialer;
    }

    /**
     * Ends the call the BYE belongs to.
     *
     * @param callId the BYE's Call-ID
     */
    @Bye
    public void hungUp(@CallId String callId) {
        dialer.farEndHungUp(callId);
    }
}
