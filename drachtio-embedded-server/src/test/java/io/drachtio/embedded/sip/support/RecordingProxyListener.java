package io.drachtio.embedded.sip.support;

import io.drachtio.embedded.sip.proxy.ProxyListener;
import io.drachtio.embedded.sip.proxy.ProxyOperation;
import io.drachtio.embedded.sip.transport.ReceivedMessage;
import io.drachtio.sip.SipResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what proxy operations report; thread-safe. */
public final class RecordingProxyListener implements ProxyListener {

    /** {@code "<target> <status>"} for every final response reported, in order. */
    public final List<String> reported = new CopyOnWriteArrayList<>();
    /** The status forwarded upstream by every operation that ended, in order. */
    public final List<Integer> doneWith = new CopyOnWriteArrayList<>();
    /** Completes with the status of the first operation that ended. */
    public final CompletableFuture<Integer> done = new CompletableFuture<>();

    @Override
    public void onFinalResponse(ProxyOperation operation, String target, ReceivedMessage response) {
        reported.add(target + " " + response.response().status());
    }

    @Override
    public void onDone(ProxyOperation operation, SipResponse forwarded) {
        doneWith.add(forwarded.status());
        done.complete(forwarded.status());
    }
}
