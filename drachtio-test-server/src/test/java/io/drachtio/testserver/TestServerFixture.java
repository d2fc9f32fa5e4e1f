package io.drachtio.testserver;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of behaviour tests: a test server with default settings per test and, when the subclass
 * names routes, an authenticated application connection registered for them.
 */
abstract class TestServerFixture {

    protected DrachtioTestServer server;
    protected TestApp app;

    /**
     * Returns the routes the application registers.
     *
     * @return the verbs (empty for an application that only authenticates), or {@code null} for
     *     no application connection
     */
    protected String[] routes() {
        return null;
    }

    @BeforeEach
    void startServerAndApplication() {
        server = DrachtioTestServer.start();
        String[] routes = routes();
        app = routes == null ? null : TestApp.connect(server, routes);
    }

    @AfterEach
    void stopServerAndApplication() {
        if (app != null) {
            app.close();
        }
        server.close();
    }
}
