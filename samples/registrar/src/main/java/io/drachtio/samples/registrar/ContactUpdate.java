package io.drachtio.samples.registrar;

/**
 * What one Contact of a REGISTER asks for.
 *
 * @param contactUri the contact URI
 * @param expires    the granted seconds; 0 removes the binding
 */
public record ContactUpdate(String contactUri, int expires) {

    /** @return {@code true} when the binding is to be removed */
    public boolean removes() {
        return expires == 0;
    }
}
