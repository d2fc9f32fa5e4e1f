package io.drachtio.wire;

import java.util.Arrays;
import java.util.Objects;

/**
 * {@code <id>|sip|<transactionId>|<dialogId>[|<routeUrl>]} + CR LF + SIP message (protocol reference
 * §5.5). What the server does depends on the start line and the two ids:
 * <ul>
 *   <li>a response ({@code SIP/2.0 ...}) with the transaction id of the request it answers;</li>
 *   <li>an in-dialog request (including ACK and PRACK) with the dialog id;</li>
 *   <li>a CANCEL of the client's own INVITE with the INVITE's transaction id;</li>
 *   <li>a new out-of-dialog request with neither, optionally with a route URL (next hop).</li>
 * </ul>
 * A non-CANCEL request with a transaction id but no dialog id crashes or silently stalls the real
 * server; {@link WireLimits#check(ClientCommand)} refuses it.
 *
 * @param id message id
 * @param transactionId transaction id, or {@code null} (written as an empty field)
 * @param dialogId dialog id, or {@code null} (written as an empty field)
 * @param routeUrl next-hop SIP URI for a new request; the field is written only when non-null
 * @param sip the SIP message (start line, headers, empty line, body); not copied, do not modify
 */
public record SipCommand(String id, String transactionId, String dialogId, String routeUrl, byte[] sip)
        implements ClientCommand {

    /** The command name on the wire. */
    public static final String NAME = "sip";

    /**
     * Creates the command; the SIP bytes are not copied.
     *
     * @param id see {@link #id()}
     * @param transactionId see {@link #transactionId()}
     * @param dialogId see {@link #dialogId()}
     * @param routeUrl see {@link #routeUrl()}
     * @param sip see {@link #sip()}
     * @throws NullPointerException when id or sip is {@code null}
     */
    public SipCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sip, "sip");
    }

    /**
     * Compares all components, the SIP bytes by content.
     *
     * @param other the object to compare with
     * @return {@code true} when equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof SipCommand that && id.equals(that.id)
                && Objects.equals(transactionId, that.transactionId) && Objects.equals(dialogId, that.dialogId)
                && Objects.equals(routeUrl, that.routeUrl) && Arrays.equals(sip, that.sip);
    }

    /**
     * Hashes all components, the SIP bytes by content.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(id, transactionId, dialogId, routeUrl) * 31 + Arrays.hashCode(sip);
    }

    /**
     * Describes the command; the SIP message is shown by its size only.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "SipCommand[id=" + id + ", transactionId=" + transactionId + ", dialogId=" + dialogId
                + ", routeUrl=" + routeUrl + ", sip=" + sip.length + " bytes]";
    }
}
