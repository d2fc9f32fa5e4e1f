package io.drachtio.spring.boot.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a start-up that failed for lack of a drachtio secret, naming the property to set. */
public class MissingDrachtioSecretFailureAnalyzer extends AbstractFailureAnalyzer<MissingDrachtioSecretException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingDrachtioSecretException cause) {
        return new FailureAnalysis("The drachtio client needs the shared secret of the drachtio-server admin port, but "
                + cause.property() + " is not set.",
                "Set " + cause.property() + " (for example through the DRACHTIO_SECRET environment variable), or set"
                        + " 'drachtio.enabled=false' to switch the drachtio auto-configuration off.",
                cause);
    }
}
