package io.drachtio.testserver.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The server's dialog table: dialogs by dialog id and by Call-ID and tags (to route requests from
 * the network), record-routed proxied dialogs, and the INVITEs applications sent, by dialog id
 * (to refuse an ACK for their non-2xx final responses).
 */
public final class Dialogs {

    private final Map<String, Dialog> byId = new HashMap<>();
    private final Map<String, Dialog> byTags = new HashMap<>();
    private final Map<String, OutgoingTransaction> appInvites = new HashMap<>();
    private final List<ProxiedDialog> proxied = new ArrayList<>();

    /**
     * Adds (or replaces) a dialog.
     *
     * @param dialog the dialog
     */
    public void add(Dialog dialog) {
        Dialog previous = byId.put(dialog.id(), dialog);
        if (previous != null) {
            previous.cancelAckTimer();
            byTags.remove(key(previous.callId(), previous.localTag(), previous.remoteTag()));
        }
        byTags.put(key(dialog.callId(), dialog.localTag(), dialog.remoteTag()), dialog);
    }

    /**
     * Removes a dialog.
     *
     * @param dialog the dialog
     */
    public void remove(Dialog dialog) {
        if (byId.get(dialog.id()) == dialog) {
            byId.remove(dialog.id());
            byTags.remove(key(dialog.callId(), dialog.localTag(), dialog.remoteTag()));
        }
        dialog.cancelAckTimer();
    }

    /**
     * Looks a dialog up by id.
     *
     * @param id the dialog id
     * @return the dialog, or {@code null}
     */
    public Dialog byId(String id) {
        return byId.get(id);
    }

    /**
     * Looks up the dialog a request from the network belongs to.
     *
     * @param callId   its Call-ID
     * @param toTag    its To tag (the application side's tag)
     * @param fromTag  its From tag (the network side's tag)
     * @return the dialog, or {@code null}
     */
    public Dialog forNetworkRequest(String callId, String toTag, String fromTag) {
        return byTags.get(key(callId, toTag, fromTag));
    }

    /**
     * Tells whether a dialog is still in the table.
     *
     * @param dialog the dialog
     * @return {@code true} when present
     */
    public boolean contains(Dialog dialog) {
        return byId.get(dialog.id()) == dialog;
    }

    /**
     * Remembers an INVITE an application sent, under its dialog id.
     *
     * @param invite the INVITE's transaction
     */
    public void addAppInvite(OutgoingTransaction invite) {
        appInvites.put(invite.dialogId(), invite);
    }

    /**
     * Returns the latest INVITE an application sent with this dialog id.
     *
     * @param dialogId the dialog id
     * @return the INVITE's transaction, or {@code null}
     */
    public OutgoingTransaction appInvite(String dialogId) {
        return appInvites.get(dialogId);
    }

    /**
     * Adds a record-routed proxied dialog.
     *
     * @param dialog the dialog
     */
    public void addProxied(ProxiedDialog dialog) {
        proxied.add(dialog);
    }

    /**
     * Finds the proxied dialog a request from the network belongs to.
     *
     * @param callId  its Call-ID
     * @param fromTag its From tag
     * @param toTag   its To tag
     * @return the dialog, or {@code null}
     */
    public ProxiedDialog proxied(String callId, String fromTag, String toTag) {
        for (ProxiedDialog dialog : proxied) {
            if (dialog.matches(callId, fromTag, toTag)) {
                return dialog;
            }
        }
        return null;
    }

    /**
     * Tells whether a proxied dialog is still known (not ended by a BYE, not forgotten by a reset).
     *
     * @param dialog the dialog
     * @return {@code true} while it lasts
     */
    public boolean containsProxied(ProxiedDialog dialog) {
        return proxied.contains(dialog);
    }

    /**
     * Removes a proxied dialog.
     *
     * @param dialog the dialog
     */
    public void removeProxied(ProxiedDialog dialog) {
        proxied.remove(dialog);
    }

    /** Forgets every dialog (cancelling their ACK timers), the applications' INVITEs and the proxied dialogs. */
    public void clear() {
        for (Dialog dialog : byId.values()) {
            dialog.cancelAckTimer();
        }
        byId.clear();
        byTags.clear();
        appInvites.clear();
        proxied.clear();
    }

    private static String key(String callId, String localTag, String remoteTag) {
        return callId + '\n' + localTag + '\n' + remoteTag;
    }
}
