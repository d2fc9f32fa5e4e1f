package io.drachtio.client.internal;

import io.drachtio.client.ReceivedResponse;
import io.drachtio.sip.SipResponse;
import io.drachtio.wire.SipEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes the responses the server reports ({@code sip} messages carrying a response) to the client
 * transaction whose request got that transaction id in its R1 reply. Confined to the session's event
 * loop.
 */
final class UacRouter {

    private static final Logger LOG = LoggerFactory.getLogger(UacRouter.class);

    private final Session session;
    private final Map<String, DefaultClientTransaction> byTransactionId = new HashMap<>();

    UacRouter(Session session) {
        this.session = session;
    }

    /**
     * @param transactionId the id the server gave the request
     * @param transaction   the transaction that receives its responses
     */
    void register(String transactionId, DefaultClientTransaction transaction) {
        byTransactionId.put(transactionId, transaction);
    }

    void onResponse(SipEvent event, SipResponse response) {
        String transactionId = event.transactionId();
        DefaultClientTransaction transaction = byTransactionId.get(transactionId);
        if (transaction == null) {
            LOG.debug("{} response for unknown client transaction {} on {} dropped", response.status(), transactionId,
                    session.name());
            return;
        }
        if (response.status() >= 200) {
            byTransactionId.remove(transactionId);
        }
        transaction.onResponse(new ReceivedResponse(transactionId, WireValues.emptyToNull(event.dialogId()),
                response, event.meta()));
    }

    /** Fails the response streams of every transaction still waiting (the connection closed). */
    void connectionLost() {
        List<DefaultClientTransaction> waiting = new ArrayList<>(byTransactionId.values());
        byTransactionId.clear();
        for (DefaultClientTransaction transaction : waiting) {
            transaction.onConnectionLost(session.lost("waiting for the responses to " + transaction.method()));
        }
    }
}
