package io.drachtio.samples.registrar;

import io.drachtio.sip.SipParseException;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.header.NameAddress;
import io.drachtio.spring.error.SipException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a REGISTER asks for (RFC 3261 §10.3): remove every binding ({@code Contact: *} with
 * {@code Expires: 0}), or update one binding per Contact (none: only list the bindings).
 *
 * <p>Each contact's expiry is its {@code expires} parameter, else the Expires header, else
 * {@code registrar.default-expires}; 0 removes the binding, below {@code registrar.min-expires} the
 * whole REGISTER is refused with 423, above {@code registrar.max-expires} it is shortened.
 *
 * @param removeAll {@code true} for {@code Contact: *}
 * @param updates   the contact updates (empty for {@code removeAll} or a query)
 */
public record Registration(boolean removeAll, List<ContactUpdate> updates) {

    /**
     * Reads a REGISTER.
     *
     * @param request    the REGISTER
     * @param properties the expiry settings
     * @return what it asks for
     * @throws SipException 400 for a malformed Contact or expiry, or {@code *} used wrongly
     * @throws IntervalTooBriefException when a contact asks for less than the minimum expiry
     */
    public static Registration of(SipRequest request, RegistrarProperties properties) {
        List<NameAddress> contacts;
        Integer headerExpires;
        try {
            contacts = request.contacts();
            headerExpires = request.expires();
        } catch (SipParseException malformed) {
            throw new SipException(400, "Bad Contact or Expires header", malformed);
        }
        if (contacts.stream().anyMatch(NameAddress::isWildcard)) {
            if (contacts.size() != 1 || headerExpires == null || headerExpires != 0) {
                throw new SipException(400, "Contact * needs Expires: 0 and no other Contact");
            }
            return new Registration(true, List.of());
        }
        int defaultExpires = headerExpires != null ? headerExpires : properties.defaultExpires();
        List<ContactUpdate> updates = new ArrayList<>(contacts.size());
        for (NameAddress contact : contacts) {
            int requested = expiresOf(contact, defaultExpires);
            if (requested > 0 && requested < properties.minExpires()) {
                throw new IntervalTooBriefException(properties.minExpires());
            }
            updates.add(new ContactUpdate(contact.uri().toString(), properties.cap(requested)));
        }
        return new Registration(false, List.copyOf(updates));
    }

    private static int expiresOf(NameAddress contact, int fallback) {
        String parameter = contact.parameter("expires");
        if (parameter == null) {
            return fallback;
        }
        try {
            long seconds = Long.parseLong(parameter.trim());
            if (seconds < 0) {
                throw new SipException(400, "Bad expires parameter");
            }
            return (int) Math.min(seconds, Integer.MAX_VALUE);
        } catch (NumberFormatException notANumber) {
            throw new SipException(400, "Bad expires parameter", notANumber);
        }
    }
}
