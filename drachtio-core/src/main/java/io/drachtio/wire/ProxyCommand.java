package io.drachtio.wire;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * {@code <id>|proxy|<transactionId>|<rr>|<full>|<redir>|<fork>|<provTimeout>|<finalTimeout>|<dest>{|<dest>}}
 * + optional CR LF + start line and headers (protocol reference §5.6): proxy a new request the
 * server delivered and the client has not answered. Flags are written as their keyword when set and
 * as empty fields otherwise, e.g. {@code |remainInDialog|fullResponse||serial|||sip:a|sip:b}. The
 * SIP part, when non-empty, supplies only extra headers (its start line is ignored by the server).
 *
 * @param id message id
 * @param transactionId transaction id of the request to proxy
 * @param remainInDialog add Record-Route ({@code remainInDialog})
 * @param fullResponse report every final response ({@code fullResponse}); drachtio-srf always sets it
 * @param followRedirects follow 3xx Contacts ({@code followRedirects})
 * @param forkMode serial, simultaneous or an empty field
 * @param provisionalTimeout e.g. {@code 2s} or {@code 1500ms}, or {@code null} for an empty field
 * @param finalTimeout accepted but ignored by current servers, or {@code null}
 * @param destinations 1 to 10 SIP URIs
 * @param sip start line and headers to add, or an empty array; not copied, do not modify
 */
public record ProxyCommand(String id, String transactionId, boolean remainInDialog, boolean fullResponse,
        boolean followRedirects, ForkMode forkMode, String provisionalTimeout, String finalTimeout,
        List<String> destinations, byte[] sip) implements ClientCommand {

    /** The command name on the wire. */
    public static final String NAME = "proxy";
    /** Field 3 text when {@link #remainInDialog()} is set. */
    public static final String REMAIN_IN_DIALOG = "remainInDialog";
    /** Field 4 text when {@link #fullResponse()} is set. */
    public static final String FULL_RESPONSE = "fullResponse";
    /** Field 5 text when {@link #followRedirects()} is set. */
    public static final String FOLLOW_REDIRECTS = "followRedirects";

    /**
     * Creates the command; the destinations are copied, the SIP bytes are not.
     *
     * @param id see {@link #id()}
     * @param transactionId see {@link #transactionId()}
     * @param remainInDialog see {@link #remainInDialog()}
     * @param fullResponse see {@link #fullResponse()}
     * @param followRedirects see {@link #followRedirects()}
     * @param forkMode see {@link #forkMode()}
     * @param provisionalTimeout see {@link #provisionalTimeout()}
     * @param finalTimeout see {@link #finalTimeout()}
     * @param destinations see {@link #destinations()}
     * @param sip see {@link #sip()}
     * @throws NullPointerException when id, transaction id, fork mode, destinations or sip is {@code null}
     */
    public ProxyCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(forkMode, "forkMode");
        Objects.requireNonNull(sip, "sip");
        destinations = List.copyOf(destinations);
    }

    /**
     * Creates a proxy command with the fork mode given as a flag, as drachtio-srf does:
     * {@code simultaneous} when set, {@code serial} otherwise.
     *
     * @param id message id
     * @param transactionId transaction id of the request to proxy
     * @param remainInDialog add Record-Route
     * @param fullResponse report every final response
     * @param followRedirects follow 3xx Contacts
     * @param simultaneous fork to all destinations at once
     * @param provisionalTimeout provisional timeout or {@code null}
     * @param finalTimeout final timeout or {@code null}
     * @param destinations 1 to 10 SIP URIs
     * @param sip start line and headers to add, or an empty array
     */
    public ProxyCommand(String id, String transactionId, boolean remainInDialog, boolean fullResponse,
            boolean followRedirects, boolean simultaneous, String provisionalTimeout, String finalTimeout,
            List<String> destinations, byte[] sip) {
        this(id, transactionId, remainInDialog, fullResponse, followRedirects,
                simultaneous ? ForkMode.SIMULTANEOUS : ForkMode.SERIAL, provisionalTimeout, finalTimeout,
                destinations, sip);
    }

    /**
     * Tells whether the destinations are tried at once.
     *
     * @return {@code true} for {@link ForkMode#SIMULTANEOUS}
     */
    public boolean simultaneous() {
        return forkMode == ForkMode.SIMULTANEOUS;
    }

    /**
     * Compares all components, the SIP bytes by content.
     *
     * @param other the object to compare with
     * @return {@code true} when equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ProxyCommand that && id.equals(that.id) && transactionId.equals(that.transactionId)
                && remainInDialog == that.remainInDialog && fullResponse == that.fullResponse
                && followRedirects == that.followRedirects && forkMode == that.forkMode
                && Objects.equals(provisionalTimeout, that.provisionalTimeout)
                && Objects.equals(finalTimeout, that.finalTimeout) && destinations.equals(that.destinations)
                && Arrays.equals(sip, that.sip);
    }

    /**
     * Hashes all components, the SIP bytes by content.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(id, transactionId, remainInDialog, fullResponse, followRedirects, forkMode,
                provisionalTimeout, finalTimeout, destinations) * 31 + Arrays.hashCode(sip);
    }

    /**
     * Describes the command; the SIP part is shown by its size only.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "ProxyCommand[id=" + id + ", transactionId=" + transactionId + ", remainInDialog=" + remainInDialog
                + ", fullResponse=" + fullResponse + ", followRedirects=" + followRedirects + ", forkMode=" + forkMode
                + ", provisionalTimeout=" + provisionalTimeout + ", finalTimeout=" + finalTimeout
                + ", destinations=" + destinations + ", sip=" + sip.length + " bytes]";
    }
}
