package io.drachtio.embedded.sip.support;

import io.drachtio.embedded.sip.SipCore;
import io.drachtio.embedded.sip.time.TimerSettings;
import io.drachtio.embedded.sip.time.VirtualScheduler;
import io.drachtio.embedded.sip.transport.LocalEndpoint;
import io.drachtio.embedded.sip.transport.ReceivedMessage;
import io.drachtio.sip.SipResponse;
import java.util.concurrent.CompletableFuture;

/** A complete {@link SipCore} on a virtual clock with a recording transport and the test TU. */
public final class CoreFixture {

    /** The virtual clock. */
    public final VirtualScheduler clock = new VirtualScheduler();
    /** What the stack sent. */
    public final RecordingSender sender = new RecordingSender();
    /** The transaction user. */
    public final TestTransactionUser tu = new TestTransactionUser();
    /** The stack, at 127.0.0.1:5060. */
    public final SipCore core = new SipCore(clock, sender, new LocalEndpoint("127.0.0.1", 5060, 5060),
            TimerSettings.DEFAULT, Runnable::run, tu);

    /** Delivers a message as the transport would. */
    public void receive(ReceivedMessage message) {
        core.inbound().onMessage(message);
    }

    /** Returns the value of a future that the virtual scheduler already completed. */
    public static <T> T done(CompletableFuture<T> future) {
        if (!future.isDone()) {
            throw new AssertionError("future not completed");
        }
        return future.join();
    }

    /** Responds with a status on the last request the TU received. */
    public SipResponse respondToLast(int status, String... headers) {
        return respond(tu.requests().get(tu.requests().size() - 1), status, headers);
    }

    /** Responds with a status (and name/value header pairs) on a transaction. */
    public SipResponse respond(io.drachtio.embedded.sip.transaction.ServerTransaction transaction, int status,
                               String... headers) {
        SipResponse response = SipResponse.forRequest(transaction.request(), status);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            response.headers().add(headers[i], headers[i + 1]);
        }
        return done(core.respond(transaction, response));
    }
}
