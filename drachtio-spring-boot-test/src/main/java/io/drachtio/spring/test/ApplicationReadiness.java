package io.drachtio.spring.test;

import io.drachtio.client.ConnectionState;
import io.drachtio.client.DrachtioClient;
import io.drachtio.client.DrachtioConnection;
import io.drachtio.spring.boot.autoconfigure.DrachtioLifecycle;
import io.drachtio.testserver.AppConnection;
import io.drachtio.testserver.DrachtioTestServer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Tells whether the application under test is connected to the test server and routed: every
 * connection of its drachtio client is {@link ConnectionState#READY}, and the server has an open,
 * authenticated connection registered for every verb the client routes.
 */
final class ApplicationReadiness {

    private static final long POLL_MILLIS = 5;

    private final DrachtioTestServer server;
    private final ObjectProvider<DrachtioClient> client;
    private final ObjectProvider<DrachtioLifecycle> lifecycle;

    ApplicationReadiness(DrachtioTestServer server, ObjectProvider<DrachtioClient> client,
            ObjectProvider<DrachtioLifecycle> lifecycle) {
        this.server = server;
        this.client = client;
        this.lifecycle = lifecycle;
    }

    /**
     * Tells whether the application connects at all: it has a drachtio client whose lifecycle runs
     * (not the case with {@code drachtio.enabled=false} or {@code drachtio.lifecycle.auto-startup=false}
     * before the test starts it).
     *
     * @return {@code true} when a connection is to be expected
     */
    boolean isExpected() {
        DrachtioLifecycle running = lifecycle.getIfAvailable();
        return client.getIfAvailable() != null && running != null && running.isRunning();
    }

    /**
     * Waits until the application is connected and routed.
     *
     * @throws AssertionError after the server's await timeout, saying what the client and the server see
     */
    void await() {
        DrachtioClient app = client.getIfAvailable();
        if (app == null) {
            throw new AssertionError("the application has no DrachtioClient bean (drachtio.enabled=false?), so it "
                    + "never connects to the drachtio test server");
        }
        long deadline = System.nanoTime() + server.awaitTimeout().toNanos();
        while (!isReady(app)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(timeoutMessage(app));
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the application to connect", e);
            }
        }
    }

    private boolean isReady(DrachtioClient app) {
        List<DrachtioConnection> connections = app.connections();
        if (connections.isEmpty()) {
            return false;
        }
        for (DrachtioConnection connection : connections) {
            if (connection.state() != ConnectionState.READY) {
                return false;
            }
        }
        Collection<String> routes = app.routes();
        for (AppConnection connection : server.connections()) {
            if (connection.isOpen() && connection.isAuthenticated() && connection.routes().containsAll(routes)) {
                return true;
            }
        }
        return false;
    }

    private String timeoutMessage(DrachtioClient app) {
        List<String> appSide = new ArrayList<>();
        for (DrachtioConnection connection : app.connections()) {
            appSide.add(connection.name() + " to " + connection.remoteAddress() + " " + connection.state()
                    + (connection.lastError() == null ? "" : " (last error: " + connection.lastError() + ")"));
        }
        List<String> serverSide = new ArrayList<>();
        for (AppConnection connection : server.connections()) {
            serverSide.add("#" + connection.number() + " from " + connection.remoteAddress()
                    + (connection.isOpen() ? " open" : " closed")
                    + (connection.isAuthenticated() ? ", authenticated" : ", not authenticated")
                    + ", routes " + connection.routes());
        }
        return "Timed out after " + server.awaitTimeout().toMillis() + " ms waiting for the application to connect to "
                + "the drachtio test server at " + server.adminHost() + ":" + server.adminPort() + " and route "
                + app.routes() + "; the application's connections: " + (appSide.isEmpty() ? "none" : appSide)
                + "; the server's connections: " + (serverSide.isEmpty() ? "none" : serverSide);
    }
}
