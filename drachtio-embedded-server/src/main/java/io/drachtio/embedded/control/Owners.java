package io.drachtio.embedded.control;

import io.drachtio.testserver.engine.ControlConnection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which application connection owns what: requests delivered and not yet answered, dialogs, and the
 * INVITEs the applications sent that may still be cancelled. Entries leave when the request is answered
 * finally, the dialog ends, the INVITE is answered finally. Used on the event loop only.
 */
final class Owners {

    /** How many rejected dialog ids are remembered to refuse an ACK for them with drachtio's text. */
    private static final int REJECTED_MEMORY = 256;

    private final Map<String, Delivery> deliveries = new HashMap<>();
    private final Map<String, ControlConnection> dialogs = new HashMap<>();
    private final Map<String, ResponseRelay> appInvites = new HashMap<>();
    private final Set<String> rejectedInvites = new HashSet<>();

    void delivered(String transactionId, Delivery delivery) {
        deliveries.put(transactionId, delivery);
    }

    Delivery delivery(String transactionId) {
        return deliveries.get(transactionId);
    }

    Delivery release(String transactionId) {
        return deliveries.remove(transactionId);
    }

    void ownDialog(String dialogId, ControlConnection connection) {
        dialogs.put(dialogId, connection);
    }

    ControlConnection dialogOwner(String dialogId) {
        return dialogs.get(dialogId);
    }

    void forgetDialog(String dialogId) {
        dialogs.remove(dialogId);
    }

    void appInvite(String transactionId, ResponseRelay relay) {
        appInvites.put(transactionId, relay);
    }

    ResponseRelay appInvite(String transactionId) {
        return appInvites.get(transactionId);
    }

    void appInviteEnded(String transactionId, String dialogId, boolean rejected) {
        appInvites.remove(transactionId);
        if (rejected && dialogId != null) {
            if (rejectedInvites.size() >= REJECTED_MEMORY) {
                rejectedInvites.clear();
            }
            rejectedInvites.add(dialogId);
        }
    }

    boolean wasRejected(String dialogId) {
        return rejectedInvites.contains(dialogId);
    }
}
