package io.drachtio.testserver;

import io.drachtio.testserver.engine.Dialog;
import io.drachtio.testserver.engine.OutgoingTransaction;
import io.drachtio.testserver.stack.DialogParty;
import java.util.List;

/** The network party's side of a dialog with an application (no route set: the server is its peer). */
final class ApplicationPartyDialog implements PartyDialog {

    private final SimulatedNetwork network;
    private final Dialog dialog;

    ApplicationPartyDialog(SimulatedNetwork network, Dialog dialog) {
        this.network = network;
        this.dialog = dialog;
    }

    @Override
    public String id() {
        return dialog.id();
    }

    @Override
    public boolean isActive() {
        return network.onLoop(() -> network.engine().context().dialogs().contains(dialog));
    }

    @Override
    public DialogParty party() {
        return new DialogParty(dialog.farEnd(), dialog.remoteAddress(),
                dialog.localAddress() + ";tag=" + dialog.localTag(), dialog.callId(), dialog.localContact());
    }

    @Override
    public List<String> routeSet() {
        return List.of();
    }

    @Override
    public long cseqFor(String method) {
        return "ACK".equalsIgnoreCase(method) ? dialog.remoteInviteCseq()
                : dialog.nextRemoteCseq("INVITE".equalsIgnoreCase(method));
    }

    @Override
    public boolean carries(OutgoingTransaction sent) {
        return dialog.id().equals(sent.dialogId());
    }

    @Override
    public String toString() {
        return dialog.toString();
    }
}
