package io.drachtio.samples.uac;

/** A {@code POST /calls} with a missing or malformed field; answered 400 with the reason. */
public class InvalidCallRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param reason what is wrong, naming the field */
    public InvalidCallRequestException(String reason) {
        super(reason);
    }
}
