package io.drachtio.spring.test;

import io.drachtio.testserver.DrachtioTestServer;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.convert.DurationStyle;

/**
 * How the test server of one application context is set up, read from
 * {@link AutoConfigureDrachtioTestServer}; equal settings share a cached context.
 *
 * @param secret       the shared secret
 * @param awaitTimeout the time limit of every await
 */
record TestServerSettings(String secret, Duration awaitTimeout) {

    TestServerSettings {
        Objects.requireNonNull(secret, "secret");
        if (awaitTimeout.isNegative() || awaitTimeout.isZero()) {
            throw new IllegalArgumentException("@AutoConfigureDrachtioTestServer(awaitTimeout) must be positive, was "
                    + awaitTimeout);
        }
    }

    /**
     * Reads the annotation.
     *
     * @param annotation the annotation on the test class
     * @return the settings
     * @throws IllegalArgumentException when the await timeout is not a duration
     */
    static TestServerSettings of(AutoConfigureDrachtioTestServer annotation) {
        Duration timeout;
        try {
            timeout = DurationStyle.detectAndParse(annotation.awaitTimeout());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("@AutoConfigureDrachtioTestServer(awaitTimeout = \""
                    + annotation.awaitTimeout() + "\") is not a duration (e.g. 5s, 500ms)", e);
        }
        return new TestServerSettings(annotation.secret(), timeout);
    }

    /**
     * Starts a server with these settings on a free loopback port.
     *
     * @return the running server
     */
    DrachtioTestServer start() {
        return DrachtioTestServer.builder().secret(secret).awaitTimeout(awaitTimeout).start();
    }

    @Override
    public String toString() {
        return "TestServerSettings[awaitTimeout=" + awaitTimeout + "]";
    }
}
