package io.drachtio.spring.boot.autoconfigure;

/** Start-up failed because no shared secret is configured for a drachtio server. */
public class MissingDrachtioSecretException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String property;

    /** @param property the property that must be set, e.g. {@code drachtio.secret}, or several separated by {@code or} */
    public MissingDrachtioSecretException(String property) {
        super("No drachtio secret configured: set " + property + " to the shared secret of the drachtio-server"
                + " admin port");
        this.property = property;
    }

    /** @return the property that must be set */
    public String property() {
        return property;
    }
}
