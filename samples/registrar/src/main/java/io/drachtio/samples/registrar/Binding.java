package io.drachtio.samples.registrar;

import java.time.Duration;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One registered contact of a user: where calls to the user go until {@code expiresAt}.
 *
 * @param id         the database id ({@code null} before the first save)
 * @param username   the user (the user part of the address-of-record)
 * @param contactUri the contact URI, as the user agent registered it
 * @param callId     the Call-ID of the REGISTER that last refreshed it
 * @param cseq       that REGISTER's CSeq number
 * @param expiresAt  when the binding ends
 */
@Table("registrar_binding")
public record Binding(@Id Long id, String username, String contactUri, String callId, long cseq, Instant expiresAt) {

    /**
     * Creates a binding not saved yet.
     *
     * @param username   the user
     * @param contactUri the contact URI
     * @param callId     the REGISTER's Call-ID
     * @param cseq       the REGISTER's CSeq number
     * @param expiresAt  when it ends
     * @return the new binding
     */
    public static Binding create(String username, String contactUri, String callId, long cseq, Instant expiresAt) {
        return new Binding(null, username, contactUri, callId, cseq, expiresAt);
    }

    /**
     * @param newCallId    the refreshing REGISTER's Call-ID
     * @param newCseq      its CSeq number
     * @param newExpiresAt the new end
     * @return this binding refreshed
     */
    public Binding refreshed(String newCallId, long newCseq, Instant newExpiresAt) {
        return new Binding(id, username, contactUri, newCallId, newCseq, newExpiresAt);
    }

    /**
     * @param now the current time
     * @return whole seconds left until it expires (0 when expired)
     */
    public long remainingSeconds(Instant now) {
        return Math.max(0, Duration.between(now, expiresAt).toSeconds());
    }

    /**
     * @param now the current time
     * @return the Contact header value listing this binding in a 200 to REGISTER: {@code <uri>;expires=N}
     */
    public String contactHeader(Instant now) {
        return "<" + contactUri + ">;expires=" + remainingSeconds(now);
    }
}
