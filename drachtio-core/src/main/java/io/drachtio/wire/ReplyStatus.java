package io.drachtio.wire;

/**
 * Field 3 of a {@code response}: {@code OK}, {@code NO} (synchronous failure; the server closes the
 * connection afterwards) or {@code NOK} (asynchronous failure). Any other text is {@link #OTHER}
 * and, like {@code NO} and {@code NOK}, a failure.
 */
public enum ReplyStatus {

    /** Success. */
    OK,

    /** Synchronous failure, followed by the server closing the connection. */
    NO,

    /** Asynchronous failure of a {@code sip} or {@code proxy} command. */
    NOK,

    /** Any other status text; treated as a failure. {@link Reply#statusText()} keeps the text. */
    OTHER;

    /**
     * Maps the status field.
     *
     * @param text field 3 of a reply
     * @return the status, {@link #OTHER} for unknown text
     */
    public static ReplyStatus of(String text) {
        return switch (text) {
            case "OK" -> OK;
            case "NO" -> NO;
            case "NOK" -> NOK;
            default -> OTHER;
        };
    }
}
