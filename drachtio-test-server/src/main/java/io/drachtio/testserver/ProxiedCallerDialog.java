package io.drachtio.testserver;

import io.drachtio.sip.SipRequest;
import io.drachtio.testserver.engine.OutgoingTransaction;
import io.drachtio.testserver.engine.ProxiedDialog;
import io.drachtio.testserver.stack.DialogParty;
import java.util.List;
import java.util.Objects;

/**
 * The caller's side of a record-routed proxied dialog: its requests go to the answering target's
 * Contact along the route set (through the server, which relays them), and it receives what the
 * server relays from the target.
 */
final class ProxiedCallerDialog implements PartyDialog {

    private final SimulatedNetwork network;
    private final ProxiedDialog dialog;

    ProxiedCallerDialog(SimulatedNetwork network, ProxiedDialog dialog) {
        this.network = network;
        this.dialog = dialog;
    }

    @Override
    public String id() {
        return dialog.callId() + ";from-tag=" + dialog.callerTag();
    }

    @Override
    public boolean isActive() {
        return network.onLoop(() -> network.engine().context().dialogs().containsProxied(dialog));
    }

    @Override
    public DialogParty party() {
        return new DialogParty(dialog.caller(), dialog.callerAddress(), dialog.calleeAddress(), dialog.callId(),
                dialog.calleeTarget());
    }

    @Override
    public List<String> routeSet() {
        return dialog.routeSet();
    }

    @Override
    public long cseqFor(String method) {
        return "ACK".equalsIgnoreCase(method) ? dialog.inviteCseq() : dialog.nextCallerCseq();
    }

    @Override
    public boolean carries(OutgoingTransaction sent) {
        SipRequest request = sent.request();
        return dialog.callId().equals(request.callId()) && request.to() != null && request.from() != null
                && Objects.equals(dialog.callerTag(), request.to().tag())
                && Objects.equals(dialog.calleeTag(), request.from().tag());
    }

    @Override
    public String toString() {
        return dialog.toString();
    }
}
