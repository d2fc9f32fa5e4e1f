package io.drachtio.samples.registrar;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registrar's bindings: applies REGISTERs and answers which contacts of a user are live. Expired
 * bindings are never returned (filtered on read); {@link #purgeExpired()} deletes them.
 */
@Service
public class Bindings {

    private static final Logger log = LoggerFactory.getLogger(Bindings.class);

    private final BindingRepository repository;
    private final Clock clock;

    /**
     * @param repository the table
     * @param clock      the current time
     */
    public Bindings(BindingRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Adds, refreshes or removes bindings of one user as a REGISTER asks.
     *
     * @param username the user
     * @param callId   the REGISTER's Call-ID
     * @param cseq     its CSeq number
     * @param updates  one update per Contact
     * @param now      the time of the REGISTER ({@link #now()}), from which expiries count
     * @return the user's live bindings afterwards
     */
    @Transactional
    public List<Binding> apply(String username, String callId, long cseq, List<ContactUpdate> updates, Instant now) {
        for (ContactUpdate update : updates) {
            var existing = repository.findByUsernameAndContactUri(username, update.contactUri());
            if (update.removes()) {
                existing.ifPresent(repository::delete);
                continue;
            }
            Instant expiresAt = now.plusSeconds(update.expires());
            repository.save(existing.map(binding -> binding.refreshed(callId, cseq, expiresAt))
                    .orElseGet(() -> Binding.create(username, update.contactUri(), callId, cseq, expiresAt)));
        }
        return live(username, now);
    }

    /**
     * Removes every binding of a user ({@code Contact: *}).
     *
     * @param username the user
     */
    @Transactional
    public void removeAll(String username) {
        repository.deleteAllOfUser(username);
    }

    /**
     * @param username a user
     * @return the user's bindings that have not expired, latest expiry first
     */
    @Transactional(readOnly = true)
    public List<Binding> live(String username) {
        return live(username, now());
    }

    /** @return the current time, as the bindings see it: in milliseconds, which every database stores exactly */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Deletes the bindings that have expired.
     *
     * @return how many were deleted
     */
    @Transactional
    public int purgeExpired() {
        int purged = repository.deleteExpired(now());
        if (purged > 0) {
            log.debug("Purged {} expired bindings", purged);
        }
        return purged;
    }

    private List<Binding> live(String username, Instant now) {
        return repository.findByUsernameAndExpiresAtAfterOrderByExpiresAtDesc(username, now);
    }
}
