package io.drachtio.embedded.sip.support;

import io.drachtio.embedded.sip.transaction.ClientTransaction;
import io.drachtio.embedded.sip.transaction.ClientTransactionListener;
import io.drachtio.embedded.sip.transport.ReceivedMessage;
import java.util.ArrayList;
import java.util.List;

/** Records what a client transaction reports. */
public final class RecordingClientListener implements ClientTransactionListener {

    /** Status codes of the responses reported, in order. */
    public final List<Integer> statuses = new ArrayList<>();
    /** The responses reported, in order. */
    public final List<ReceivedMessage> responses = new ArrayList<>();
    /** How often a timeout was reported. */
    public int timeouts;
    /** The transport errors reported. */
    public final List<Throwable> transportErrors = new ArrayList<>();

    @Override
    public void onResponse(ClientTransaction transaction, ReceivedMessage response) {
        statuses.add(response.response().status());
        responses.add(response);
    }

    @Override
    public void onTimeout(ClientTransaction transaction) {
        timeouts++;
    }

    @Override
    public void onTransportError(ClientTransaction transaction, Throwable cause) {
        transportErrors.add(cause);
    }
}
