package io.drachtio.embedded.sip.ua;

import io.drachtio.embedded.sip.dialog.Dialog;
import io.drachtio.embedded.sip.dialog.DialogState;
import io.drachtio.embedded.sip.dialog.DialogTable;
import io.drachtio.embedded.sip.dialog.DialogTerminationReason;

/** Ends dialogs the same way for the UAS and UAC sides: out of the table, RSeq state dropped, TU told. */
final class DialogLifecycle {

    private final DialogTable dialogs;
    private final ReliableProvisionals reliable;
    private final TransactionUser tu;

    DialogLifecycle(DialogTable dialogs, ReliableProvisionals reliable, TransactionUser tu) {
        this.dialogs = dialogs;
        this.reliable = reliable;
        this.tu = tu;
    }

    /** Terminates a dialog once; later calls for the same dialog do nothing. */
    void terminate(Dialog dialog, DialogTerminationReason reason) {
        if (dialog == null || dialog.state() == DialogState.TERMINATED) {
            return;
        }
        dialog.terminate();
        dialogs.remove(dialog);
        reliable.forget(dialog);
        tu.onDialogTerminated(dialog, reason);
    }
}
