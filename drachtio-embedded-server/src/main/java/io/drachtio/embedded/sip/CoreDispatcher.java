package io.drachtio.embedded.sip;

import io.drachtio.embedded.sip.proxy.ProxyCore;
import io.drachtio.embedded.sip.proxy.StatelessRelay;
import io.drachtio.embedded.sip.transaction.InviteServerTransaction;
import io.drachtio.embedded.sip.transaction.ServerTransaction;
import io.drachtio.embedded.sip.transaction.TransactionLayer;
import io.drachtio.embedded.sip.transaction.UnmatchedMessageHandler;
import io.drachtio.embedded.sip.transport.ReceivedMessage;
import io.drachtio.embedded.sip.ua.UaCore;
import io.drachtio.sip.SipMethod;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides who handles what the transactions did not take: requests routed through the stack in a
 * record-routed dialog are relayed statelessly; a CANCEL of a proxied INVITE goes to the proxy core
 * (200, 487 upstream, branches cancelled); ACKs for 2xx, other CANCELs and new requests go to the UA
 * core. Unmatched responses are relayed when they carry a Via below the stack's, and 2xx to INVITE are
 * re-ACKed by the UAC core; others are dropped.
 */
final class CoreDispatcher implements UnmatchedMessageHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CoreDispatcher.class);

    private final TransactionLayer layer;
    private final UaCore ua;
    private final ProxyCore proxy;
    private final StatelessRelay relay;

    CoreDispatcher(TransactionLayer layer, UaCore ua, ProxyCore proxy, StatelessRelay relay) {
        this.layer = layer;
        this.ua = ua;
        this.proxy = proxy;
        this.relay = relay;
    }

    @Override
    public void onUnmatchedRequest(ReceivedMessage received) {
        SipRequest request = received.request();
        String method = request.method();
        boolean inDialog = request.to().tag() != null;
        if ((inDialog || SipMethod.ACK.equals(method)) && relay.routedThroughUs(request)) {
            relay.relayRequest(received);
        } else if (SipMethod.ACK.equals(method)) {
            ua.uas().onAck(received);
        } else if (SipMethod.CANCEL.equals(method)) {
            onCancel(received);
        } else {
            ua.uas().onRequest(received);
        }
    }

    private void onCancel(ReceivedMessage received) {
        InviteServerTransaction invite = layer.inviteFor(received.request());
        if (invite == null || !proxy.isProxying(invite)) {
            ua.uas().onCancel(received);
            return;
        }
        ServerTransaction cancel = layer.createServerTransaction(received);
        SipResponse ok = SipResponse.forRequest(received.request(), 200);
        cancel.sendResponse(ok);
        proxy.cancel(invite);
    }

    @Override
    public void onUnmatchedResponse(ReceivedMessage received) {
        if (relay.relayResponse(received)) {
            return;
        }
        SipResponse response = received.response();
        if (response.status() >= 200 && response.status() < 300 && SipMethod.INVITE.equals(response.cseq().method())) {
            ua.uac().onStraySuccess(received);
        } else {
            LOG.debug("Dropped response {} matching no transaction from {}", response.status(), received.source());
        }
    }
}
