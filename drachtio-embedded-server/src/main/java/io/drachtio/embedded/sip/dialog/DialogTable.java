package io.drachtio.embedded.sip.dialog;

import java.util.Collection;
import java.util.Collections;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/** The live dialogs by id. Changed on the scheduler thread only; safe to read from any thread. */
public final class DialogTable {

    private final Map<String, Dialog> dialogs = new ConcurrentHashMap<>();

    /**
     * Adds a dialog unless one with the same id exists (forked 2xx responses map to the first dialog, as
     * in drachtio-server).
     *
     * @param dialog the new dialog
     * @return the dialog now stored under its id (the existing one, if any)
     */
    public Dialog add(Dialog dialog) {
        Dialog existing = dialogs.putIfAbsent(dialog.id(), dialog);
        return existing != null ? existing : dialog;
    }

    /**
     * Finds a dialog by id.
     *
     * @param id the dialog id
     * @return the dialog, or null
     */
    public Dialog get(String id) {
        return dialogs.get(id);
    }

    /**
     * Finds the dialog a request received from the network belongs to (RFC 3261 §12.2.2): same Call-ID,
     * its To-tag our local tag, its From-tag the remote tag.
     *
     * @param callId  the request's Call-ID
     * @param fromTag the request's From-tag
     * @param toTag   the request's To-tag
     * @return the dialog, or null when none matches
     */
    public Dialog findForRequest(String callId, String fromTag, String toTag) {
        if (toTag == null) {
            return null;
        }
        Dialog asUas = dialogs.get(DialogIds.of(callId, fromTag));
        if (asUas != null && asUas.matches(toTag, fromTag)) {
            return asUas;
        }
        Dialog asUac = dialogs.get(DialogIds.of(callId, toTag));
        return asUac != null && asUac.matches(toTag, fromTag) ? asUac : null;
    }

    /**
     * Removes a dialog.
     *
     * @param dialog the dialog
     */
    public void remove(Dialog dialog) {
        dialogs.remove(dialog.id(), dialog);
    }

    /**
     * Returns the live dialogs.
     *
     * @return an unmodifiable view
     */
    public Collection<Dialog> all() {
        return Collections.unmodifiableCollection(dialogs.values());
    }
}
