package io.drachtio.embedded.sip.proxy;

/** A request cannot be proxied; the message says why in drachtio-server's words. */
public final class ProxyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message why the request was not proxied
     */
    public ProxyException(String message) {
        super(message);
    }
}
