package io.drachtio.testserver;

import io.drachtio.testserver.await.Inbox;
import io.drachtio.testserver.engine.ControlConnection;
import io.drachtio.testserver.engine.IncomingTransaction;
import io.drachtio.testserver.engine.OutgoingTransaction;
import io.drachtio.testserver.engine.ServerEngine;
import io.drachtio.testserver.stack.FarEndMessages;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the public handles share: the emulated server, the event loop they reach it through and
 * the default await timeout.
 */
final class SimulatedNetwork {

    private final ServerEngine engine;
    private final Duration timeout;

    SimulatedNetwork(ServerEngine engine, Duration timeout) {
        this.engine = engine;
        this.timeout = timeout;
    }

    ServerEngine engine() {
        return engine;
    }

    Duration timeout() {
        return timeout;
    }

    FarEndMessages messages() {
        return engine.messages();
    }

    <T> T onLoop(Supplier<T> work) {
        return engine.context().loop().call(work);
    }

    void onLoop(Runnable work) {
        engine.context().loop().run(work);
    }

    NetworkTransaction send(byte[] raw, AppConnection target) {
        ControlConnection connection = target == null ? null : target.state();
        IncomingTransaction transaction = onLoop(() -> engine.ingress().receive(raw, connection));
        return new NetworkTransaction(this, transaction, raw);
    }

    AppRequest awaitRequest(String what, Predicate<OutgoingTransaction> condition) {
        Inbox<OutgoingTransaction> requests = engine.context().networkRequests();
        return new AppRequest(this, requests.take(what, condition, timeout));
    }

    AppConnection connection(ControlConnection connection) {
        return connection == null ? null : new AppConnection(connection, timeout);
    }
}
