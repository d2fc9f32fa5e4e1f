package io.drachtio.embedded.sip.proxy;

import io.drachtio.embedded.sip.transport.ReceivedMessage;
import io.drachtio.sip.SipResponse;

/**
 * What a proxy operation reports to the TU (drachtio's {@code continue} and {@code done} replies); called
 * on the scheduler thread.
 */
public interface ProxyListener {

    /**
     * A target answered with a final response (reported in arrival order, as long as the operation runs;
     * 487s of branches cancelled after a 2xx are not reported).
     *
     * @param operation the operation
     * @param target    the destination that answered
     * @param response  the response as received, with its origin
     */
    void onFinalResponse(ProxyOperation operation, String target, ReceivedMessage response);

    /**
     * The operation is over: a 2xx was forwarded, the best final response was forwarded after all
     * targets failed, or the caller cancelled and every branch finished. Called exactly once.
     *
     * @param operation the operation
     * @param forwarded the final response sent upstream (for a cancelled operation the 487), never null
     */
    void onDone(ProxyOperation operation, SipResponse forwarded);
}
