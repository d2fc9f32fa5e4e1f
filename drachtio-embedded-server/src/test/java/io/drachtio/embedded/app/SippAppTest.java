package io.drachtio.embedded.app;

import io.drachtio.embedded.sipp.Sipp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * Base of the sipp tests through an application: a fresh {@link EmbeddedApp} per test (sipp logs under
 * {@code target/sipp-app/<test>}), skipped without sipp.
 */
abstract class SippAppTest {

    /** The embedded server and its application. */
    protected EmbeddedApp app;

    @BeforeAll
    static void requireSipp() {
        Sipp.assumeInstalled();
    }

    @BeforeEach
    void startApp(TestInfo test) throws Exception {
        app = new EmbeddedApp(EmbeddedApp.workDir(test.getTestMethod().orElseThrow().getName()
                + test.getDisplayName().replaceAll("[^a-z0-9=]", "")));
    }

    @AfterEach
    void stopApp() {
        app.close();
    }

}
