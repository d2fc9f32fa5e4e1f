package io.drachtio.testserver;

import io.drachtio.testserver.engine.OutgoingTransaction;
import io.drachtio.testserver.stack.DialogParty;
import java.util.List;

/**
 * What a {@link NetworkDialog} needs of the dialog behind it: the party's identity and route set,
 * its CSeq numbers, whether the dialog lasts and which requests the server sends the party inside
 * it. Implemented for dialogs with an application ({@link ApplicationPartyDialog}) and for
 * record-routed proxied dialogs, seen from the caller ({@link ProxiedCallerDialog}).
 */
interface PartyDialog {

    /** @return the dialog id, {@code <Call-ID>;from-tag=<tag of the creating request>} */
    String id();

    /** @return {@code true} while the server still has the dialog */
    boolean isActive();

    /** @return the party's identity, Request-URI (remote target) and address */
    DialogParty party();

    /** @return the Route header values of the party's requests, first hop first */
    List<String> routeSet();

    /**
     * Returns the CSeq number of the party's next request.
     *
     * @param method the request's method ({@code ACK} reuses the INVITE's number)
     * @return the number
     */
    long cseqFor(String method);

    /**
     * Tells whether a request the server sent belongs to this dialog and goes to the party.
     *
     * @param sent the request
     * @return {@code true} when it does
     */
    boolean carries(OutgoingTransaction sent);
}
